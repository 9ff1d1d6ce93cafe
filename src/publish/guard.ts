/**
 * The publish guard: before a post goes out, prove from GitHub's own records that this exact version was
 * approved. Branch protection can be missing, misconfigured or bypassed by an admin, and anyone with write
 * access can create a `checkpost/approval: success` status, so neither is trusted:
 *
 * 1. the commit that last changed the post on the default branch leads (GET /commits/{sha}/pulls) to a merged
 *    pull request into that branch — otherwise it came by a direct push;
 * 2. the post's blob on the branch equals its blob at that pull request's head commit — the bytes published
 *    are the bytes reviewed (not changed by a later push or a merge resolution);
 * 3. the approval gate, recomputed from that pull request's reviews at its head commit with the config at its
 *    base (the same review the pull-request workflow runs, writing nothing), is `success`;
 * 4. that review finds no `error` in the post at the head commit.
 */
import { decisiveReviews } from "../approval/gate.js";
import type { GitHubApi } from "../github/api.js";
import type { AssociatedPull, PublishGitHubApi } from "../github/publish-api.js";
import { type ReviewOutcome, reviewPullRequest } from "../pr/review-pull-request.js";

export type GuardApi = GitHubApi & Pick<PublishGitHubApi, "lastCommitFor" | "pullsOfCommit" | "getBlobSha">;

export interface GuardInput {
  api: GuardApi;
  /** The default branch and the commit at its head that this run publishes from. */
  branch: string;
  headSha: string;
  /** The post's path in the repository and its blob sha at `headSha`. */
  repoPath: string;
  blob: string;
  configPath: string;
  workspace: string;
  /**
   * Waits between asks when GitHub lists no pull request for a recent commit: right after a push it may answer
   * `[]` for a moment. Default 2, 4 and 8 seconds; an older commit is asked once (a direct push stays empty).
   */
  retryDelaysMs?: readonly number[];
  sleep?: (ms: number) => Promise<void>;
  now?: () => Date;
  /**
   * Reviews already recomputed in this run, by pull request: a merge of several posts is reviewed once, not once
   * per post (each review reads every post of the pull request).
   */
  cache?: Map<number, Promise<{ review: ReviewOutcome; approvers: string[] }>>;
}

export type RefusalCode = "direct_push" | "changed_after_approval" | "not_approved" | "error_findings" | "not_reviewed";

export interface GuardPass {
  ok: true;
  pull: { number: number; url?: string; headSha: string; author?: string };
  /** Logins whose approval of the head commit counts (the contact among them). */
  approvers: string[];
}

export interface GuardRefusal {
  ok: false;
  code: RefusalCode;
  /** What is wrong, for a person: names the post, the commit or pull request, and the rule. */
  reason: string;
  /** What to do about it. */
  todo: string;
  /** The pull request the post came through, when there is one (the refusal is commented there). */
  pull?: { number: number; url?: string; author?: string };
  /** The commit that last changed the post (a direct push is reported on an issue naming it). */
  commit?: string;
}

export type GuardResult = GuardPass | GuardRefusal;

const DEFAULT_DELAYS = [2000, 4000, 8000];
/** How long after a commit GitHub's commit-to-pull-request index may still lag. */
const LAG_MS = 10 * 60_000;
const short = (sha: string) => sha.slice(0, 7);
const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function guardPost(input: GuardInput): Promise<GuardResult> {
  const { api, repoPath } = input;
  const last = await api.lastCommitFor(repoPath, input.headSha);
  const commit = last?.sha;
  if (!commit) {
    return {
      ok: false,
      code: "direct_push",
      reason: `${repoPath}: no commit on ${input.branch} changed it, so no pull request can vouch for it`,
      todo: "Bring the post in through a pull request that the client's contact approves.",
    };
  }
  const pull = await mergedPullOf(input, commit, isRecent(last?.date, input.now ?? (() => new Date())));
  if (!pull) {
    return {
      ok: false,
      code: "direct_push",
      commit,
      reason: `${repoPath} was last changed by commit ${short(commit)}, which no merged pull request into ${input.branch} brought (a direct push): only approved pull requests are published`,
      todo: `Open a pull request that changes ${repoPath} (a one-character edit will do), get the client's contact's approval, and merge it.`,
    };
  }
  const pullRef = {
    number: pull.number,
    ...(pull.htmlUrl ? { url: pull.htmlUrl } : {}),
    ...(pull.user ? { author: pull.user.login } : {}),
  };

  const approvedBlob = await api.getBlobSha(repoPath, pull.headSha);
  if (approvedBlob !== input.blob) {
    return {
      ok: false,
      code: "changed_after_approval",
      pull: pullRef,
      commit,
      reason: `${repoPath} on ${input.branch} is not the version reviewed in #${pull.number} (its head commit ${short(pull.headSha)} ${approvedBlob ? "has other content" : "does not have this file"}): it changed after approval`,
      todo: `Open a pull request with ${repoPath} as it should be published and have it approved; checkpost publishes only the bytes that were approved.`,
    };
  }

  // The review the pull request got, recomputed: reviews at the head commit, config at the base, checks at the
  // head, as of the merge (so a publish_at that has passed since is not an error now).
  const cached = input.cache?.get(pull.number) ?? recompute(input, pull);
  input.cache?.set(pull.number, cached);
  const { review, approvers } = await cached;
  if (review.approval.state !== "success") {
    return {
      ok: false,
      code: "not_approved",
      pull: pullRef,
      commit,
      reason: `#${pull.number} was merged without the approval checkpost requires (${review.approval.description}); a checkpost/approval status does not count, the reviews do`,
      todo: `Have the client's contact approve ${repoPath} in a new pull request (any change to it), then merge that pull request.`,
    };
  }
  const file = review.report.files.find((f) => f.path === repoPath);
  if (!file) {
    return {
      ok: false,
      code: "not_reviewed",
      pull: pullRef,
      commit,
      reason: `${repoPath} is not among the posts checkpost reviewed in #${pull.number}`,
      todo: `Check that ${repoPath} matches the posts globs of ${input.configPath}, then bring it in through a new pull request.`,
    };
  }
  const errors = file.messages.filter((m) => m.severity === "error");
  if (errors.length > 0) {
    const listed = errors.slice(0, 3).map((m) => `line ${m.line}: ${m.message} (${m.ruleId})`);
    return {
      ok: false,
      code: "error_findings",
      pull: pullRef,
      commit,
      reason: `${repoPath} has ${errors.length} error(s) at #${pull.number}'s head commit: ${listed.join("; ")}${errors.length > 3 ? "; …" : ""}`,
      todo: "Fix the errors in a new pull request and have it approved.",
    };
  }
  return { ok: true, pull: { ...pullRef, headSha: pull.headSha }, approvers };
}

async function recompute(input: GuardInput, pull: AssociatedPull): Promise<{ review: ReviewOutcome; approvers: string[] }> {
  const review = await reviewPullRequest({
    api: input.api,
    prNumber: pull.number,
    configPath: input.configPath,
    workspace: input.workspace,
    dryRun: true,
    comment: false,
    ...(pull.mergedAt ? { now: new Date(pull.mergedAt) } : {}),
  });
  // Who approved the head commit, for the ledger's record (the gate above already decided that it is enough).
  const approvers = [...decisiveReviews(await input.api.listReviews(pull.number)).values()]
    .filter((r) => r.state === "APPROVED" && r.commitId === pull.headSha && r.user)
    .map((r) => r.user?.login as string);
  return { review, approvers };
}

/**
 * The merged pull request into `branch` that brought `commit`, asking again with backoff while GitHub lists
 * none (its index lags a push by a moment). Several (a commit cherry-picked into two): the latest merged.
 */
async function mergedPullOf(input: GuardInput, commit: string, recent: boolean): Promise<AssociatedPull | undefined> {
  const delays = recent ? (input.retryDelaysMs ?? DEFAULT_DELAYS) : [];
  const sleep = input.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    const pulls = await input.api.pullsOfCommit(commit);
    const merged = pulls
      .filter((p) => p.mergedAt !== null && p.baseRef === input.branch)
      .sort((a, b) => String(b.mergedAt).localeCompare(String(a.mergedAt)));
    // Only an empty answer can be the lag: a list of open or unmerged pull requests is GitHub's real answer.
    if (merged[0] || pulls.length > 0 || attempt >= delays.length) return merged[0];
    await sleep(delays[attempt] as number);
  }
}

/** A commit whose date is unknown counts as recent: waiting costs seconds, a wrong refusal costs a publication. */
function isRecent(date: string | undefined, now: () => Date): boolean {
  const at = date ? Date.parse(date) : Number.NaN;
  return Number.isNaN(at) || now().getTime() - at < LAG_MS;
}
