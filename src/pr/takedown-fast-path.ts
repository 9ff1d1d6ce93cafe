/**
 * The gate's fast path for a takedown: a pull request whose only change is removing posts that are live (a
 * revert) must not wait for the client's contact, because taking a wrong post down is the safe direction and
 * waiting leaves it up. `takedown_approval: none` (the default) passes at once; `team` needs one reviewer who
 * did not write it. Anything else in the pull request (a new or changed post, the config) takes the normal gate.
 *
 * Which posts are live comes from the ledger's index on its branch, read with the pull request's own token
 * (contents: read is enough; a fork's read-only token can read it too). A post the ledger does not show live,
 * or a ledger that cannot be read, means the normal gate: the fast path never guesses.
 */
import { evaluateGate, fitDescription, type GateResult } from "../approval/gate.js";
import type { ResolvedConfig } from "../config/types.js";
import type { ChangedFile, GitHubApi, PullRequest } from "../github/api.js";
import { INDEX_PATH, parseIndex } from "../ledger/layout.js";
import { LIVE_STATES } from "../ledger/rows.js";
import type { PullRequestChanges } from "./changed-posts.js";

const DEFAULT_LEDGER_BRANCH = "checkpost-ledger";

/** The live posts' paths (relative to the content root) by the ledger's index; undefined when it cannot be read. */
async function livePaths(api: GitHubApi, config: ResolvedConfig): Promise<Set<string> | undefined> {
  const branch = config.raw.publishing?.ledger_branch ?? DEFAULT_LEDGER_BRANCH;
  try {
    const bytes = await api.getFileBytes(INDEX_PATH, branch);
    if (!bytes) return undefined;
    const index = parseIndex(new TextDecoder().decode(bytes));
    return new Set(
      Object.values(index.rows)
        .filter((r) => Object.values(r.channels).some((c) => LIVE_STATES.has(c.state) && c.state !== "adopted"))
        .map((r) => r.path),
    );
  } catch {
    return undefined;
  }
}

/** Only removals, at least one post among them, checkpost.yml untouched: a takedown if those posts are live. */
export function looksLikeTakedown(files: readonly ChangedFile[], changes: PullRequestChanges, configPath: string): boolean {
  return (
    files.length > 0 &&
    files.every((f) => f.status === "removed" && f.filename !== configPath) &&
    changes.deleted.length > 0 &&
    changes.posts.length === 0
  );
}

/** The gate for a takedown-only pull request, or undefined when the normal gate applies. */
export async function takedownGate(
  api: GitHubApi,
  pr: PullRequest,
  config: ResolvedConfig,
  files: readonly ChangedFile[],
  changes: PullRequestChanges,
  configPath: string,
): Promise<GateResult | undefined> {
  if (!looksLikeTakedown(files, changes, configPath)) return undefined;
  const live = await livePaths(api, config);
  if (!live || !changes.deleted.every((d) => live.has(d.relPath))) return undefined;
  if ((config.raw.takedown_approval ?? "none") === "none") return { state: "success", description: "takedown: no client approval needed" };
  const team = evaluateGate({
    headSha: pr.head.sha,
    author: pr.user,
    contacts: [],
    reviews: await api.listReviews(pr.number),
    commits: await api.listPullCommits(pr.number),
    ...(pr.commits === undefined ? {} : { commitCount: pr.commits }),
  });
  return team.state === "success"
    ? { state: "success", description: "takedown: no client approval needed; approved by a reviewer of the team" }
    : { state: team.state, description: fitDescription(`takedown (team approval): ${team.description}`) };
}
