import * as core from "@actions/core";
import { parseResolveRequest, type ResolveRequest } from "../src/publish/resolve-request.js";
import { parseTakedownRequest, type TakedownRequest } from "../src/takedown/takedown-request.js";
import { booleanInput, InputError, normaliseConfigPath } from "./inputs.js";

export interface PublishSettings {
  token: string;
  configPath: string;
  dryRun: boolean;
  confirm: number | undefined;
  resolve: ResolveRequest | undefined;
  takedown: TakedownRequest | undefined;
  owner: string;
  repo: string;
  apiUrl: string;
  eventName: string;
  workspace: string;
  actor: string | undefined;
  run: { id: string; attempt?: number; url?: string } | undefined;
  /** CHECKPOST_NOW, a testing seam: the clock a run plans with (schedules, windows, stale claims). */
  now: Date | undefined;
}

/**
 * Channel secrets must never reach a pull request's run (a pull request could change the workflow that runs it):
 * the publishing entry refuses every pull-request event outright.
 */
const REFUSED_EVENTS = /^pull_request/;

export function getPublishInputs(env: NodeJS.ProcessEnv = process.env): PublishSettings {
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  if (!eventName) throw new InputError("GITHUB_EVENT_NAME is not set; run checkpost's publish step inside GitHub Actions");
  if (REFUSED_EVENTS.test(eventName)) {
    throw new InputError(
      `the publish step refuses to run on ${eventName}: publishing needs the channels' secrets, which must never reach a pull request's workflow. Run it on push to the default branch, schedule and workflow_dispatch (see docs/publishing.md)`,
    );
  }
  const token = core.getInput("github-token");
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression users write
  if (!token) throw new InputError('the "github-token" input is empty; pass github-token: ${{ github.token }} (its default)');
  core.setSecret(token);

  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo, ...extra] = repository.split("/");
  if (!owner || !repo || extra.length)
    throw new InputError(`GITHUB_REPOSITORY is "${repository}"; expected owner/repo (run checkpost inside GitHub Actions)`);
  const apiUrl = env.GITHUB_API_URL || "https://api.github.com";
  if (!/^https?:\/\//.test(apiUrl)) throw new InputError(`GITHUB_API_URL is "${apiUrl}"; expected an http(s) URL`);

  const confirmText = core.getInput("confirm").trim();
  if (confirmText !== "" && !/^[1-9]\d*$/.test(confirmText))
    throw new InputError(`the "confirm" input is "${confirmText}"; expected the number of posts the job summary asked to confirm, e.g. 12`);
  const resolveText = core.getInput("resolve");
  const takedownText = core.getInput("takedown");
  if ((confirmText || resolveText.trim() || takedownText.trim()) && eventName !== "workflow_dispatch")
    throw new InputError(
      `"confirm", "resolve" and "takedown" are answers a person gives by running the workflow by hand (workflow_dispatch), not on ${eventName}`,
    );

  // A testing seam, documented in docs/publishing.md: end-to-end tests run the bundle at a chosen time, to see a
  // scheduled post before and after its time and a window closed and open. Nothing in a workflow sets it.
  const nowText = env.CHECKPOST_NOW?.trim();
  const now = nowText ? new Date(nowText) : undefined;
  if (nowText && (!/^\d{4}-\d\d-\d\dT/.test(nowText) || Number.isNaN(now?.getTime())))
    throw new InputError(`CHECKPOST_NOW is "${nowText}"; expected an ISO 8601 date-time such as 2026-12-01T09:00:00Z, or leave it unset`);
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const runId = env.GITHUB_RUN_ID;
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? "");
  return {
    token,
    configPath: normaliseConfigPath(core.getInput("config") || "checkpost.yml"),
    dryRun: booleanInput("dry-run", false),
    confirm: confirmText ? Number(confirmText) : undefined,
    resolve: parseResolveRequest(resolveText),
    takedown: parseTakedownRequest(takedownText),
    owner,
    repo,
    apiUrl,
    eventName,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    actor: env.GITHUB_ACTOR || undefined,
    run: runId
      ? {
          id: runId,
          ...(Number.isInteger(attempt) && attempt > 0 ? { attempt } : {}),
          url: `${server}/${owner}/${repo}/actions/runs/${runId}`,
        }
      : undefined,
    now,
  };
}
