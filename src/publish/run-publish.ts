/**
 * One publishing run, the reconciler: read what is on the default branch at its head (config, posts) and what the
 * ledger says is live, plan the difference, prove each post about to be published with the publish guard, check
 * every channel's secret belongs to the configured account, apply the plan through the exactly-once protocol,
 * then say what happened (job summary, a comment on each merged pull request whose post went live, a comment or
 * issue for each refusal). A dry run plans and guards, and writes nothing anywhere.
 */
import type { ChannelPublisher, PublisherOptions, SecretSource } from "../channels/publisher.js";
import type { ResolvedConfig } from "../config/types.js";
import type { GitHubApi } from "../github/api.js";
import type { PublishGitHubApi } from "../github/publish-api.js";
import { type LedgerContext, ledgerContext } from "../ledger/context.js";
import { GitHubLedgerStore } from "../ledger/github-store.js";
import { flushIndex, readIndex } from "../ledger/index-file.js";
import { resolve, takeDown } from "../ledger/protocol.js";
import type { LedgerIndex, RunRef } from "../ledger/types.js";
import { GitHubContentRepo } from "../repo/github-content-repo.js";
import { openRetrospectives, type RetrospectiveOutcome, type RetrospectiveRequest } from "../takedown/retrospective.js";
import type { TakedownRequest } from "../takedown/takedown-request.js";
import { findTrigger } from "../takedown/trigger.js";
import { UserError } from "../types.js";
import { type BranchPost, readBranchPosts } from "./branch-posts.js";
import { commentInDoubt, commentRefusal, type LivePost, openRefusalIssue, publishedPullComment } from "./comments.js";
import { type GuardInput, guardPost } from "./guard.js";
import type { Intent, PlanChannel, PlanInput, PlanPost } from "./intents.js";
import { ledgerGitHubOf } from "./ledger-github.js";
import { plan } from "./plan.js";
import { planConfig } from "./plan-config.js";
import { preparePost } from "./prepare.js";
import { publisherFor } from "./publishers.js";
import type { ResolveRequest } from "./resolve-request.js";
import { type Outcome, runPlan } from "./run-plan.js";
import { type Refusal, renderSummary } from "./summary.js";

export const DEFAULT_LEDGER_BRANCH = "checkpost-ledger";
export const DEFAULT_PAUSE_LABEL = "checkpost:pause";

export interface RunPublishOptions {
  api: GitHubApi & PublishGitHubApi;
  configPath: string;
  workspace: string;
  dryRun: boolean;
  /** A manual run's `confirm: N`: lets exactly a plan of N posts through the blast-radius limit. */
  confirm?: number;
  resolve?: ResolveRequest;
  /** A manual run's `takedown`: take a post down now, or confirm a channel removed by hand. */
  takedown?: TakedownRequest;
  /** Who ran the workflow (GITHUB_ACTOR): recorded with a person's resolution. */
  actor?: string;
  run?: RunRef;
  /** Channel secrets by environment variable name (process.env in the Action); never printed. */
  secrets: SecretSource;
  /** Publisher options for tests (timeouts, randomness). */
  publisher?: Omit<PublisherOptions, "secrets">;
  now?: () => Date;
  /** The guard's waits while GitHub lists no pull request for a fresh commit (tests shorten them). */
  guardDelaysMs?: readonly number[];
}

export interface PublishRunResult {
  markdown: string;
  intents: Intent[];
  outcomes: Outcome[] | undefined;
  refusals: Refusal[];
  /** The retrospective issues this run opened (or found, or could not open). */
  retrospectives: RetrospectiveOutcome[];
  /** Something went wrong that a person must look at (a failed, unknown or in-doubt create, a manual takedown). */
  needsAttention: boolean;
}

export async function runPublish(options: RunPublishOptions): Promise<PublishRunResult> {
  const { api, configPath, workspace } = options;
  const now = options.now ?? (() => new Date());
  const branch = await api.getDefaultBranch();
  const headSha = await api.getBranchSha(branch);
  if (!headSha) throw new UserError(`the default branch ${branch} has no commit yet; nothing to publish`);
  const repo = new GitHubContentRepo(api, headSha, workspace);
  const config = await loadConfig(repo, configPath, branch);

  const store = new GitHubLedgerStore(ledgerGitHubOf(api), config.raw.publishing?.ledger_branch ?? DEFAULT_LEDGER_BRANCH);
  const ctx = ledgerContext(store, { now, ...(options.run ? { run: options.run } : {}) });
  let resolved: string | undefined;
  if (options.resolve && !options.dryRun)
    resolved = await applyResolution(ctx, await readIndex(store), options.resolve, options.actor ?? "a person");
  if (options.takedown?.kind === "confirm" && !options.dryRun)
    resolved = await confirmManualTakedown(ctx, await readIndex(store), options.takedown, options.actor ?? "a person");
  const ledger = await readIndex(store);

  const posts = await readBranchPosts({ api, repo, headSha, configPath, config, ledger });
  const byPath = new Map(posts.map((p) => [p.plan.path, p]));
  const pauseIssue = (await api.openIssuesWithLabel(config.raw.publishing?.pause_label ?? DEFAULT_PAUSE_LABEL))[0];
  const pause = pauseIssue ? { issue: pauseIssue.number, ...(pauseIssue.htmlUrl ? { url: pauseIssue.htmlUrl } : {}) } : undefined;

  const input: PlanInput = {
    posts: posts.map((p) => p.plan),
    ledger,
    now: now(),
    config: planConfig(config),
    ...(pause ? { pause } : {}),
    options: { ...(options.confirm !== undefined ? { confirm: options.confirm } : {}), ...(options.run ? { run: options.run } : {}) },
  };
  const first = plan(input);

  // The guard runs for the posts this run would publish, before anything is claimed: a refused post is held.
  const refusals: Refusal[] = [];
  const refused: { post: BranchPost; pull?: number; direct: boolean; reason: string; todo: string }[] = [];
  const reviews: GuardInput["cache"] = new Map();
  for (const path of postsToPublish(first.intents)) {
    const post = byPath.get(path);
    if (!post) continue;
    const verdict = await guardPost({
      api,
      branch,
      headSha,
      repoPath: post.repoPath,
      blob: post.plan.blob,
      configPath,
      workspace,
      now,
      cache: reviews,
      ...(options.guardDelaysMs ? { retryDelaysMs: options.guardDelaysMs } : {}),
    });
    if (verdict.ok) {
      const contact = config.clients.get(post.plan.client)?.contact.toLowerCase();
      const second = verdict.approvers.filter((a) => a.toLowerCase() !== contact);
      post.plan.pullRequest = {
        number: verdict.pull.number,
        headSha: verdict.pull.headSha,
        ...(verdict.pull.url ? { url: verdict.pull.url } : {}),
      };
      post.plan.approvals = {
        ...(verdict.approvers.some((a) => a.toLowerCase() === contact) ? { contact: contact as string } : {}),
        ...(second.length ? { second } : {}),
      };
    } else {
      post.plan.errors = [...(post.plan.errors ?? []), verdict.reason];
      refusals.push({ path, reason: verdict.reason, todo: verdict.todo });
      refused.push({
        post,
        direct: verdict.code === "direct_push",
        reason: verdict.reason,
        todo: verdict.todo,
        ...(verdict.pull ? { pull: verdict.pull.number } : {}),
      });
    }
  }
  // Held posts no longer count against the blast radius: a confirm given for the first plan carries over to
  // what is left of it (every refused post was in it).
  const confirmed = options.confirm !== undefined && options.confirm === postsToPublish(first.intents).size;
  const confirm = confirmed ? (options.confirm as number) - refused.length : options.confirm;
  const planned =
    refused.length > 0 ? plan({ ...input, options: { ...input.options, ...(confirm !== undefined ? { confirm } : {}) } }) : first;

  if (options.dryRun) {
    const markdown = renderSummary({
      branch,
      headSha,
      dryRun: true,
      intents: planned.intents,
      outcomes: undefined,
      refusals,
      ...(pause ? { pause } : {}),
    });
    return { markdown, intents: planned.intents, outcomes: undefined, refusals, retrospectives: [], needsAttention: false };
  }

  const publishers = new Map<string, ChannelPublisher | undefined>();
  const publisherOf = (channel: PlanChannel) => {
    if (!publishers.has(channel.id)) {
      const configured = config.channels.get(channel.id);
      publishers.set(channel.id, configured ? publisherFor(configured, { ...options.publisher, secrets: options.secrets }) : undefined);
    }
    return publishers.get(channel.id);
  };
  const emergency = options.takedown?.kind === "emergency" ? options.takedown : undefined;
  const wanted = emergency
    ? emergencyTakedown(planned.intents, ledger, emergency.path, byPath.has(emergency.path), options.actor)
    : planned.intents;
  const intents = await checkAccounts(wanted, publisherOf, refusals);
  const root = configPath.includes("/") ? configPath.slice(0, configPath.lastIndexOf("/") + 1) : "";
  const outcomes = await runPlan(intents, {
    ctx,
    publishers: publisherOf,
    triggerOf: (intent) =>
      findTrigger(api, { repoPath: `${root}${intent.row.path}`, headSha, branch, ...(options.actor ? { actor: options.actor } : {}) }),
    prepare: async (post: PlanPost, channel: PlanChannel) => {
      const valid = byPath.get(post.path)?.valid;
      if (!valid) throw new Error(`${post.path} could not be read as a valid post at ${headSha.slice(0, 7)}`);
      return preparePost(repo, config, valid, channel.id);
    },
  });

  const retrospectives = await openRetrospectives(
    [...retrospectiveRequests(intents, outcomes), ...correctionRequests(intents, outcomes, byPath)],
    {
      api,
      ctx,
      config,
      configPath,
      workspace,
      corrections: ledger?.corrections ?? [],
    },
  );
  await flushIndex(ctx);

  await tellPeople(options, config, byPath, outcomes, refused);
  const markdown = renderSummary({
    retrospectives,
    branch,
    headSha,
    dryRun: false,
    intents,
    outcomes,
    refusals,
    ...(pause ? { pause } : {}),
    ...(resolved ? { resolved } : {}),
  });
  const needsAttention =
    outcomes.some((o) => ["failed", "unknown", "in_doubt", "manual_takedown"].includes(o.kind)) ||
    retrospectives.some((r) => r.state === "failed");
  return { markdown, intents, outcomes, refusals, retrospectives, needsAttention };
}

export async function loadConfig(repo: GitHubContentRepo, configPath: string, branch: string): Promise<ResolvedConfig> {
  const result = await repo.readConfig(configPath);
  if (!result) throw new UserError(`${configPath} is not on ${branch}; set the "config" input to its path`);
  if (!result.config) {
    const first = result.messages.find((m) => m.severity === "error");
    throw new UserError(
      `${configPath} on ${branch} is invalid${first ? ` (line ${first.line}: ${first.message})` : ""}; nothing is published until it is fixed`,
    );
  }
  return result.config;
}

/** The posts (by path) that have a create or a claim to resolve in a plan. */
function postsToPublish(intents: readonly Intent[]): Set<string> {
  return new Set(intents.flatMap((i) => (i.kind === "publish" || i.kind === "resolve_claim" || i.kind === "correct" ? [i.post.path] : [])));
}

/**
 * Whose account each channel's secret opens, once per channel about to publish: a secret pasted for the wrong
 * client must not post to another audience. A mismatch (or a missing secret) holds that channel's intents.
 */
async function checkAccounts(
  intents: Intent[],
  publisherOf: (channel: PlanChannel) => ChannelPublisher | undefined,
  refusals: Refusal[],
): Promise<Intent[]> {
  const verdicts = new Map<string, string | undefined>();
  const out: Intent[] = [];
  for (const intent of intents) {
    if (intent.kind !== "publish" && intent.kind !== "resolve_claim") {
      out.push(intent);
      continue;
    }
    const channel = intent.channel;
    if (!verdicts.has(channel.id)) {
      const publisher = publisherOf(channel);
      let problem: string | undefined;
      try {
        const check = publisher ? await publisher.verifyAccount() : undefined;
        if (check && !check.ok)
          problem = `the secret of ${channel.id} logs into ${check.actual}, not ${check.expected} as checkpost.yml says`;
      } catch (error) {
        problem = error instanceof Error ? error.message : String(error);
      }
      verdicts.set(channel.id, problem);
    }
    const problem = verdicts.get(channel.id);
    if (problem === undefined) out.push(intent);
    else
      refusals.push({
        path: intent.post.path,
        channel: channel.id,
        reason: problem,
        todo: `Put the credential of the configured account in the secret named by ${channel.id}'s secret_env, then run again.`,
      });
  }
  return out;
}

/** A person's `resolve` answer to an in-doubt publication, applied before planning. */
async function applyResolution(ctx: LedgerContext, ledger: LedgerIndex | undefined, request: ResolveRequest, by: string): Promise<string> {
  const row = Object.values(ledger?.rows ?? {}).find((r) => r.path === request.path);
  if (!row) throw new UserError(`resolve: the ledger follows no post at ${request.path}`);
  const result = await resolve(ctx, { id: row.id, channel: request.channel, by, resolution: request.resolution });
  await flushIndex(ctx);
  if (!result.ok) {
    const state = result.record?.state ?? "not in the ledger";
    throw new UserError(`resolve: ${request.path} on ${request.channel} is ${state}, not waiting for a person; nothing changed`);
  }
  return request.resolution.kind === "published"
    ? `Resolved by ${by}: ${request.path} on ${request.channel} is recorded as published at ${request.resolution.url}.`
    : `Resolved by ${by}: ${request.path} on ${request.channel} was not published; this run publishes it again.`;
}

/**
 * An emergency takedown of one post the ledger follows: every channel not yet down, at once, whatever else the
 * plan says about that post (its file may still be on the branch: the ledger then holds it down until the revert).
 */
function emergencyTakedown(
  intents: Intent[],
  ledger: LedgerIndex | undefined,
  path: string,
  onBranch: boolean,
  actor: string | undefined,
): Intent[] {
  const row = Object.values(ledger?.rows ?? {}).find((r) => r.path === path);
  if (!row)
    throw new UserError(`takedown: the ledger follows no post at ${path} (give the path the job summary names, relative to checkpost.yml)`);
  const channels = Object.entries(row.channels)
    .filter(([, c]) => c.state !== "taken_down")
    .map(([id, c]) => ({ id, type: c.type }));
  const others = intents.filter((i) => !(("post" in i && i.post.path === path) || ("row" in i && i.row.id === row.id)));
  if (channels.length === 0) return others;
  return [
    ...others,
    {
      kind: "take_down",
      row,
      channels,
      reason: `emergency takedown by @${actor ?? "a person"}`,
      trigger: { emergency: true, ...(actor ? { by: actor } : {}) },
      ...(onBranch ? { onBranch: true } : {}),
    },
  ];
}

/** A person says a channel checkpost could not delete was removed by hand: recorded as taken down, with their login. */
async function confirmManualTakedown(
  ctx: LedgerContext,
  ledger: LedgerIndex | undefined,
  request: { path: string; channel: string },
  by: string,
): Promise<string> {
  const row = Object.values(ledger?.rows ?? {}).find((r) => r.path === request.path);
  if (!row?.channels[request.channel]) throw new UserError(`takedown: the ledger follows no post at ${request.path} on ${request.channel}`);
  const result = await takeDown(ctx, { id: row.id, channel: request.channel, reason: `removed by hand, confirmed by ${by}`, by, row });
  await flushIndex(ctx);
  if (!result.ok)
    throw new UserError(`takedown: ${request.path} on ${request.channel} could not be recorded as taken down; nothing changed`);
  return `Confirmed by ${by}: ${request.path} is recorded as taken down on ${request.channel}.`;
}

/** One retrospective per post this run took down (or whose retrospective an earlier run could not open). */
function retrospectiveRequests(intents: readonly Intent[], outcomes: readonly Outcome[]): RetrospectiveRequest[] {
  const requests: RetrospectiveRequest[] = [];
  for (const intent of intents) {
    if (intent.kind !== "take_down" && intent.kind !== "retrospective") continue;
    if (intent.row.adoptedOnly) continue;
    const mine = outcomes.filter((o) => o.intent === intent);
    const manual = new Map(mine.filter((o) => o.kind === "manual_takedown" && o.channel).map((o) => [o.channel as string, o.detail ?? ""]));
    requests.push({ id: intent.row.id, path: intent.row.path, manual });
  }
  return requests;
}

/**
 * A correction that changed the post's facts counts as a factual mistake and gets a retrospective; the request
 * carries the new facts, and a correction whose facts did not change opens none.
 */
function correctionRequests(
  intents: readonly Intent[],
  outcomes: readonly Outcome[],
  byPath: Map<string, BranchPost>,
): RetrospectiveRequest[] {
  const requests: RetrospectiveRequest[] = [];
  for (const intent of intents) {
    if (intent.kind !== "correct") continue;
    if (!outcomes.some((o) => o.intent === intent && o.kind === "corrected")) continue;
    const facts = byPath.get(intent.post.path)?.valid?.data.facts ?? [];
    const pull = intent.post.pullRequest;
    requests.push({
      id: intent.row.id,
      path: intent.post.path,
      correction: { blob: intent.post.blob, facts: facts.map((f) => f.claim), ...(pull ? { pullRequest: pull.number } : {}) },
      kind: "factual",
    });
  }
  return requests;
}

/** One comment per merged pull request whose post went live; one comment or issue per refused version. */
async function tellPeople(
  options: RunPublishOptions,
  config: ResolvedConfig,
  byPath: Map<string, BranchPost>,
  outcomes: Outcome[],
  refused: { post: BranchPost; pull?: number; direct: boolean; reason: string; todo: string }[],
): Promise<void> {
  const { api } = options;
  const live = new Map<string, LivePost>();
  for (const o of outcomes) {
    if (!o.channel || !("post" in o.intent)) continue;
    const post = byPath.get(o.intent.post.path)?.plan;
    if (!post?.pullRequest) continue;
    if (o.kind === "in_doubt")
      await commentInDoubt(api, post.pullRequest.number, {
        path: post.path,
        channel: o.channel,
        detail: o.detail ?? "the platform cannot say",
      });
    if (o.kind !== "published" || !o.publication) continue;
    const entry = live.get(post.path) ?? {
      path: post.path,
      pull: post.pullRequest.number,
      onDuty: (config.raw.clients[post.client]?.on_duty ?? []) as string[],
      ...(byPath.get(post.path)?.valid?.data.author ? { author: byPath.get(post.path)?.valid?.data.author as string } : {}),
      live: [],
    };
    entry.live.push({ channel: o.channel, publication: o.publication });
    live.set(post.path, entry);
  }
  const byPull = new Map<number, LivePost[]>();
  for (const post of live.values()) byPull.set(post.pull, [...(byPull.get(post.pull) ?? []), post]);
  for (const [pull, posts] of byPull) await api.createIssueComment(pull, publishedPullComment(posts));
  for (const r of refused) {
    const text = { path: r.post.plan.path, blob: r.post.plan.blob, reason: r.reason, todo: r.todo };
    if (r.pull !== undefined) await commentRefusal(api, r.pull, text);
    else if (r.direct) await openRefusalIssue(api, text);
  }
}
