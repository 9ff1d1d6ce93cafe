import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import { GitHubRequestError } from "../src/github/api.js";
import { createOctokitApi } from "../src/github/octokit-api.js";
import { findPullsForCommit } from "../src/pr/find-pull.js";
import { type ReviewOutcome, reviewPullRequest } from "../src/pr/review-pull-request.js";
import { UserError } from "../src/types.js";
import { getInputs, InputError, type Settings } from "./inputs.js";

/** Workflow-command annotations are capped per step; the check run carries every finding. */
const COMMAND_ANNOTATIONS = 10;

const PULL_REQUEST_ACTIONS = new Set(["opened", "synchronize", "reopened", "ready_for_review", "edited"]);
const REVIEW_ACTIONS = new Set(["submitted", "edited", "dismissed"]);

/** The few payload fields checkpost reads; everything else comes from the API. */
export interface EventPayload {
  action?: unknown;
  pull_request?: { number?: unknown };
  workflow_run?: { head_sha?: unknown; pull_requests?: { number?: unknown; head?: { sha?: unknown } }[] | null };
}

interface Target {
  /** Every pull request to review: one for pull request events, every open one with the head for workflow_run. */
  prNumbers: number[];
}

export async function run(): Promise<void> {
  try {
    const settings = getInputs();
    const api = createOctokitApi({
      token: settings.token,
      baseUrl: settings.apiUrl,
      owner: settings.owner,
      repo: settings.repo,
      warn: (message) => core.info(message),
    });
    const payload = readPayload(settings.eventPath);
    const target = await targetOf(settings, payload, (sha) => findPullsForCommit(api, sha));
    if (!target) return;
    for (const prNumber of target.prNumbers) {
      const outcome = await reviewPullRequest({
        api,
        prNumber,
        configPath: settings.configPath,
        workspace: settings.workspace,
        dryRun: settings.dryRun,
        comment: settings.comment,
        ...(settings.runUrl ? { detailsUrl: settings.runUrl } : {}),
      });
      await report(outcome, settings);
    }
  } catch (error) {
    core.setFailed(oneLine(error));
  }
}

/** Which pull request the event is about, or undefined (after saying why) when there is nothing to do. */
export async function targetOf(
  settings: Settings,
  payload: EventPayload,
  pullsForCommit: (sha: string) => Promise<number[]>,
): Promise<Target | undefined> {
  const action = String(payload.action ?? "");
  switch (settings.eventName) {
    case "pull_request":
    case "pull_request_target":
      if (!PULL_REQUEST_ACTIONS.has(action)) return skip(`nothing to do for ${settings.eventName}.${action}`);
      return { prNumbers: [requireNumber(payload.pull_request?.number, "pull_request.number")] };
    case "pull_request_review":
      if (!REVIEW_ACTIONS.has(action)) return skip(`nothing to do for pull_request_review.${action}`);
      return { prNumbers: [requireNumber(payload.pull_request?.number, "pull_request.number")] };
    case "workflow_run": {
      const run = payload.workflow_run;
      const headSha = typeof run?.head_sha === "string" ? run.head_sha : undefined;
      if (!headSha) throw new InputError("the workflow_run payload has no workflow_run.head_sha");
      // pull_requests is empty for forks and may name only one of several pull requests sharing the head: the head
      // commit leads to every open pull request, and each is reviewed (each writes the strictest result for the commit).
      const prNumbers = await pullsForCommit(headSha);
      if (prNumbers.length === 0) return skip(`no open pull request has head ${headSha}; nothing to review`);
      return { prNumbers };
    }
    default:
      throw new InputError(
        `this Action reviews pull requests: run it on pull_request, pull_request_review or workflow_run, not on ${settings.eventName}`,
      );
  }
}

function skip(message: string): undefined {
  core.info(`checkpost: ${message}`);
  return undefined;
}

async function report(outcome: ReviewOutcome, settings: Settings): Promise<void> {
  let shown = 0;
  for (const file of outcome.report.files) {
    for (const m of file.messages) {
      if (m.severity !== "error" || shown >= COMMAND_ANNOTATIONS) continue;
      shown++;
      core.error(`${m.message} (${m.ruleId})`, {
        file: file.path,
        startLine: m.line,
        startColumn: m.column,
        title: `checkpost ${m.ruleId}`,
      });
    }
  }
  core.setOutput("errors", outcome.report.errors);
  core.setOutput("warnings", outcome.report.warnings);
  core.setOutput("approval", outcome.approval.state);
  core.setOutput("posts", outcome.report.files.filter((f) => f.path !== settings.configPath).length);
  core.setOutput("pull-request", outcome.pr.number);

  const notes: string[] = [];
  if (settings.dryRun) notes.push("> **Dry run:** nothing was written to GitHub.");
  if (outcome.deniedWrites.length) {
    const warning =
      `checkpost could not write to GitHub (403: the token is read-only, as on a pull request from a fork, or lacks a permission): ` +
      `${outcome.deniedWrites.join(", ")}. The full report is in the job summary. ` +
      `For forks, use the workflow_run wiring in docs/action.md; otherwise grant checks, statuses and pull-requests: write.`;
    core.warning(warning);
    notes.push(`> **Warning:** ${warning}`);
  }
  await core.summary.addRaw([...notes, "", outcome.markdown].join("\n")).write();

  core.info(`${outcome.headline}; approval ${outcome.approval.state}: ${outcome.approval.description}`);
  // With a read-only token the step cannot gate anything: it exits 0 and the workflow_run wiring reports.
  if (outcome.conclusion === "failure" && outcome.deniedWrites.length === 0) core.setFailed(outcome.headline);
}

function readPayload(file: string): EventPayload {
  try {
    const value: unknown = JSON.parse(readFileSync(file, "utf8"));
    if (value && typeof value === "object") return value as EventPayload;
  } catch (error) {
    throw new InputError(`cannot read the event payload ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  throw new InputError(`the event payload ${file} is not a JSON object`);
}

function requireNumber(value: unknown, name: string): number {
  if (typeof value === "number" && Number.isInteger(value) && value > 0) return value;
  throw new InputError(`the event payload has no ${name}`);
}

/** Every failure as one line a person can act on; never a stack trace. */
export function oneLine(error: unknown): string {
  if (error instanceof InputError || error instanceof UserError) return `checkpost: ${error.message}`;
  if (error instanceof GitHubRequestError) return `checkpost: GitHub API ${error.message}`;
  const text = error instanceof Error ? error.message : String(error);
  return `checkpost: unexpected failure: ${text.split("\n")[0]}`;
}
