import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import { HEAD_BYTES } from "../media/media-type.js";
import {
  type ChangedFile,
  type FileStatus,
  type GitHubApi,
  GitHubRequestError,
  type GitHubUser,
  type GitTree,
  type PathInfo,
  type PullCommit,
  type PullRef,
  type Review,
  type ReviewState,
  SymlinkError,
  type TreeEntry,
} from "./api.js";
import { type AssociatedPull, ContentConflict, type PublishGitHubApi, type TreeFile } from "./publish-api.js";

export interface OctokitApiOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, a GHES URL, or a test server. */
  baseUrl: string;
  owner: string;
  repo: string;
  /** Retries of a safe request after a 5xx or a network error (default 2). */
  retries?: number;
  /** Base wait between those retries, multiplied by the attempt (default 1000 ms). */
  retryDelayMs?: number;
  /** Rate-limit retries before giving up (default 3). */
  rateLimitRetries?: number;
  /** Where to say that a request waits for a rate limit (never given the token). */
  warn?: (message: string) => void;
}

const ThrottledOctokit = Octokit.plugin(throttling);

/** Methods that are safe to send twice: a repeated POST would create a second comment, status or check run. */
const REPEATABLE = new Set(["GET", "HEAD", "PATCH", "PUT", "DELETE"]);

/**
 * An update that carries annotations appends them: sent twice, they would show twice. A contents PUT is a
 * compare-and-swap: had the first one landed, the repeat would answer 409 and pass for another run's write.
 */
function repeatable(method: string, endpoint: { url?: string; output?: { annotations?: unknown[] } }): boolean {
  if (!REPEATABLE.has(method)) return false;
  if (method === "PUT" && endpoint.url?.includes("/contents/")) return false;
  return !(method === "PATCH" && endpoint.url?.includes("/check-runs/") && (endpoint.output?.annotations?.length ?? 0) > 0);
}

export function createOctokitApi(options: OctokitApiOptions): GitHubApi & PublishGitHubApi {
  const { owner, repo } = options;
  const retries = options.retries ?? 2;
  const retryDelayMs = options.retryDelayMs ?? 1000;
  const rateLimitRetries = options.rateLimitRetries ?? 3;
  const warn = options.warn ?? (() => {});
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _o: unknown, retryCount: number) => {
    // A rate-limited request was refused, not processed: repeating it (even a POST) cannot duplicate anything.
    if (retryCount >= rateLimitRetries) return false;
    warn(`${kind} rate limit on ${request.method} ${request.url}; retrying after ${retryAfter} s`);
    return true;
  };
  const octokit = new ThrottledOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    userAgent: "checkpost",
    throttle: { onRateLimit: onLimit("primary"), onSecondaryRateLimit: onLimit("secondary") },
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });

  octokit.hook.wrap("request", async (request, endpoint) => {
    const method = (endpoint.method ?? "GET").toUpperCase();
    const label = `${method} ${endpoint.url}`;
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(endpoint);
      } catch (error) {
        const status = statusOf(error);
        const transient = status === undefined || status >= 500;
        if (transient && repeatable(method, endpoint) && attempt < retries) {
          await sleep(retryDelayMs * (attempt + 1));
          continue;
        }
        throw new GitHubRequestError(status ?? 0, label, messageOf(error));
      }
    }
  });

  const repoParams = { owner, repo };

  /** A commit's whole tree, one request (GitHub cuts it past 100,000 entries or 7 MB: `truncated`). */
  async function treeOf(commitSha: string): Promise<GitTree> {
    const { data } = await octokit.request("GET /repos/{owner}/{repo}/git/trees/{tree_sha}", {
      ...repoParams,
      tree_sha: commitSha,
      recursive: "1",
    });
    return {
      truncated: data.truncated,
      entries: data.tree.map((e) => ({ path: e.path, mode: e.mode, type: e.type as TreeEntry["type"], sha: e.sha })),
    };
  }
  const api: GitHubApi & PublishGitHubApi = {
    async getPull(number) {
      const { data } = await octokit.request("GET /repos/{owner}/{repo}/pulls/{pull_number}", { ...repoParams, pull_number: number });
      return {
        number: data.number,
        title: data.title,
        state: data.state,
        draft: data.draft ?? false,
        user: toUser(data.user) ?? { login: "ghost", id: 0 },
        head: { sha: data.head.sha, ref: data.head.ref, repoFullName: data.head.repo?.full_name },
        base: { sha: data.base.sha, ref: data.base.ref, repoFullName: data.base.repo?.full_name },
        htmlUrl: data.html_url,
        commits: data.commits,
        changedFiles: data.changed_files,
      };
    },
    async listPullFiles(number) {
      const files = await octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
        ...repoParams,
        pull_number: number,
        per_page: 100,
      });
      return files.map(
        (f): ChangedFile => ({
          filename: f.filename,
          status: f.status as FileStatus,
          ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}),
        }),
      );
    },
    getTree: treeOf,
    async getFileBytes(path, ref) {
      try {
        const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repoParams, path, ref });
        if (Array.isArray(data)) return undefined;
        // GitHub follows a link to a file of the repository and answers with that file, under its own path.
        if (data.type === "symlink" || data.path !== path)
          throw new SymlinkError(path, "target" in data && typeof data.target === "string" ? data.target : data.path);
        if (data.type !== "file") return undefined;
        if (!("content" in data) || data.encoding !== "base64") {
          throw new GitHubRequestError(413, `GET /repos/{owner}/{repo}/contents/${path}`, "the file is too large to read through the API");
        }
        return Buffer.from(data.content, "base64");
      } catch (error) {
        if (error instanceof GitHubRequestError && error.status === 404) return undefined;
        throw error;
      }
    },
    async getPathInfo(path, ref) {
      try {
        const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repoParams, path, ref });
        if (Array.isArray(data)) return { type: "dir", size: 0 };
        // A link followed to a file answers with that file's own path: it is the link that is there.
        if (data.path !== path) return { type: "symlink", size: 0 };
        const info: PathInfo = { type: data.type as PathInfo["type"], size: data.size };
        // The contents API sends a file of up to 1 MB whole, in base64 with line breaks: its first bytes tell its type.
        // An empty file comes with content "": its (empty) head still tells the media rule it is empty.
        if ("content" in data && data.encoding === "base64" && typeof data.content === "string") info.head = firstBytes(data.content);
        return info;
      } catch (error) {
        if (error instanceof GitHubRequestError && error.status === 404) return undefined;
        throw error;
      }
    },
    async getTokenLogin() {
      try {
        const { data } = await octokit.request("GET /user");
        return data.login;
      } catch (error) {
        // GITHUB_TOKEN is an installation token: GET /user answers 403 "Resource not accessible by integration".
        if (error instanceof GitHubRequestError && [401, 403, 404].includes(error.status)) return undefined;
        throw error;
      }
    },
    async getUserId(login) {
      try {
        const { data } = await octokit.request("GET /users/{username}", { username: login });
        return Number(data.id);
      } catch (error) {
        if (error instanceof GitHubRequestError && error.status === 404) return undefined;
        throw error;
      }
    },
    async listReviews(number) {
      const reviews = await octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
        ...repoParams,
        pull_number: number,
        per_page: 100,
      });
      return reviews.map(
        (r): Review => ({
          id: r.id,
          user: toUser(r.user),
          state: r.state.toUpperCase() as ReviewState,
          commitId: r.commit_id ?? null,
          ...(r.submitted_at ? { submittedAt: r.submitted_at } : {}),
          body: r.body ?? "",
        }),
      );
    },
    async listPullCommits(number) {
      const commits = await octokit.paginate("GET /repos/{owner}/{repo}/pulls/{pull_number}/commits", {
        ...repoParams,
        pull_number: number,
        per_page: 100,
      });
      return commits.map(
        (c): PullCommit => ({
          sha: c.sha,
          ...(c.author && "id" in c.author ? { authorId: Number(c.author.id) } : {}),
          ...(c.committer && "id" in c.committer ? { committerId: Number(c.committer.id) } : {}),
          verified: c.commit.verification?.verified === true,
        }),
      );
    },
    async listBaseChanges(number) {
      const events = await octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/timeline", {
        ...repoParams,
        issue_number: number,
        per_page: 100,
      });
      return events.flatMap((e) => {
        const { event, created_at } = e as { event?: string; created_at?: string };
        return event === "base_ref_changed" && created_at ? [created_at] : [];
      });
    },
    async createStatus(sha, status) {
      await octokit.request("POST /repos/{owner}/{repo}/statuses/{sha}", {
        ...repoParams,
        sha,
        state: status.state,
        context: status.context,
        description: status.description,
        ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
      });
    },
    async findCheckRun(sha, name, externalId) {
      const runs = await octokit.paginate("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
        ...repoParams,
        ref: sha,
        check_name: name,
        filter: "all",
        per_page: 100,
      });
      // Ids grow with time: the highest is the latest.
      const run = runs
        .filter((r) => r.name === name && r.head_sha === sha && r.external_id === externalId)
        .reduce<(typeof runs)[number] | undefined>((latest, r) => (latest && latest.id > r.id ? latest : r), undefined);
      return run ? { id: Number(run.id), summary: run.output.summary ?? null, annotationsCount: run.output.annotations_count } : undefined;
    },
    async createCheckRun(run) {
      const { data } = await octokit.request("POST /repos/{owner}/{repo}/check-runs", {
        ...repoParams,
        name: run.name,
        head_sha: run.headSha,
        status: run.status,
        ...(run.conclusion ? { conclusion: run.conclusion } : {}),
        ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
        ...(run.externalId ? { external_id: run.externalId } : {}),
        output: run.output,
      });
      return Number(data.id);
    },
    async updateCheckRun(id, update) {
      await octokit.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        ...repoParams,
        check_run_id: id,
        ...(update.status ? { status: update.status } : {}),
        ...(update.conclusion ? { conclusion: update.conclusion } : {}),
        output: update.output,
      });
    },
    async listIssueComments(number) {
      const comments = await octokit.paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repoParams,
        issue_number: number,
        per_page: 100,
      });
      return comments.map((c) => ({ id: c.id, body: c.body ?? "", user: toUser(c.user) }));
    },
    async createIssueComment(number, body) {
      const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
        ...repoParams,
        issue_number: number,
        body,
      });
      return Number(data.id);
    },
    async updateIssueComment(id, body) {
      await octokit.request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", { ...repoParams, comment_id: id, body });
    },
    async pullsForCommit(sha) {
      const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", { ...repoParams, commit_sha: sha });
      return data.map((p): PullRef => ({ number: Number(p.number), headSha: p.head.sha, state: p.state }));
    },
    async listOpenPulls() {
      const data = await octokit.paginate("GET /repos/{owner}/{repo}/pulls", { ...repoParams, state: "open", per_page: 100 });
      return data.map((p): PullRef => ({ number: Number(p.number), headSha: p.head.sha, state: p.state }));
    },

    // ---- publishing ----
    async getDefaultBranch() {
      const { data } = await octokit.request("GET /repos/{owner}/{repo}", repoParams);
      return data.default_branch;
    },
    async getBranchSha(branch) {
      return notFoundAsUndefined(async () => {
        const { data } = await octokit.request("GET /repos/{owner}/{repo}/git/ref/{ref}", { ...repoParams, ref: `heads/${branch}` });
        return data.object.sha;
      });
    },
    async getFileTree(commitSha) {
      // The same listing as the review's getTree: the files are its blobs (symlinks included, as before).
      const tree = await treeOf(commitSha);
      const files: TreeFile[] = tree.entries.filter((e) => e.type === "blob").map((e) => ({ path: e.path, sha: e.sha }));
      return { files, truncated: tree.truncated };
    },
    async lastCommitFor(path, ref) {
      const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits", { ...repoParams, path, sha: ref, per_page: 1 });
      const found = data[0];
      if (!found) return undefined;
      const date = found.commit.committer?.date ?? found.commit.author?.date;
      return { sha: found.sha, ...(date ? { date } : {}) };
    },
    async pullsOfCommit(sha) {
      const { data } = await octokit.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls", {
        ...repoParams,
        commit_sha: sha,
        per_page: 100,
      });
      return data.map(
        (p): AssociatedPull => ({
          number: Number(p.number),
          title: p.title,
          body: p.body ?? null,
          state: p.state,
          mergedAt: p.merged_at ?? null,
          headSha: p.head.sha,
          baseSha: p.base.sha,
          baseRef: p.base.ref,
          user: toUser(p.user),
          htmlUrl: p.html_url,
        }),
      );
    },
    async getBlobSha(path, ref) {
      return notFoundAsUndefined(async () => {
        const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repoParams, path, ref });
        return Array.isArray(data) || data.type !== "file" ? undefined : data.sha;
      });
    },
    async openIssuesWithLabel(label) {
      const issues = await octokit.paginate("GET /repos/{owner}/{repo}/issues", {
        ...repoParams,
        labels: label,
        state: "open",
        per_page: 100,
      });
      // The issues list includes pull requests: a labelled pull request is not a pause switch.
      return issues.filter((i) => !i.pull_request).map((i) => ({ number: i.number, title: i.title, htmlUrl: i.html_url }));
    },
    async createIssue(issue) {
      const { data } = await octokit.request("POST /repos/{owner}/{repo}/issues", {
        ...repoParams,
        title: issue.title,
        body: issue.body,
        ...(issue.labels?.length ? { labels: issue.labels } : {}),
        ...(issue.assignees?.length ? { assignees: issue.assignees } : {}),
      });
      return { number: data.number, title: data.title, htmlUrl: data.html_url };
    },
    async issuesWithLabel(label, since) {
      const issues = await octokit.paginate("GET /repos/{owner}/{repo}/issues", {
        ...repoParams,
        labels: label,
        state: "all",
        ...(since ? { since } : {}),
        per_page: 100,
      });
      return issues
        .filter((i) => !i.pull_request)
        .map((i) => ({
          number: i.number,
          title: i.title,
          htmlUrl: i.html_url,
          body: i.body ?? "",
          labels: i.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
          state: i.state,
          createdAt: i.created_at,
        }));
    },
    async canBeAssigned(login) {
      const found = await notFoundAsUndefined(async () => {
        await octokit.request("GET /repos/{owner}/{repo}/assignees/{assignee}", { ...repoParams, assignee: login });
        return true;
      });
      return found === true;
    },
    async addLabels(issue, labels) {
      await octokit.request("POST /repos/{owner}/{repo}/issues/{issue_number}/labels", { ...repoParams, issue_number: issue, labels });
    },
    async getTextFile(branch, path) {
      return notFoundAsUndefined(async () => {
        const { data } = await octokit.request("GET /repos/{owner}/{repo}/contents/{path}", { ...repoParams, path, ref: branch });
        if (Array.isArray(data) || data.type !== "file") return undefined;
        if (!("content" in data) || data.encoding !== "base64") {
          throw new GitHubRequestError(413, `GET /repos/{owner}/{repo}/contents/${path}`, "the file is too large to read through the API");
        }
        return { text: Buffer.from(data.content, "base64").toString("utf8"), sha: data.sha };
      });
    },
    async putTextFile(branch, path, text, sha, message) {
      try {
        const { data } = await octokit.request("PUT /repos/{owner}/{repo}/contents/{path}", {
          ...repoParams,
          path,
          branch,
          message,
          content: Buffer.from(text, "utf8").toString("base64"),
          ...(sha === undefined ? {} : { sha }),
        });
        const written = data.content?.sha;
        if (!written)
          throw new GitHubRequestError(200, `PUT /repos/{owner}/{repo}/contents/${path}`, "GitHub answered without the file's new sha");
        return written;
      } catch (error) {
        // 409: the sha no longer matches; 422: a creation (no sha) met a file that appeared meanwhile.
        if (error instanceof GitHubRequestError && (error.status === 409 || error.status === 422))
          throw new ContentConflict(path, error.status);
        throw error;
      }
    },
    async createOrphanBranch(branch, file, message) {
      if ((await api.getBranchSha(branch)) !== undefined) return false;
      const { data: tree } = await octokit.request("POST /repos/{owner}/{repo}/git/trees", {
        ...repoParams,
        tree: [{ path: file.path, mode: "100644", type: "blob", content: file.text }],
      });
      const { data: commit } = await octokit.request("POST /repos/{owner}/{repo}/git/commits", {
        ...repoParams,
        message,
        tree: tree.sha,
        parents: [],
      });
      try {
        await octokit.request("POST /repos/{owner}/{repo}/git/refs", { ...repoParams, ref: `refs/heads/${branch}`, sha: commit.sha });
        return true;
      } catch (error) {
        // Another run created it between our check and our write: theirs stands (the commit made here is left unreferenced).
        if (error instanceof GitHubRequestError && error.status === 422) return false;
        throw error;
      }
    },
  };
  return api;
}

async function notFoundAsUndefined<T>(read: () => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof GitHubRequestError && error.status === 404) return undefined;
    throw error;
  }
}

function toUser(user: { login: string; id: number | bigint; type?: string } | null | undefined): GitHubUser | null {
  return user ? { login: user.login, id: Number(user.id), ...(user.type ? { type: user.type } : {}) } : null;
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status > 0 ? status : undefined;
}

function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | null)?.response?.data;
  const apiMessage = data && typeof data === "object" && "message" in data ? String((data as { message: unknown }).message) : undefined;
  return apiMessage ?? (error instanceof Error ? error.message : String(error));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The first HEAD_BYTES bytes of base64 text (44 characters hold 33 bytes) without decoding the rest. */
function firstBytes(base64: string): Uint8Array {
  let chars = "";
  for (let i = 0; i < base64.length && chars.length < 44; i++) if (base64[i] !== "\n") chars += base64[i];
  return new Uint8Array(Buffer.from(chars, "base64").subarray(0, HEAD_BYTES));
}
