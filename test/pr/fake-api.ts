import type {
  ChangedFile,
  CheckRunUpdate,
  CommitStatus,
  GitHubApi,
  GitHubUser,
  NewCheckRun,
  PathInfo,
  PullCommit,
  PullRequest,
  Review,
} from "../../src/github/api.js";
import { GitHubRequestError } from "../../src/github/api.js";

/** An in-memory GitHubApi recording every call; `deny` makes writes fail with 403 like a fork's token. */
export class FakeApi implements GitHubApi {
  calls: string[] = [];
  files: ChangedFile[] = [];
  /** path@ref → text */
  /** path@ref → text, or bytes for files that are not UTF-8 text. */
  contents = new Map<string, string | Uint8Array>();
  users = new Map<string, number>();
  reviews: Review[] = [];
  /** The pull request's commits; by default one signed commit of its author. */
  commits: PullCommit[];
  /** Times of `base_ref_changed` events. */
  baseChanges: string[] = [];
  statuses: CommitStatus[] = [];
  checkRuns: { id: number; run: NewCheckRun; updates: CheckRunUpdate[] }[] = [];
  /** Comments; the fake's own are written by the Actions bot, as with GITHUB_TOKEN. */
  comments: { id: number; body: string; user?: GitHubUser }[] = [];
  deny = false;
  private nextId = 1;
  constructor(public pr: PullRequest) {
    this.commits = [{ sha: pr.head.sha, authorId: pr.user.id, committerId: pr.user.id, verified: true }];
  }

  private write(call: string) {
    this.calls.push(call);
    if (this.deny) throw new GitHubRequestError(403, call, "Resource not accessible by integration");
  }
  async getPull(_number: number) {
    this.calls.push("getPull");
    return this.pr;
  }
  async listPullFiles() {
    this.calls.push("listPullFiles");
    return this.files;
  }
  async getFileBytes(path: string, ref: string) {
    this.calls.push(`getFileBytes ${path}@${ref}`);
    const text = this.contents.get(`${path}@${ref}`);
    // Like GitHub's contents API, which returns no content for files over 1 MB.
    if (text !== undefined && text.length > 1024 * 1024)
      throw new GitHubRequestError(413, `GET contents/${path}`, "the file is too large to read through the API");
    return typeof text === "string" ? new TextEncoder().encode(text) : text;
  }
  async getPathInfo(path: string, ref: string): Promise<PathInfo | undefined> {
    this.calls.push(`getPathInfo ${path}@${ref}`);
    const text = this.contents.get(`${path}@${ref}`);
    if (text === undefined) return undefined;
    const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text);
    // Like the contents API, which sends files of up to 1 MB whole: their first bytes come along.
    return bytes.length <= 1024 * 1024
      ? { type: "file", size: bytes.length, head: new Uint8Array(bytes.subarray(0, 32)) }
      : { type: "file", size: bytes.length };
  }
  /** The login GET /user answers for the token; undefined like an installation token. */
  tokenLogin: string | undefined = undefined;
  async getTokenLogin() {
    this.calls.push("getTokenLogin");
    return this.tokenLogin;
  }
  async getUserId(login: string) {
    this.calls.push(`getUserId ${login}`);
    return this.users.get(login);
  }
  async listReviews() {
    this.calls.push("listReviews");
    return this.reviews;
  }
  async listPullCommits() {
    this.calls.push("listPullCommits");
    return this.commits;
  }
  async listBaseChanges() {
    this.calls.push("listBaseChanges");
    return this.baseChanges;
  }
  async createStatus(_sha: string, status: CommitStatus) {
    this.write("createStatus");
    this.statuses.push(status);
  }
  async findCheckRun(sha: string, name: string, externalId: string) {
    this.calls.push("findCheckRun");
    const found = this.checkRuns.findLast((c) => c.run.headSha === sha && c.run.name === name && c.run.externalId === externalId);
    if (!found) return undefined;
    const outputs = [found.run.output, ...found.updates.map((u) => u.output)];
    const summary = outputs[outputs.length - 1]?.summary ?? null;
    return { id: found.id, summary, annotationsCount: outputs.reduce((n, o) => n + (o.annotations?.length ?? 0), 0) };
  }
  async createCheckRun(run: NewCheckRun) {
    this.write("createCheckRun");
    const id = this.nextId++;
    this.checkRuns.push({ id, run, updates: [] });
    return id;
  }
  async updateCheckRun(id: number, update: CheckRunUpdate) {
    this.write("updateCheckRun");
    this.checkRuns.find((c) => c.id === id)?.updates.push(update);
  }
  async listIssueComments() {
    this.calls.push("listIssueComments");
    return this.comments.map((c) => ({ ...c, user: c.user ?? null }));
  }
  async createIssueComment(_n: number, body: string) {
    this.write("createIssueComment");
    const id = this.nextId++;
    const user = this.tokenLogin
      ? { login: this.tokenLogin, id: 77, type: "User" }
      : { login: "github-actions[bot]", id: 41898282, type: "Bot" };
    this.comments.push({ id, body, user });
    return id;
  }
  async updateIssueComment(id: number, body: string) {
    this.write("updateIssueComment");
    const c = this.comments.find((x) => x.id === id);
    if (c) c.body = body;
  }
  async pullsForCommit() {
    this.calls.push("pullsForCommit");
    return [];
  }
  async listOpenPulls() {
    this.calls.push("listOpenPulls");
    return [{ number: this.pr.number, headSha: this.pr.head.sha, state: "open" }];
  }
}
