/**
 * The GitHub operations checkpost's pull-request workflows need, and nothing more.
 * Injected into the workflows so their logic runs against an in-memory fake in tests.
 * Every method is scoped to one repository.
 */
export interface GitHubApi {
  getPull(number: number): Promise<PullRequest>;
  /** Every changed file, all pages (GitHub caps the list at 3000). */
  listPullFiles(number: number): Promise<ChangedFile[]>;
  /** A file's bytes at a commit (decoded by the caller, with its own size limit); undefined when it does not exist there. */
  getFileBytes(path: string, ref: string): Promise<Uint8Array | undefined>;
  /** What a path is at a commit (a file and its size, a folder, a symlink); undefined when nothing is there. */
  getPathInfo(path: string, ref: string): Promise<PathInfo | undefined>;
  /** The login the token acts as (GET /user); undefined for an app's installation token, which has none. */
  getTokenLogin(): Promise<string | undefined>;
  /** The numeric id of a login; undefined when no such user exists. */
  getUserId(login: string): Promise<number | undefined>;
  /** Reviews, oldest first, all pages. */
  listReviews(number: number): Promise<Review[]>;
  /** The pull request's commits, oldest first, all pages (GitHub lists at most 250). */
  listPullCommits(number: number): Promise<PullCommit[]>;
  /** When the pull request's base branch was changed (`base_ref_changed` timeline events), oldest first. */
  listBaseChanges(number: number): Promise<string[]>;
  createStatus(sha: string, status: CommitStatus): Promise<void>;
  /**
   * The latest check run with this name and external id on this commit, if one exists. The external id
   * tells checkpost's run from others of the same name (a workflow job called "checkpost" has one too).
   */
  findCheckRun(sha: string, name: string, externalId: string): Promise<ExistingCheckRun | undefined>;
  createCheckRun(run: NewCheckRun): Promise<number>;
  updateCheckRun(id: number, update: CheckRunUpdate): Promise<void>;
  listIssueComments(number: number): Promise<IssueComment[]>;
  createIssueComment(number: number, body: string): Promise<number>;
  updateIssueComment(id: number, body: string): Promise<void>;
  /** Open pull requests whose head is this commit. */
  pullsForCommit(sha: string): Promise<PullRef[]>;
  /** Every open pull request, for when pullsForCommit finds none. */
  listOpenPulls(): Promise<PullRef[]>;
}

export interface PathInfo {
  type: "file" | "dir" | "symlink" | "submodule";
  size: number;
  /** A file's first bytes, when GitHub sent its content (files up to 1 MB): enough to tell its type. */
  head?: Uint8Array;
}

export interface GitHubUser {
  login: string;
  id: number;
  /** "User", "Bot" or "Organization", when GitHub says. */
  type?: string;
}

export interface PullRequest {
  number: number;
  title: string;
  state: string;
  draft: boolean;
  user: GitHubUser;
  head: { sha: string; ref: string; repoFullName: string | undefined };
  base: { sha: string; ref: string; repoFullName: string | undefined };
  htmlUrl?: string;
  /** How many commits the pull request has. */
  commits?: number;
}

/** A commit of a pull request: the accounts GitHub matched its author and committer emails to, and its signature. */
export interface PullCommit {
  sha: string;
  /** Undefined when the email belongs to no GitHub account. */
  authorId?: number;
  committerId?: number;
  /** GitHub verified the commit's signature. */
  verified: boolean;
}

export interface PullRef {
  number: number;
  headSha: string;
  state: string;
}

export type FileStatus = "added" | "removed" | "modified" | "renamed" | "copied" | "changed" | "unchanged";

export interface ChangedFile {
  filename: string;
  status: FileStatus;
  previousFilename?: string;
}

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

export interface Review {
  id: number;
  user: GitHubUser | null;
  state: ReviewState;
  /** Null when a force push garbage-collected the reviewed commit. */
  commitId: string | null;
  submittedAt?: string;
  body?: string;
}

export type StatusState = "success" | "pending" | "failure" | "error";

export interface CommitStatus {
  state: StatusState;
  context: string;
  /** At most 140 characters. */
  description: string;
  targetUrl?: string;
}

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  text?: string;
  /** At most 50 per request. */
  annotations?: CheckRunAnnotation[];
}

export type CheckConclusion = "success" | "failure" | "neutral";

export interface NewCheckRun {
  name: string;
  headSha: string;
  status: "in_progress" | "completed";
  conclusion?: CheckConclusion;
  detailsUrl?: string;
  externalId?: string;
  output: CheckRunOutput;
}

export interface ExistingCheckRun {
  id: number;
  summary: string | null;
  annotationsCount: number;
}

export interface CheckRunUpdate {
  status?: "in_progress" | "completed";
  conclusion?: CheckConclusion;
  output: CheckRunOutput;
}

export interface IssueComment {
  id: number;
  body: string;
  user: GitHubUser | null;
}

/** A failed GitHub request, with what a person needs to understand it (never the token). */
export class GitHubRequestError extends Error {
  constructor(
    readonly status: number,
    /** "POST /repos/o/r/statuses/{sha}" */
    readonly request: string,
    message: string,
  ) {
    super(`${request} failed with ${status}: ${message}`);
    this.name = "GitHubRequestError";
  }
}

/** A write refused because the token is read-only (fork pull requests) or lacks a permission. */
export function isPermissionDenied(error: unknown): error is GitHubRequestError {
  return error instanceof GitHubRequestError && error.status === 403 && !/rate limit/i.test(error.message);
}
