import { computeApproval } from "../approval/approval-status.js";
import { clientsForConfigChange } from "../approval/config-change.js";
import { fitDescription, type GateResult } from "../approval/gate.js";
import { clientOf, clientsToApprove } from "../approval/touched-clients.js";
import { checkLoadedPost, PROPOSED_POST_OPTIONS } from "../check/check-post.js";
import { fileNameFinding } from "../check/file-name.js";
import { toReport } from "../check/run-check.js";
import type { ConfigResult } from "../config/load-config.js";
import type { ResolvedConfig } from "../config/types.js";
import { type ChangedFile, type CheckConclusion, type GitHubApi, GitHubRequestError, type PullRequest } from "../github/api.js";
import type { ValidPost } from "../post/valid-post.js";
import { GitHubContentRepo } from "../repo/github-content-repo.js";
import { mediaLookupIn } from "../repo/media-lookup.js";
import type { Rule } from "../rules/types.js";
import type { FileReport, Message, Report } from "../types.js";
import { type PostChange, selectChangedPosts } from "./changed-posts.js";
import { type CheckedPost, type ConfigReview, headline, renderReview } from "./render-report.js";
import { takedownGate } from "./takedown-fast-path.js";
import { listChangedFiles } from "./tree-changes.js";
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

/** One pull request assessed from the API, before anything is written. */
interface Assessment {
  pr: PullRequest;
  view: ReviewView;
  report: Report;
  conclusion: CheckConclusion;
  approval: GateResult;
}

type ReviewView = Parameters<typeof renderReview>[0];

/**
 * Reviews one pull request from the API alone: no file of the pull request is read from disk or executed. The check
 * run and the status live on the head commit, which other open pull requests may share (one into an unprotected
 * branch, say): every one of them is assessed and the strictest result is written.
 */
export async function reviewPullRequest(options: ReviewPullRequestOptions): Promise<ReviewOutcome> {
  const { api } = options;
  const own = await assessPull(options.prNumber, options);
  const headSha = own.pr.head.sha;
  const twins: Assessment[] = [];
  for (const ref of await api.listOpenPulls()) {
    if (ref.headSha !== headSha || ref.number === own.pr.number) continue;
    const twin = await assessPull(ref.number, options);
    // Its head moved since it was listed: the commit is no longer shared.
    if (twin.pr.head.sha === headSha) twins.push(twin);
  }
  const approval = strictestApproval(own, twins);
  const conclusion: CheckConclusion = [own, ...twins].some((a) => a.conclusion === "failure") ? "failure" : own.conclusion;
  const view = { ...own.view, approval };
  const markdown = renderReview(view) + twinsNote(twins);
  const outcome: ReviewOutcome = {
    pr: own.pr,
    report: own.report,
    conclusion,
    approval,
    headline: headline(view),
    markdown,
    deniedWrites: [],
  };
  if (options.dryRun) return outcome;

  outcome.deniedWrites = await writeReview(api, {
    ...outcome,
    prNumber: own.pr.number,
    headSha,
    comment: options.comment !== false,
    ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}),
  });
  return outcome;
}

const STRICTNESS: Record<GateResult["state"], number> = { failure: 0, pending: 1, success: 2 };

/** The strictest gate among pull requests sharing a head; a twin's result names its pull request. */
function strictestApproval(own: Assessment, twins: readonly Assessment[]): GateResult {
  let strictest = own.approval;
  for (const twin of twins) {
    if (STRICTNESS[twin.approval.state] < STRICTNESS[strictest.state]) {
      strictest = { state: twin.approval.state, description: fitDescription(`#${twin.pr.number}: ${twin.approval.description}`) };
    }
  }
  return strictest;
}

function twinsNote(twins: readonly Assessment[]): string {
  if (twins.length === 0) return "";
  const lines = twins.map(
    (t) =>
      `- #${t.pr.number} into \`${t.pr.base.ref}\`: ${t.report.errors} error(s); approval ${t.approval.state}: ${t.approval.description}`,
  );
  return `\n\n**Other open pull requests with this head commit** (the check and the status above are the strictest of all):\n${lines.join("\n")}\n`;
}

async function assessPull(prNumber: number, options: ReviewPullRequestOptions): Promise<Assessment> {
  const { api, configPath, workspace } = options;
  const pr = await api.getPull(prNumber);
  const headSha = pr.head.sha;
  const files = await listChangedFiles(api, pr);
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
  let headConfig: ConfigResult | undefined;
  if (changes.configChanged) {
    headConfig = await headRepo.readConfig(configPath);
    configReview.changedMessages = headConfig?.messages ?? [];
  }

  const checked: CheckedPost[] = [];
  if (config) {
    for (const change of changes.posts) checked.push(await checkChangedPost(headRepo, change, config, options));
  }

  const nameFindings = fileNameFindings(files);
  const unsafeNames = [...nameFindings.keys()];
  for (const c of checked) {
    const finding = nameFindings.get(c.change.repoPath);
    if (finding) c.messages.unshift(finding);
    nameFindings.delete(c.change.repoPath);
  }
  const configMessages = [...configReview.baseMessages, ...(configReview.changedMessages ?? [])];
  const fileReports: FileReport[] = [
    ...(configMessages.length ? [{ path: configPath, messages: configMessages }] : []),
    ...checked.map((c) => ({ path: c.change.repoPath, messages: c.messages })),
    ...[...nameFindings].map(([path, finding]) => ({ path, messages: [finding] })),
  ];
  const report = toReport(fileReports);
  const conclusion: CheckConclusion = report.errors > 0 ? "failure" : "success";

  let approval: GateResult = { state: "failure", description: `${configPath} on the base branch is missing or invalid` };
  if (config) {
    const touched = await clientsToApprove(
      config,
      { ...changes, posts: checked.map((c) => ({ ...c.change, client: c.client })) },
      baseRepo,
    );
    // A changed (or removed) checkpost.yml needs the base contacts of the clients it changes: it decides who approves and where posts go.
    const configGone = files.some((f) => (f.filename === configPath && f.status === "removed") || f.previousFilename === configPath);
    const governing = changes.configChanged || configGone ? clientsForConfigChange(config.raw, headConfig?.config?.raw) : [];
    approval =
      (await takedownGate(api, pr, config, files, changes, configPath)) ??
      (await computeApproval(api, pr, config, [...touched, ...governing]));
  }

  const view = {
    ...report,
    headSha,
    posts: checked,
    deleted: changes.deleted,
    config: configReview,
    resolved: config,
    approval,
    unsafeNames,
  };
  return { pr, view, report, conclusion, approval };
}

/** A finding for each changed file (or former name) holding a control character, whatever else the file is. */
function fileNameFindings(files: readonly ChangedFile[]): Map<string, Message> {
  const findings = new Map<string, Message>();
  for (const name of files.flatMap((f) => (f.previousFilename ? [f.filename, f.previousFilename] : [f.filename]))) {
    const finding = fileNameFinding(name);
    if (finding) findings.set(name, finding);
  }
  return findings;
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
    ruleOptions: { ...PROPOSED_POST_OPTIONS, media: { lookup } },
  });
  const valid = loaded.post?.data && config.clients.has(loaded.post.data.client) ? (loaded.post as ValidPost) : undefined;
  const client = clientOf(loaded.post);
  return { change, ...(valid ? { post: valid } : {}), ...(client ? { client } : {}), messages };
}
