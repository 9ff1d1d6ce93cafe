import { computeApproval } from "../approval/approval-status.js";
import type { GateResult } from "../approval/gate.js";
import { clientOf, clientsToApprove } from "../approval/touched-clients.js";
import { checkLoadedPost } from "../check/check-post.js";
import { toReport } from "../check/run-check.js";
import type { ResolvedConfig } from "../config/types.js";
import { type CheckConclusion, type GitHubApi, GitHubRequestError, type PullRequest } from "../github/api.js";
import type { ValidPost } from "../post/valid-post.js";
import { GitHubContentRepo } from "../repo/github-content-repo.js";
import { mediaLookupIn } from "../repo/media-lookup.js";
import type { Rule } from "../rules/types.js";
import type { FileReport, Message, Report } from "../types.js";
import { type PostChange, selectChangedPosts } from "./changed-posts.js";
import { type CheckedPost, type ConfigReview, headline, renderReview } from "./render-report.js";
import { writeReview } from "./write-review.js";

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
  const baseRepo = new GitHubContentRepo(api, pr.base.sha, workspace);
  const headRepo = new GitHubContentRepo(api, headSha, workspace);

  const base = await baseRepo.readConfig(configPath);
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
    const head = await headRepo.readConfig(configPath);
    configReview.changedMessages = head?.messages ?? [];
  }

  const checked: CheckedPost[] = [];
  if (config) {
    for (const change of changes.posts) checked.push(await checkChangedPost(headRepo, change, config, options));
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
        await clientsToApprove(config, { ...changes, posts: checked.map((c) => ({ ...c.change, client: c.client })) }, baseRepo),
      )
    : { state: "failure", description: `${configPath} on the base branch is missing or invalid` };

  const view = { headSha, posts: checked, deleted: changes.deleted, config: configReview, resolved: config, approval, ...report };
  const markdown = renderReview(view);
  const outcome: ReviewOutcome = { pr, report, conclusion, approval, headline: headline(view), markdown, deniedWrites: [] };
  if (options.dryRun) return outcome;

  outcome.deniedWrites = await writeReview(api, {
    ...outcome,
    prNumber: pr.number,
    headSha,
    comment: options.comment !== false,
    ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
  });
  return outcome;
}

async function checkChangedPost(
  head: GitHubContentRepo,
  change: PostChange,
  config: ResolvedConfig,
  options: ReviewPullRequestOptions,
): Promise<CheckedPost> {
  const loaded = await head.readPost(change.repoPath, change.relPath);
  if (!loaded) {
    throw new GitHubRequestError(
      404,
      `GET contents/${change.repoPath}`,
      `the pull request lists it as ${change.status} but it is not at ${head.ref}`,
    );
  }
  // Media are looked up at the head commit too: the fork-safe workflow_run wiring has no checkout at all.
  const lookup = await mediaLookupIn(head, config, loaded.post);
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
