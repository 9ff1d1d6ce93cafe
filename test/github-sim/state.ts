/**
 * The simulator's in-memory world: users, repositories with commits (sha → full tree), pull requests, reviews,
 * commit statuses, check runs and issue comments. Tests build it through these methods; the HTTP routes read and
 * write the same objects.
 */
import { createHash } from "node:crypto";

export interface SimUser {
  login: string;
  id: number;
  type: "User" | "Bot";
}

export interface SimCommit {
  sha: string;
  files: Map<string, string>;
  /** Parent commits, first parent first: the history `GET /commits?path=` walks. */
  parents: string[];
  message: string;
  date: string;
  /** The GitHub accounts the commit's author and committer emails belong to; undefined: the pull request's author. */
  author?: SimUser | null;
  committer?: SimUser | null;
  /** Whether GitHub verified the commit's signature (default true: the PR author's own signed commit). */
  verified?: boolean;
}

export interface SimIssue {
  id: number;
  number: number;
  user: SimUser;
  title: string;
  body: string | null;
  labels: string[];
  state: "open" | "closed";
  createdAt: string;
  updatedAt?: string;
  assignees?: SimUser[];
}

/** Who made a commit, as `GET /pulls/{n}/commits` reports it. */
export interface CommitIdentity {
  author?: SimUser | null;
  committer?: SimUser | null;
  verified?: boolean;
}

/** An issue timeline event of the pull request (`GET /issues/{n}/timeline`). */
export interface SimEvent {
  id: number;
  event: string;
  actor: SimUser;
  createdAt: string;
}

export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

export interface SimReview {
  id: number;
  user: SimUser;
  state: ReviewState;
  commitId: string | null;
  body: string;
  submittedAt: string;
}

export interface SimPull {
  id: number;
  number: number;
  author: SimUser;
  title: string;
  body: string | null;
  state: "open" | "closed";
  draft: boolean;
  baseRef: string;
  baseSha: string;
  headRef: string;
  headSha: string;
  /** The repository the head branch lives in: another one for a fork PR. */
  headRepo: SimRepo;
  reviews: SimReview[];
  mergedAt: string | null;
  mergeCommitSha: string | null;
  /** The pull request's commits, oldest first (each push appends its head). */
  commitShas: string[];
  events: SimEvent[];
}

export interface SimStatus {
  id: number;
  sha: string;
  state: "error" | "failure" | "pending" | "success";
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: SimUser;
  createdAt: string;
}

export interface SimAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: "notice" | "warning" | "failure";
  message: string;
  title?: string;
  raw_details?: string;
}

export interface SimCheckRun {
  id: number;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  externalId: string | null;
  detailsUrl: string | null;
  startedAt: string;
  completedAt: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  /** Every annotation sent, in order, across the create and all updates (GitHub appends them). */
  annotations: SimAnnotation[];
  /** How many annotations each request carried: the Action must send ≤ 50 per request. */
  annotationBatches: number[];
}

export interface SimComment {
  id: number;
  issueNumber: number;
  user: SimUser;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface ChangedFile {
  filename: string;
  status: "added" | "removed" | "modified" | "renamed";
  previous_filename?: string;
  sha: string | null;
  changes: number;
}

/** Ids come from one counter per simulator so that no two objects share one. */
export class Ids {
  private next = 1000;
  take(): number {
    this.next += 1;
    return this.next;
  }
}

/** A clock that moves one second per event, so `submitted_at` order is the order the test added reviews in. */
export class Clock {
  private at = Date.parse("2026-11-20T10:00:00Z");
  tick(): string {
    this.at += 1000;
    return new Date(this.at).toISOString().replace(/\.\d{3}Z$/, "Z");
  }
}

/**
 * A tree entry that is a symbolic link (git mode 120000) rather than a file: `repo.commit({ "a.md": symlinkTo("b.md") })`.
 * Git stores a link as a blob holding the target path, so its blob sha is that of the target text.
 */
const SYMLINK = "\u0000symlink\u0000";
export function symlinkTo(target: string): string {
  return `${SYMLINK}${target}`;
}
/** The link's target when a tree entry's content is a symlink, else undefined. */
export function symlinkTarget(content: string): string | undefined {
  return content.startsWith(SYMLINK) ? content.slice(SYMLINK.length) : undefined;
}

/** The blob sha git gives an entry: a symlink's blob is its target path. */
export function entrySha(content: string): string {
  return blobSha(symlinkTarget(content) ?? content);
}

export function blobSha(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

export class SimRepo {
  readonly commits = new Map<string, SimCommit>();
  readonly branches = new Map<string, string>();
  readonly pulls = new Map<number, SimPull>();
  readonly statusList: SimStatus[] = [];
  readonly checkRunList: SimCheckRun[] = [];
  readonly commentList: SimComment[] = [];
  readonly issues = new Map<number, SimIssue>();
  /** Logins (lower case) issues can be assigned to (GET /assignees/{user}: 204); GitHub drops the others silently. */
  readonly assignable = new Set<string>();
  /** How many more times `GET /commits/{sha}/pulls` answers `[]`, as GitHub does for a moment after a push. */
  pullsLag = 0;
  /** When set, `GET /git/trees?recursive=1` lists at most this many entries and says `truncated`. */
  treeLimit: number | undefined;
  private nextNumber = 1;

  constructor(
    readonly id: number,
    readonly owner: SimUser,
    readonly name: string,
    readonly defaultBranch: string,
    private readonly ids: Ids,
    private readonly clock: Clock,
  ) {}

  get fullName(): string {
    return `${this.owner.login}/${this.name}`;
  }

  /**
   * Records a commit whose tree is exactly `files` (path → content). Pass the `sha` of a real git commit to keep the
   * simulator and a local checkout in step; `branch` moves that branch to the commit.
   */
  commit(
    files: Record<string, string>,
    options: { sha?: string; branch?: string; parents?: string[]; message?: string } & CommitIdentity = {},
  ): string {
    const entries = Object.entries(files).sort(([a], [b]) => a.localeCompare(b));
    const sha = options.sha ?? createHash("sha1").update(JSON.stringify(entries)).update(String(this.ids.take())).digest("hex");
    // A commit on a branch follows the branch's head unless the test says otherwise.
    const tip = options.branch ? this.branches.get(options.branch) : undefined;
    const parents = options.parents ?? (tip ? [tip] : []);
    const { author, committer, verified } = options;
    this.commits.set(sha, {
      sha,
      files: new Map(entries),
      parents,
      message: options.message ?? "Update posts",
      date: this.commitClock.tick(),
      ...(author === undefined ? {} : { author }),
      ...(committer === undefined ? {} : { committer }),
      ...(verified === undefined ? {} : { verified }),
    });
    if (options.branch) this.branches.set(options.branch, sha);
    return sha;
  }

  /**
   * Merges a pull request into its base branch: a merge commit (parents: base tip, head) or a squash commit
   * (parent: base tip) holding the head's tree, as GitHub's merge button makes them.
   */
  mergePull(number: number, options: { method?: "merge" | "squash"; edit?: Record<string, string> } = {}): string {
    const pull = this.pull(number);
    const head = this.resolveAnywhere(pull.headSha);
    const tip = this.branches.get(pull.baseRef);
    if (!head || !tip) throw new Error(`mergePull: #${number} has no head commit or base branch`);
    const parents = options.method === "squash" ? [tip] : [tip, pull.headSha];
    // `edit`: files the merge commit changes on its own, as a conflict resolution (or an admin's edit) can.
    const files = { ...Object.fromEntries(head.files), ...options.edit };
    const sha = this.commit(files, { branch: pull.baseRef, parents, message: `${pull.title} (#${number})` });
    pull.state = "closed";
    pull.mergedAt = this.clock.tick();
    pull.mergeCommitSha = sha;
    return sha;
  }

  /** A direct push to a branch: a commit whose tree is the branch's with `changes` applied (null deletes). */
  push(branch: string, changes: Record<string, string | null>, message = "Direct push"): string {
    const files = new Map(this.resolve(branch)?.files ?? []);
    for (const [path, text] of Object.entries(changes)) {
      if (text === null) files.delete(path);
      else files.set(path, text);
    }
    return this.commit(Object.fromEntries(files), { branch, message });
  }

  private readonly trees = new Map<string, SimCommit>();
  /** Commit dates have their own clock, so adding commits leaves review and comment times as tests expect them. */
  private readonly commitClock = new Clock();

  /** A tree made by `POST /git/trees`, kept as a parentless pseudo-commit until a commit uses it. */
  stageTree(files: Record<string, string>): SimCommit {
    const entries = Object.entries(files).sort(([a], [b]) => a.localeCompare(b));
    const sha = createHash("sha1")
      .update(`staged ${JSON.stringify(entries)}`)
      .digest("hex");
    const staged: SimCommit = { sha, files: new Map(entries), parents: [], message: "", date: "" };
    this.trees.set(createHash("sha1").update(`tree ${sha}`).digest("hex"), staged);
    return staged;
  }

  /** The files of a tree made by `POST /git/trees` (its sha as the tree listing gave it), or of a commit's tree. */
  stagedTree(treeSha: string): Map<string, string> | undefined {
    return this.trees.get(treeSha)?.files;
  }

  /** Whether `ancestor` is `sha` or reachable from it through parents. */
  reaches(sha: string, ancestor: string): boolean {
    const seen = new Set<string>();
    const queue = [sha];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (next === ancestor) return true;
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...(this.resolveAnywhere(next)?.parents ?? []));
    }
    return false;
  }

  /**
   * The newest commit from `from` that changed `path`, with git's default history simplification: a commit
   * whose file equals a parent's is passed over and that parent followed (so a merge leads to the branch
   * commit that made the change).
   */
  lastCommitChanging(path: string, from: string): SimCommit | undefined {
    let commit = this.resolveAnywhere(from) ?? this.resolve(from);
    while (commit) {
      const text = commit.files.get(path);
      const same = commit.parents.map((p) => this.resolveAnywhere(p)).find((p) => p && p.files.get(path) === text);
      if (!same) return text === undefined && commit.parents.length === 0 ? undefined : commit;
      commit = same;
    }
    return undefined;
  }

  /** The pull requests GitHub associates with a commit: its head, its merge commit, or one of its own commits. */
  pullsOfCommit(sha: string): SimPull[] {
    return [...this.pulls.values()].filter(
      (pull) =>
        pull.headSha === sha || pull.mergeCommitSha === sha || (this.reaches(pull.headSha, sha) && !this.reaches(pull.baseSha, sha)),
    );
  }

  openIssue(options: { user: SimUser; title: string; body?: string | null; labels?: string[]; assignees?: SimUser[] }): SimIssue {
    const { id, at } = this.stamp();
    const issue: SimIssue = {
      id,
      number: this.nextNumber++,
      user: options.user,
      title: options.title,
      body: options.body ?? null,
      labels: options.labels ?? [],
      state: "open",
      createdAt: at,
      assignees: options.assignees ?? [],
    };
    this.issues.set(issue.number, issue);
    return issue;
  }

  /** A sha, a branch name or undefined (the default branch) → the commit, if any. */
  resolve(ref: string | undefined): SimCommit | undefined {
    const name = ref ?? this.defaultBranch;
    return this.commits.get(this.branches.get(name) ?? name);
  }

  openPull(options: {
    author: SimUser;
    base: string;
    head: string;
    baseRef?: string;
    headRef?: string;
    title?: string;
    body?: string | null;
    draft?: boolean;
    headRepo?: SimRepo;
  }): SimPull {
    for (const sha of [options.base, options.head]) {
      if (!this.commits.has(sha) && !options.headRepo?.commits.has(sha)) throw new Error(`openPull: unknown commit ${sha}`);
    }
    const number = this.nextNumber++;
    const pull: SimPull = {
      id: this.ids.take(),
      number,
      author: options.author,
      title: options.title ?? `Pull request ${number}`,
      body: options.body ?? null,
      state: "open",
      draft: options.draft ?? false,
      baseRef: options.baseRef ?? this.defaultBranch,
      baseSha: options.base,
      headRef: options.headRef ?? `posts-${number}`,
      headSha: options.head,
      headRepo: options.headRepo ?? this,
      reviews: [],
      mergedAt: null,
      mergeCommitSha: null,
      commitShas: [options.head],
      events: [],
    };
    this.pulls.set(number, pull);
    return pull;
  }

  pull(number: number): SimPull {
    const pull = this.pulls.get(number);
    if (!pull) throw new Error(`no pull request #${number} in ${this.fullName}`);
    return pull;
  }

  /** A push to the PR's branch: the head moves, reviews stay (with their old commit_id). */
  pushToPull(number: number, headSha: string): void {
    if (!this.resolveAnywhere(headSha)) throw new Error(`pushToPull: unknown commit ${headSha}`);
    const pull = this.pull(number);
    pull.headSha = headSha;
    pull.commitShas.push(headSha);
  }

  /** Retargets the pull request to another base branch: GitHub records a `base_ref_changed` timeline event. */
  changeBase(number: number, options: { ref: string; sha: string; actor: SimUser }): SimEvent {
    if (!this.commits.has(options.sha)) throw new Error(`changeBase: unknown commit ${options.sha}`);
    const pull = this.pull(number);
    pull.baseRef = options.ref;
    pull.baseSha = options.sha;
    this.branches.set(options.ref, options.sha);
    const { id, at } = this.stamp();
    const event: SimEvent = { id, event: "base_ref_changed", actor: options.actor, createdAt: at };
    pull.events.push(event);
    return event;
  }

  /** A submitted review; `commitId` defaults to the PR's current head, as when a reviewer approves in the UI. */
  addReview(
    number: number,
    options: { user: SimUser; state: Exclude<ReviewState, "DISMISSED">; commitId?: string | null; body?: string },
  ): SimReview {
    const pull = this.pull(number);
    if (options.user.id === pull.author.id && options.state !== "COMMENTED") {
      throw new Error(`GitHub answers 422: ${options.user.login} cannot approve or request changes on their own pull request`);
    }
    const item: SimReview = {
      id: this.ids.take(),
      user: options.user,
      state: options.state,
      commitId: options.commitId === undefined ? pull.headSha : options.commitId,
      body: options.body ?? "",
      submittedAt: this.clock.tick(),
    };
    pull.reviews.push(item);
    return item;
  }

  /** Dismissing keeps the review in the list with state DISMISSED, as GitHub does. */
  dismissReview(number: number, reviewId: number): SimReview {
    const found = this.pull(number).reviews.find((item) => item.id === reviewId);
    if (!found) throw new Error(`no review ${reviewId} on #${number}`);
    found.state = "DISMISSED";
    return found;
  }

  /** The files a PR changes: base tree against head tree, renames detected by identical content. */
  changedFiles(pull: SimPull): ChangedFile[] {
    const base = this.resolve(pull.baseSha)?.files ?? new Map<string, string>();
    const head = this.resolveAnywhere(pull.headSha)?.files ?? new Map<string, string>();
    const added: string[] = [];
    const removed: string[] = [];
    const out: ChangedFile[] = [];
    for (const [path, text] of head) {
      const before = base.get(path);
      if (before === undefined) added.push(path);
      else if (before !== text) out.push({ filename: path, status: "modified", sha: entrySha(text), changes: lineCount(text) });
    }
    for (const path of base.keys()) if (!head.has(path)) removed.push(path);
    for (const path of added) {
      const text = head.get(path) ?? "";
      const from = removed.findIndex((old) => base.get(old) === text);
      if (from >= 0) {
        const [previous] = removed.splice(from, 1);
        out.push({ filename: path, status: "renamed", previous_filename: previous, sha: entrySha(text), changes: 0 });
      } else {
        out.push({ filename: path, status: "added", sha: entrySha(text), changes: lineCount(text) });
      }
    }
    for (const path of removed)
      out.push({ filename: path, status: "removed", sha: entrySha(base.get(path) ?? ""), changes: lineCount(base.get(path) ?? "") });
    return out.sort((a, b) => a.filename.localeCompare(b.filename));
  }

  /** A commit of this repository or of a pull request's head repository (a fork). */
  resolveAnywhere(sha: string): SimCommit | undefined {
    if (this.commits.has(sha)) return this.commits.get(sha);
    for (const pull of this.pulls.values()) if (pull.headRepo.commits.has(sha)) return pull.headRepo.commits.get(sha);
    return undefined;
  }

  /** Statuses for one sha, oldest first. */
  statuses(sha: string): SimStatus[] {
    return this.statusList.filter((item) => item.sha === sha);
  }

  /** The status GitHub shows for a context: the latest one written. */
  latestStatus(sha: string, context: string): SimStatus | undefined {
    return this.statuses(sha)
      .filter((item) => item.context.toLowerCase() === context.toLowerCase())
      .at(-1);
  }

  checkRuns(headSha?: string): SimCheckRun[] {
    return this.checkRunList.filter((run) => headSha === undefined || run.headSha === headSha);
  }

  comments(issueNumber: number): SimComment[] {
    return this.commentList.filter((item) => item.issueNumber === issueNumber);
  }

  /** The next id and timestamp for objects the routes create. */
  stamp(): { id: number; at: string } {
    return { id: this.ids.take(), at: this.clock.tick() };
  }
}

function lineCount(text: string): number {
  return text === "" ? 0 : text.split("\n").length;
}
