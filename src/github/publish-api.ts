/**
 * The GitHub operations a publishing run needs, beyond the pull-request review's `GitHubApi`: kept apart so the
 * review's fakes stay small. Every method is scoped to one repository; the Octokit implementation is
 * `createOctokitApi`, which implements both.
 *
 * Writes are never repeated by the client after a 5xx or a timeout: a contents `PUT` with a `sha` that did land
 * would answer 409 the second time and look like another run's write; a repeated `POST /issues` makes two issues.
 */
import type { GitHubApi, GitHubUser } from "./api.js";

export interface PublishGitHubApi {
  /** The repository's default branch (GET /repos/{o}/{r}). */
  getDefaultBranch(): Promise<string>;
  /** The commit a branch points at (GET /git/ref/heads/{b}); undefined when the branch does not exist. */
  getBranchSha(branch: string): Promise<string | undefined>;
  /** Every blob in a commit's tree with its sha, in one request (GET /git/trees/{sha}?recursive=1). */
  getFileTree(commitSha: string): Promise<Tree>;
  /** The newest commit reachable from `ref` that changed `path` (GET /commits?path=&sha=&per_page=1), with its committer date. */
  lastCommitFor(path: string, ref: string): Promise<{ sha: string; date?: string } | undefined>;
  /** Pull requests associated with a commit, open or closed (GET /commits/{sha}/pulls); may be empty just after a push. */
  pullsOfCommit(sha: string): Promise<AssociatedPull[]>;
  /** A file's blob sha at a commit; undefined when it does not exist there. */
  getBlobSha(path: string, ref: string): Promise<string | undefined>;
  /** Open issues (never pull requests) carrying a label (GET /issues?labels=&state=open). */
  openIssuesWithLabel(label: string): Promise<IssueRef[]>;
  createIssue(issue: { title: string; body: string; labels?: string[]; assignees?: string[] }): Promise<IssueRef>;
  /**
   * Issues (never pull requests) carrying a label, open and closed, updated since `since` when given (GET
   * /issues?labels=&state=all&since=): the retrospectives of a window, with their bodies and labels.
   */
  issuesWithLabel(label: string, since?: string): Promise<IssueItem[]>;
  /** Whether an issue can be assigned to `login` (GET /assignees/{login}: 204 or 404). */
  canBeAssigned(login: string): Promise<boolean>;
  /** Add labels to an issue (POST /issues/{n}/labels); labels it has already stay. */
  addLabels(issue: number, labels: string[]): Promise<void>;
  /** A comment on an issue or a pull request. */
  createIssueComment: GitHubApi["createIssueComment"];
  /** A text file on a branch with its blob sha, for compare-and-swap; undefined when absent (or the branch is). */
  getTextFile(branch: string, path: string): Promise<{ text: string; sha: string } | undefined>;
  /**
   * Create (sha undefined) or replace the file at exactly `sha` (PUT /contents/{path}). Returns the new blob sha;
   * throws `ContentConflict` when the file changed meanwhile (409) or appeared meanwhile (422).
   */
  putTextFile(branch: string, path: string, text: string, sha: string | undefined, message: string): Promise<string>;
  /**
   * Create a branch holding one file, with no parent commit (its history never mixes with the content's); a
   * branch that already exists is left as it is. Returns true when this call created it.
   */
  createOrphanBranch(branch: string, file: { path: string; text: string }, message: string): Promise<boolean>;
}

export interface TreeFile {
  path: string;
  /** The blob sha: equal shas are equal bytes. */
  sha: string;
}

export interface Tree {
  /** Files only (blobs), with their paths from the repository root. */
  files: TreeFile[];
  /** GitHub cut the listing (over 100,000 entries or 7 MB): the list is incomplete. */
  truncated: boolean;
}

export interface AssociatedPull {
  number: number;
  title?: string;
  body?: string | null;
  state: string;
  /** Set when merged: only a merged pull request brought content to the default branch. */
  mergedAt: string | null;
  headSha: string;
  baseSha: string;
  baseRef: string;
  user: GitHubUser | null;
  htmlUrl?: string;
}

export interface IssueRef {
  number: number;
  title: string;
  htmlUrl?: string;
}

export interface IssueItem extends IssueRef {
  body: string;
  labels: string[];
  state: string;
  createdAt: string;
}

/** A compare-and-swap write lost: the file is no longer at the sha the caller read. */
export class ContentConflict extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
  ) {
    super(`${path} changed since it was read (${status})`);
    this.name = "ContentConflict";
  }
}
