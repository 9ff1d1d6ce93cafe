import path from "node:path";
import { APPROVAL_CONTEXT, computeApproval } from "../approval/approval-status.js";
import type { GateResult } from "../approval/gate.js";
import { checkLoadedPost } from "../check/check-post.js";
import { toReport } from "../check/run-check.js";
import type { ResolvedConfig } from "../config/types.js";
import {
  type CheckConclusion,
  type GitHubApi,
  GitHubRequestError,
  isPermissionDenied,
  type PathInfo,
  type PullRequest,
} from "../github/api.js";
import { type MediaLookup, resolveMediaPath } from "../media/media-file.js";
import { type ParsedPost, POST_MAX_BYTES, parsePostBytes } from "../post/parsed-post.js";
import type { ValidPost } from "../post/valid-post.js";
import type { Rule } from "../rules/types.js";
import type { FileReport, Message, Report } from "../types.js";
import { type PostChange, selectChangedPosts } from "./changed-posts.js";
import { publishCheckRun, toAnnotations } from "./check-run.js";
import { loadConfigAt } from "./remote-config.js";
import { type CheckedPost, type ConfigReview, headline, renderReview } from "./render-report.js";
import { upsertStickyComment } from "./sticky-comment.js";

export interface ReviewPullRequestOptions {
  api: GitHubApi;
  prNumber: number;
  /** checkpost.yml's path in the repository. */
  configPath: string;
  /** Where the repository is (or would be) checked out: absolute paths in messages are made from it. Nothing is read from it. */
  workspace: string;
  /** Compute and report, write nothing to GitHub. */
  dryRun?: boolean;
  /** Keep the sticky preview comment (default true). */
  comment?: boolean;
  /** The workflow run, linked from the check run and the status. */
  detailsUrl?: string;
  now?: Date;
  rules?: readonly Rule[];
}

export interface ReviewOutcome {
  pr: PullRequest;
  /** Paths are relative to the repository root. */
  report: Report;
  conclusion: CheckConclusion;
  approval: GateResult;
  /** One line: "checkpost: 2 changed posts, 1 error, 0 warnings". */
  headline: string;
  /** The full review in Markdown (job summary, check run text, preview comment). */
  markdown: string;
  /** Writes GitHub refused with 403: the token is read-only (a fork's pull request) or lacks a permission. */
  deniedWrites: string[];
}

/** Reviews one pull request from the API alone: no file of the pull request is read from disk or executed. */
export async function reviewPullRequest(options: ReviewPullRequestOptions): Promise<ReviewOutcome> {
  const { api, configPath, workspace } = options;
  const pr = await api.getPull(options.prNumber);
  const headSha = pr.head.sha;
  const files = await api.listPullFiles(pr.number);

  const base = await loadConfigAt(api, configPath, pr.base.sha, workspace);
  const config = base?.config;
  const configReview: ConfigReview = {
    path: configPath,
    baseMessages: base
      ? base.messages
      : [
          {
            ruleId: "config",
            severity: "error",
            line: 1,
            column: 1,
            message: `${configPath} not found on the base branch (${pr.base.ref}); checkpost reads its config from the base branch so a pull request cannot change who approves it: merge the config first`,
          },
        ],
  };

  const changes = selectChangedPosts(files, configPath, config?.posts ?? []);
  if (changes.configChanged) {
    const head = await loadConfigAt(api, configPath, headSha, workspace);
    configReview.changedMessages = head?.messages ?? [];
  }

  const checked: CheckedPost[] = [];
  if (config) {
    for (const change of changes.posts) checked.push(await checkChangedPost(api, change, headSha, config, workspace, options));
  }

  const configMessages = [...configReview.baseMessages, ...(configReview.changedMessages ?? [])];
  const fileReports: FileReport[] = [
    ...(configMessages.length ? [{ path: configPath, messages: configMessages }] : []),
    ...checked.map((c) => ({ path: c.change.repoPath, messages: c.messages })),
  ];
  const report = toReport(fileReports);
  const conclusion: CheckConclusion = report.errors > 0 ? "failure" : "success";

  const approval: GateResult = config
    ? await computeApproval(
        api,
        pr,
        config,
        [
          ...new Set([
            ...touchedClients(config, checked, changes.deleted, changes.otherPaths),
            ...(await clientsAtBase(api, pr.base.sha, config, [...changes.posts, ...changes.deleted])),
          ]),
        ].sort(),
      )
    : { state: "failure", description: `${configPath} on the base branch is missing or invalid` };

  const view = { headSha, posts: checked, deleted: changes.deleted, config: configReview, resolved: config, approval, ...report };
  const markdown = renderReview(view);
  const outcome: ReviewOutcome = { pr, report, conclusion, approval, headline: headline(view), markdown, deniedWrites: [] };
  if (options.dryRun) return outcome;

  // Each write is attempted even when an earlier one failed, so a read-only token still gets every refusal reported.
  const failures: unknown[] = [];
  const attempt = async (what: string, write: () => Promise<unknown>) => {
    try {
      await write();
    } catch (error) {
      if (isPermissionDenied(error)) outcome.deniedWrites.push(`${what} (${error.request})`);
      else failures.push(error);
    }
  };
  // Every event writes everything, from the pull request as it is now: runs of one pull request share a
  // concurrency group that cancels the older run, and whichever run survives must leave the check run,
  // the status and the comment complete for the head commit (re-publishing adds no duplicate annotation).
  await attempt("check run", () =>
    publishCheckRun(api, {
      headSha,
      conclusion,
      title: outcome.headline,
      summary: summaryOf(report, approval),
      text: markdown,
      annotations: toAnnotations(report.files),
      ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
    }),
  );
  await attempt("commit status", () =>
    api.createStatus(headSha, {
      state: approval.state,
      context: APPROVAL_CONTEXT,
      description: approval.description,
      ...(options.detailsUrl ? { targetUrl: options.detailsUrl } : {}),
    }),
  );
  if (options.comment !== false) await attempt("preview comment", () => upsertStickyComment(api, pr.number, markdown));
  if (failures.length) throw failures[0];
  return outcome;
}

/** Stands for a file the API would not return: one byte over the limit makes the post loader refuse it by size. */
const TOO_LARGE = new Uint8Array(POST_MAX_BYTES + 1);

async function checkChangedPost(
  api: GitHubApi,
  change: PostChange,
  headSha: string,
  config: ResolvedConfig,
  workspace: string,
  options: ReviewPullRequestOptions,
): Promise<CheckedPost> {
  const bytes = await api.getFileBytes(change.repoPath, headSha).catch((error: unknown) => {
    // Over 1 MB the contents API gives no content: far over the post limit, so a finding on that file, not a crash.
    if (error instanceof GitHubRequestError && error.status === 413) return TOO_LARGE;
    throw error;
  });
  if (bytes === undefined) {
    throw new GitHubRequestError(
      404,
      `GET contents/${change.repoPath}`,
      `the pull request lists it as ${change.status} but it is not at ${headSha}`,
    );
  }
  const loaded = parsePostBytes(path.resolve(workspace, change.repoPath), change.relPath, bytes);
  const lookup = await mediaLookupAt(api, headSha, workspace, config, loaded.post);
  const messages: Message[] = await checkLoadedPost(loaded, config, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
    // A pull request proposes these posts: scheduling one in the past is a mistake, not history.
    ruleOptions: { media: { lookup }, "publish-window": { past: "error" } },
  });
  const valid = loaded.post?.data && config.clients.has(loaded.post.data.client) ? (loaded.post as ValidPost) : undefined;
  const client = clientOf(loaded.post);
  return { change, ...(valid ? { post: valid } : {}), ...(client ? { client } : {}), messages };
}

/**
 * The post's media files as they are at the head commit, through the API: the post itself was read
 * there, and the fork-safe workflow_run wiring has no checkout at all. One request per media file.
 */
async function mediaLookupAt(
  api: GitHubApi,
  headSha: string,
  workspace: string,
  config: ResolvedConfig,
  post: ParsedPost | undefined,
): Promise<MediaLookup> {
  const found = new Map<string, PathInfo | undefined>();
  const media = (post?.data?.media ?? []) as { file?: unknown }[];
  for (const item of media) {
    if (!post || typeof item.file !== "string") continue;
    const resolved = resolveMediaPath(config.root, post.file, item.file);
    if (!resolved.ok || found.has(resolved.absolute)) continue;
    const repoPath = path.relative(workspace, resolved.absolute).split(path.sep).join("/");
    found.set(resolved.absolute, await api.getPathInfo(repoPath, headSha));
  }
  return (absolute) => {
    const info = found.get(absolute);
    if (!info) return { kind: "missing" };
    if (info.type === "symlink") return { kind: "outside-link" };
    if (info.type !== "file") return { kind: "not-a-file" };
    return info.head ? { kind: "file", size: info.size, head: info.head } : { kind: "file", size: info.size };
  };
}

/**
 * The clients a changed post belonged to before the pull request: deleting a post, or moving it to
 * another client, needs the approval of the client it is taken from. One request per post that
 * existed at the base (modified, renamed or removed); added posts cost nothing.
 */
async function clientsAtBase(api: GitHubApi, baseSha: string, config: ResolvedConfig, changes: readonly PostChange[]): Promise<string[]> {
  const ids: string[] = [];
  for (const change of changes) {
    if (change.status === "added" || change.status === "copied") continue;
    const bytes = await api.getFileBytes(change.previousFilename ?? change.repoPath, baseSha);
    const client = bytes ? clientOf(parsePostBytes(change.repoPath, change.relPath, bytes).post) : undefined;
    if (client && config.clients.has(client)) ids.push(client);
  }
  return ids;
}

/** The post's `client` as written, even when the rest of its front-matter is invalid. */
function clientOf(post: ParsedPost | undefined): string | undefined {
  const value = post?.frontMatter?.yaml.value as { client?: unknown } | undefined;
  return typeof value?.client === "string" ? value.client : undefined;
}

/**
 * The clients whose contacts must approve (besides those a post belonged to at the base): each changed
 * post's `client`, plus the client owning the folder of every changed file, post or not (moving a post
 * into another client's folder needs both; replacing an image in a client's folder needs that client).
 */
export function touchedClients(
  config: ResolvedConfig,
  checked: readonly CheckedPost[],
  deleted: readonly PostChange[],
  otherPaths: readonly string[] = [],
): string[] {
  const ids = new Set<string>();
  for (const c of checked) {
    const client = c.post?.data.client ?? c.client;
    if (client && config.clients.has(client)) ids.add(client);
  }
  // Any file in a client's folders is the client's: a replaced image needs its approval like a changed post.
  for (const relPath of [...checked.map((c) => c.change.relPath), ...deleted.map((d) => d.relPath), ...otherPaths]) {
    for (const client of config.clients.values()) {
      if (client.folders.some((folder) => relPath.startsWith(folder))) ids.add(client.id);
    }
  }
  return [...ids].sort();
}

function summaryOf(report: Report, approval: GateResult): string {
  const posts = report.files.length;
  return `${report.errors} error(s) and ${report.warnings} warning(s) in ${posts} file(s). Approval: ${approval.state}: ${approval.description}`;
}
