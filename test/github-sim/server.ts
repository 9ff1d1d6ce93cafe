/**
 * A GitHub REST simulator: a real HTTP server on 127.0.0.1 serving the routes checkpost's Action calls, from the
 * in-memory state in state.ts. Every request body and every 2xx response is validated against GitHub's OpenAPI
 * description; a violation answers 500 and is recorded in `sim.violations` (tests assert it stays empty).
 *
 *   const sim = await startSimulator();
 *   const owner = sim.addUser("fieldnote");
 *   const repo = sim.createRepo(owner, "content");
 *   const base = repo.commit({ "checkpost.yml": "..." }, { branch: "main" });
 *   const pull = repo.openPull({ author: sim.addUser("sam"), base, head: repo.commit({...}) });
 *   repo.addReview(pull.number, { user: jane, state: "APPROVED" });
 *   // run the Action with GITHUB_API_URL=sim.url and INPUT_GITHUB-TOKEN=sim.token, then inspect
 *   repo.latestStatus(pull.headSha, "checkpost/approval"); repo.checkRuns(); repo.comments(pull.number); sim.requests
 *   sim.failNext({ method: "POST", route: "/repos/{owner}/{repo}/statuses/{sha}", status: 403 });
 *   await sim.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { posix } from "node:path";
import { operation } from "./openapi.js";
import * as shape from "./resources.js";
import {
  blobSha,
  type ChangedFile,
  Clock,
  Ids,
  type SimAnnotation,
  type SimCheckRun,
  SimRepo,
  type SimUser,
  symlinkTarget,
} from "./state.js";

export interface Fault {
  method: string;
  /** The OpenAPI path template, e.g. `/repos/{owner}/{repo}/issues/{issue_number}/comments`. */
  route: string;
  status: 403 | 404 | 422 | 429 | 500 | 502;
  /** Seconds, sent as `retry-after` (a secondary rate limit when status is 403 or 429). */
  retryAfter?: number;
  /** How many matching requests fail; 1 by default. */
  times?: number;
  message?: string;
}

export interface LoggedRequest {
  method: string;
  path: string;
  route: string | undefined;
  query: Record<string, string>;
  body: unknown;
  status: number;
  /** Set when an injected fault answered. */
  fault?: "before" | "after";
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Call {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  user: SimUser;
  url: URL;
}

const DOCS = "https://docs.github.com/rest";
const notFound = (): Reply => ({ status: 404, body: { message: "Not Found", documentation_url: DOCS } });
const invalid = (message: string, resource: string, field: string): Reply => ({
  status: 422,
  body: { message: "Validation Failed", errors: [{ resource, field, code: "invalid", message }], documentation_url: DOCS },
});

export class Simulator {
  readonly users = new Map<string, SimUser>();
  readonly repos = new Map<string, SimRepo>();
  readonly requests: LoggedRequest[] = [];
  /** Requests or responses that broke GitHub's OpenAPI description, and requests to routes the simulator lacks. */
  readonly violations: string[] = [];
  /** The token the Action must send; its user is the Actions bot, as with GITHUB_TOKEN. */
  readonly token = "ghs_simulatedInstallationToken0000000000";
  readonly bot: SimUser;
  /** Entries a recursive tree lists before GitHub cuts it and says `truncated` (GitHub: 100,000 entries or 7 MB). */
  treeLimit = 100_000;
  /** When true, every write answers 403 "Resource not accessible by integration", like a fork PR's token. */
  readOnly = false;
  url = "";
  private readonly ids = new Ids();
  private readonly clock = new Clock();
  private readonly faults: { fault: Fault; left: number; when: "before" | "after" }[] = [];
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      this.violations.push(`simulator crashed on ${req.method} ${req.url}: ${String(error)}`);
      send(res, { status: 500, body: { message: String(error) } });
    });
  });

  constructor() {
    this.bot = { login: "github-actions[bot]", id: 41898282, type: "Bot" };
    this.users.set(this.bot.login.toLowerCase(), this.bot);
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  /** A user; `id` pins the numeric id (a config's `contact_id`), otherwise the next free one. */
  addUser(login: string, type: SimUser["type"] = "User", id?: number): SimUser {
    const existing = this.users.get(login.toLowerCase());
    if (existing) return existing;
    const user: SimUser = { login, id: id ?? this.ids.take(), type };
    this.users.set(login.toLowerCase(), user);
    return user;
  }

  /** Renames a user, keeping the id (contacts are matched by id, not by login). */
  renameUser(user: SimUser, login: string): void {
    this.users.delete(user.login.toLowerCase());
    user.login = login;
    this.users.set(login.toLowerCase(), user);
  }

  createRepo(owner: SimUser, name: string, defaultBranch = "main"): SimRepo {
    const repo = new SimRepo(this.ids.take(), owner, name, defaultBranch, this.ids, this.clock);
    this.repos.set(repo.fullName.toLowerCase(), repo);
    return repo;
  }

  /** The next matching request fails with `status` before the simulator changes anything. */
  failNext(fault: Fault): void {
    this.faults.push({ fault, left: fault.times ?? 1, when: "before" });
  }

  /** The next matching request is applied (the comment or status is created) and then answers `status` (a 502 by default). */
  failAfterApplying(fault: Omit<Fault, "status"> & { status?: Fault["status"] }): void {
    this.faults.push({ fault: { ...fault, status: fault.status ?? 502 }, left: fault.times ?? 1, when: "after" });
  }

  /** Requests made to one route template, e.g. `requestsTo("POST", "/repos/{owner}/{repo}/check-runs")`. */
  requestsTo(method: string, route: string): LoggedRequest[] {
    return this.requests.filter((item) => item.method === method && item.route === route);
  }

  private takeFault(method: string, route: string, when: "before" | "after"): Fault | undefined {
    const found = this.faults.find(
      (item) => item.when === when && item.left > 0 && item.fault.method === method && item.fault.route === route,
    );
    if (!found) return undefined;
    found.left -= 1;
    return found.fault;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const method = req.method ?? "GET";
    const match = matchRoute(method, url.pathname);
    const text = await readBody(req);
    const log: LoggedRequest = {
      method,
      path: url.pathname,
      route: match?.route.template,
      query: Object.fromEntries(url.searchParams),
      body: undefined,
      status: 0,
    };
    this.requests.push(log);
    const reply = (r: Reply): void => {
      log.status = r.status;
      send(res, r);
    };

    let body: Record<string, unknown> = {};
    if (text.trim() !== "") {
      try {
        body = JSON.parse(text) as Record<string, unknown>;
        log.body = body;
      } catch {
        return reply({ status: 400, body: { message: "Problems parsing JSON", documentation_url: DOCS } });
      }
    }
    const auth = req.headers.authorization ?? "";
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(auth)?.[1];
    if (!token) return reply({ status: 401, body: { message: "Requires authentication", documentation_url: DOCS } });
    if (token !== this.token) return reply({ status: 401, body: { message: "Bad credentials", documentation_url: DOCS } });
    if (!match) {
      this.violations.push(`${method} ${url.pathname}: a route the simulator does not implement`);
      return reply(notFound());
    }
    const template = match.route.template;
    const validator = operation(method, template);
    if (method !== "GET") {
      const problems = validator.request(body);
      if (problems.length > 0) {
        const message = `${method} ${template} request body violates ${validator.operationId}: ${problems.join("; ")}`;
        this.violations.push(message);
        return reply({ status: 500, body: { message } });
      }
    }
    const before = this.takeFault(method, template, "before");
    if (before) {
      log.fault = "before";
      return reply(faultReply(before));
    }
    if (this.readOnly && method !== "GET") {
      return reply({ status: 403, body: { message: "Resource not accessible by integration", documentation_url: DOCS } });
    }
    const repo = match.params.owner === undefined ? undefined : this.repos.get(`${match.params.owner}/${match.params.repo}`.toLowerCase());
    const call: Call = { params: match.params, query: url.searchParams, body, user: this.bot, url };
    const result = match.route.handler(this, repo, call);
    if (result.status >= 200 && result.status < 300) {
      const problems = validator.response(result.status, result.body);
      if (problems.length > 0) {
        const message = `${method} ${template} response ${result.status} violates ${validator.operationId}: ${problems.slice(0, 10).join("; ")}`;
        this.violations.push(message);
        return reply({ status: 500, body: { message } });
      }
    }
    const after = this.takeFault(method, template, "after");
    if (after) {
      log.fault = "after";
      return reply(faultReply(after));
    }
    reply(result);
  }
}

function faultReply(fault: Fault): Reply {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers["retry-after"] = String(fault.retryAfter);
  const message =
    fault.message ??
    (fault.status === 403 && fault.retryAfter !== undefined
      ? "You have exceeded a secondary rate limit. Please wait a few minutes before you try again."
      : fault.status === 403
        ? "Resource not accessible by integration"
        : fault.status === 404
          ? "Not Found"
          : fault.status === 422
            ? "Validation Failed"
            : "Server Error");
  if (fault.status === 502) return { status: 502, body: { message }, headers };
  return { status: fault.status, body: { message, documentation_url: DOCS }, headers };
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = {
    "content-type": "application/json; charset=utf-8",
    "x-github-request-id": `SIM:${Math.random().toString(16).slice(2, 10)}`,
    "x-ratelimit-limit": "1000",
    "x-ratelimit-remaining": "999",
    "x-ratelimit-used": "1",
    "x-ratelimit-resource": "core",
    "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600),
    ...reply.headers,
  };
  res.writeHead(reply.status, headers);
  res.end(reply.body === undefined ? "" : JSON.stringify(reply.body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

/** `per_page` (default 30, at most 100) and `page` slicing with GitHub's `Link` header. */
function paginate(call: Call, items: unknown[], cap = Number.POSITIVE_INFINITY): Reply {
  const capped = items.slice(0, cap);
  const perPage = Math.min(100, Math.max(1, Number(call.query.get("per_page") ?? 30) || 30));
  const page = Math.max(1, Number(call.query.get("page") ?? 1) || 1);
  const last = Math.max(1, Math.ceil(capped.length / perPage));
  const link = (n: number, rel: string): string => {
    const target = new URL(call.url);
    target.searchParams.set("per_page", String(perPage));
    target.searchParams.set("page", String(n));
    return `<${target.toString()}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(page - 1, "prev"));
  if (page < last) links.push(link(page + 1, "next"), link(last, "last"));
  if (page > 1) links.push(link(1, "first"));
  return {
    status: 200,
    body: capped.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(", ") } : {},
  };
}

type Handler = (sim: Simulator, repo: SimRepo | undefined, call: Call) => Reply;

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  handler: Handler;
}

function route(method: string, template: string, handler: Handler): Route {
  // `{path}` of the contents route, a tree's `{tree_sha}` (a ref name may hold slashes) and the `{ref}` of a git ref
  // (heads/main) span slashes; other parameters are one segment.
  const spans = (name: string) => name === "path" || name === "tree_sha" || (name === "ref" && template.includes("/git/ref/"));
  const source = template.replace(/\{(\w+)\}/g, (_, name: string) => (spans(name) ? `(?<${name}>.+)` : `(?<${name}>[^/]+)`));
  return { method, template, pattern: new RegExp(`^${source}$`), handler };
}

function matchRoute(method: string, pathname: string): { route: Route; params: Record<string, string> } | undefined {
  for (const candidate of ROUTES) {
    if (candidate.method !== method) continue;
    const found = candidate.pattern.exec(pathname);
    if (!found) continue;
    const params = Object.fromEntries(Object.entries(found.groups ?? {}).map(([key, value]) => [key, decodeURIComponent(value)]));
    return { route: candidate, params };
  }
  return undefined;
}

/** Runs `fn` with the repository and PR named in the path, or answers 404 like GitHub. */
function withPull(
  fn: (sim: Simulator, repo: SimRepo, pull: NonNullable<ReturnType<SimRepo["pulls"]["get"]>>, call: Call) => Reply,
): Handler {
  return (sim, repo, call) => {
    const pull = repo?.pulls.get(Number(call.params.pull_number ?? call.params.issue_number));
    return repo && pull ? fn(sim, repo, pull, call) : notFound();
  };
}

/** An issue or a pull request (they share numbers, and comments work on both), or 404. */
function withIssue(fn: (sim: Simulator, repo: SimRepo, number: number, call: Call) => Reply): Handler {
  return (sim, repo, call) => {
    const number = Number(call.params.issue_number);
    return repo && (repo.pulls.has(number) || repo.issues.has(number)) ? fn(sim, repo, number, call) : notFound();
  };
}

function withRepo(fn: (sim: Simulator, repo: SimRepo, call: Call) => Reply): Handler {
  return (sim, repo, call) => (repo ? fn(sim, repo, call) : notFound());
}

function appendAnnotations(run: SimCheckRun, output: unknown): Reply | undefined {
  const list = ((output as { annotations?: SimAnnotation[] } | undefined)?.annotations ?? []) as SimAnnotation[];
  for (const item of list) {
    // Documented: "Annotations only support start_column and end_column on the same line."
    if ((item.start_column !== undefined || item.end_column !== undefined) && item.start_line !== item.end_line) {
      return invalid("start_column and end_column are only allowed when start_line equals end_line", "CheckRun", "annotations");
    }
  }
  run.annotations.push(...list);
  if (list.length > 0) run.annotationBatches.push(list.length);
  return undefined;
}

function applyRun(run: SimCheckRun, body: Record<string, unknown>, at: string): void {
  if (typeof body.name === "string") run.name = body.name;
  if (typeof body.status === "string") run.status = body.status;
  if (typeof body.conclusion === "string") {
    run.conclusion = body.conclusion;
    run.status = "completed";
    run.completedAt = typeof body.completed_at === "string" ? body.completed_at : at;
  }
  if (typeof body.external_id === "string") run.externalId = body.external_id;
  if (typeof body.details_url === "string") run.detailsUrl = body.details_url;
  const output = body.output as { title?: string; summary?: string; text?: string } | undefined;
  if (output) {
    run.output = {
      title: output.title ?? run.output.title,
      summary: output.summary ?? run.output.summary,
      text: output.text ?? run.output.text,
    };
  }
}

/** What a publishing run reads and writes: the default branch's tree and history, the pause issue, the ledger branch. */
const PUBLISHING_ROUTES: Route[] = [
  route(
    "GET",
    "/repos/{owner}/{repo}",
    withRepo((_, repo) => ({ status: 200, body: shape.fullRepository(repo) })),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/git/ref/{ref}",
    withRepo((_, repo, call) => {
      const name = /^heads\/(.+)$/.exec(call.params.ref ?? "")?.[1];
      const sha = name === undefined ? undefined : repo.branches.get(name);
      return name !== undefined && sha ? { status: 200, body: shape.gitRef(repo, name, sha) } : notFound();
    }),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/commits",
    withRepo((_, repo, call) => {
      const from = call.query.get("sha") ?? repo.defaultBranch;
      const path = call.query.get("path");
      if (!repo.resolve(from)) return notFound();
      if (path === null) return invalid("the simulator lists commits by path only", "Commit", "path");
      const found = repo.lastCommitChanging(path, repo.branches.get(from) ?? from);
      // Only the newest is simulated: callers ask for per_page=1.
      return paginate(call, found ? [shape.commitItem(repo, found)] : []);
    }),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/issues",
    withRepo((_, repo, call) => {
      const state = call.query.get("state") ?? "open";
      const labels = (call.query.get("labels") ?? "").split(",").filter(Boolean);
      const since = call.query.get("since");
      const issues = [...repo.issues.values()].filter(
        (item) =>
          (state === "all" || item.state === state) &&
          labels.every((label) => item.labels.includes(label)) &&
          (!since || Date.parse(item.updatedAt ?? item.createdAt) >= Date.parse(since)),
      );
      return paginate(
        call,
        issues.map((item) => shape.issue(repo, item)),
      );
    }),
  ),
  route(
    "POST",
    "/repos/{owner}/{repo}/issues",
    withRepo((sim, repo, call) => {
      const item = repo.openIssue({
        user: call.user,
        title: String(call.body.title),
        body: (call.body.body as string | undefined) ?? null,
        labels: ((call.body.labels as unknown[] | undefined) ?? []).map(String),
        // As GitHub does: assignees who cannot be assigned are dropped without a word.
        assignees: ((call.body.assignees as unknown[] | undefined) ?? [])
          .map(String)
          .filter((login) => repo.assignable.has(login.toLowerCase()))
          .flatMap((login) => sim.users.get(login.toLowerCase()) ?? []),
      });
      return { status: 201, body: shape.issue(repo, item) };
    }),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/assignees/{assignee}",
    withRepo((_, repo, call) => (repo.assignable.has((call.params.assignee ?? "").toLowerCase()) ? { status: 204 } : notFound())),
  ),
  route(
    "POST",
    "/repos/{owner}/{repo}/issues/{issue_number}/labels",
    withIssue((_, repo, number, call) => {
      const item = repo.issues.get(number);
      if (!item) return notFound();
      for (const label of ((call.body.labels as unknown[] | undefined) ?? []).map(String))
        if (!item.labels.includes(label)) item.labels.push(label);
      item.updatedAt = repo.stamp().at;
      return { status: 200, body: shape.issue(repo, item).labels };
    }),
  ),
  route(
    "PUT",
    "/repos/{owner}/{repo}/contents/{path}",
    withRepo((_, repo, call) => {
      const branchName = (call.body.branch as string | undefined) ?? repo.defaultBranch;
      const tip = repo.resolve(branchName);
      if (!tip) return { status: 404, body: { message: `Branch ${branchName} not found`, documentation_url: DOCS } };
      const path = call.params.path ?? "";
      const current = tip.files.get(path);
      const sha = call.body.sha as string | undefined;
      // GitHub's compare-and-swap: replacing needs the current blob sha; creating must not meet an existing file.
      if (current !== undefined && sha === undefined) return invalid('"sha" wasn\'t supplied.', "Contents", "sha");
      if (current !== undefined && sha !== blobSha(current))
        return { status: 409, body: { message: `${path} does not match ${sha}`, documentation_url: DOCS } };
      if (current === undefined && sha !== undefined)
        return { status: 409, body: { message: `${path} does not match ${sha}`, documentation_url: DOCS } };
      const text = Buffer.from(String(call.body.content), "base64").toString("utf8");
      const commitSha = repo.push(branchName, { [path]: text }, String(call.body.message));
      const commit = repo.resolve(commitSha);
      if (!commit) return notFound();
      return { status: current === undefined ? 201 : 200, body: shape.fileCommit(repo, branchName, path, text, commit) };
    }),
  ),
  route(
    "POST",
    "/repos/{owner}/{repo}/git/trees",
    withRepo((_, repo, call) => {
      const items = (call.body.tree as { path: string; content?: string }[] | undefined) ?? [];
      const files = Object.fromEntries(items.map((item) => [item.path, item.content ?? ""]));
      const staged = repo.stageTree(files);
      return { status: 201, body: shape.createdTree(repo, staged, undefined) };
    }),
  ),
  route(
    "POST",
    "/repos/{owner}/{repo}/git/commits",
    withRepo((_, repo, call) => {
      const files = repo.stagedTree(String(call.body.tree));
      if (!files) return invalid("Tree SHA does not exist", "Commit", "tree");
      const parents = ((call.body.parents as string[] | undefined) ?? []).map(String);
      const sha = repo.commit(Object.fromEntries(files), { parents, message: String(call.body.message) });
      const commit = repo.resolve(sha);
      return commit ? { status: 201, body: shape.gitCommit(repo, commit) } : notFound();
    }),
  ),
  route(
    "POST",
    "/repos/{owner}/{repo}/git/refs",
    withRepo((_, repo, call) => {
      const ref = String(call.body.ref);
      const sha = String(call.body.sha);
      const name = /^refs\/heads\/(.+)$/.exec(ref)?.[1];
      if (!name) return invalid("the simulator creates branches only (refs/heads/…)", "Reference", "ref");
      if (repo.branches.has(name)) return invalid("Reference already exists", "Reference", "ref");
      if (!repo.resolve(sha)) return invalid("Object does not exist", "Reference", "sha");
      repo.branches.set(name, sha);
      return { status: 201, body: shape.gitRef(repo, name, sha) };
    }),
  ),
];

const ROUTES: Route[] = [
  route(
    "GET",
    "/repos/{owner}/{repo}/pulls/{pull_number}",
    withPull((_, repo, pull) => ({ status: 200, body: shape.pullRequest(repo, pull) })),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/pulls/{pull_number}/files",
    withPull((_, repo, pull, call) => {
      const files = repo.changedFiles(pull).map((file: ChangedFile) => shape.diffEntry(repo, pull, file));
      // GitHub lists at most 3000 files of a pull request.
      return paginate(call, files, 3000);
    }),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
    withPull((_, repo, pull, call) =>
      paginate(
        call,
        pull.reviews.filter((item) => item.state !== "PENDING").map((item) => shape.review(repo, pull, item)),
      ),
    ),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/pulls/{pull_number}/commits",
    withPull((_, repo, pull, call) => {
      const commits = pull.commitShas.map((sha) => shape.commit(repo, pull, sha, repo.resolveAnywhere(sha)));
      // GitHub lists at most 250 commits of a pull request.
      return paginate(call, commits, 250);
    }),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/issues/{issue_number}/timeline",
    withPull((_, repo, pull, call) =>
      paginate(
        call,
        pull.events.map((item) => shape.timelineEvent(repo, item)),
      ),
    ),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/pulls",
    withRepo((_, repo, call) => {
      const state = call.query.get("state") ?? "open";
      const pulls = [...repo.pulls.values()].filter((pull) => state === "all" || pull.state === state);
      return paginate(
        call,
        pulls.map((pull) => shape.pullRequest(repo, pull, true)),
      );
    }),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    withRepo((_, repo, call) => {
      if (repo.pullsLag > 0) {
        repo.pullsLag -= 1;
        return paginate(call, []);
      }
      const pulls = repo.pullsOfCommit(call.params.commit_sha ?? "");
      return paginate(
        call,
        pulls.map((pull) => shape.pullRequest(repo, pull, true)),
      );
    }),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/contents/{path}",
    withRepo((_, repo, call) => {
      const ref = call.query.get("ref") ?? undefined;
      const commit = repo.resolve(ref);
      const path = call.params.path ?? "";
      const text = commit?.files.get(path);
      if (!commit || text === undefined) return notFound();
      const at = ref ?? repo.defaultBranch;
      const target = symlinkTarget(text);
      if (target === undefined) return { status: 200, body: shape.contentFile(repo, path, at, text, blobSha(text)) };
      // GitHub answers a symlink to a file of the repository with that file (its own `path`), any other with the link.
      const resolved = posix.normalize(posix.join(posix.dirname(path), target));
      const linked = commit.files.get(resolved);
      if (linked !== undefined && symlinkTarget(linked) === undefined) {
        return { status: 200, body: shape.contentFile(repo, resolved, at, linked, blobSha(linked)) };
      }
      return { status: 200, body: shape.contentSymlink(repo, path, at, target) };
    }),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/git/trees/{tree_sha}",
    withRepo((sim, repo, call) => {
      // Only commits (and branches) are resolved: checkpost asks for the tree of a pull request's base and head.
      const commit = repo.resolveAnywhere(repo.branches.get(call.params.tree_sha ?? "") ?? call.params.tree_sha ?? "");
      if (!commit) return notFound();
      const recursive = call.query.has("recursive");
      // A repository's own limit (set by a test) wins over the simulator's.
      return { status: 200, body: shape.gitTree(repo, commit, recursive, repo.treeLimit ?? sim.treeLimit) };
    }),
  ),
  route("GET", "/users/{username}", (sim, _, call) => {
    const user = sim.users.get((call.params.username ?? "").toLowerCase());
    return user ? { status: 200, body: shape.publicUser(user) } : notFound();
  }),
  route(
    "POST",
    "/repos/{owner}/{repo}/statuses/{sha}",
    withRepo((_, repo, call) => {
      const sha = call.params.sha ?? "";
      if (!repo.resolve(sha)) return invalid(`No commit found for SHA: ${sha}`, "Status", "sha");
      const description = (call.body.description as string | null | undefined) ?? null;
      if (description !== null && description.length > 140) {
        return invalid("description is too long (maximum is 140 characters)", "Status", "description");
      }
      const { id, at } = repo.stamp();
      const item = {
        id,
        sha,
        state: call.body.state as "success",
        context: (call.body.context as string | undefined) ?? "default",
        description,
        targetUrl: (call.body.target_url as string | null | undefined) ?? null,
        creator: call.user,
        createdAt: at,
      };
      repo.statusList.push(item);
      return { status: 201, body: shape.status(repo, item) };
    }),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/commits/{ref}/check-runs",
    withRepo((_, repo, call) => {
      const sha = repo.branches.get(call.params.ref ?? "") ?? call.params.ref;
      const name = call.query.get("check_name");
      const runs = repo
        .checkRuns(sha)
        .filter((run) => name === null || run.name === name)
        .reverse();
      const page = paginate(
        call,
        runs.map((run) => shape.checkRun(repo, run)),
      );
      return { ...page, body: { total_count: runs.length, check_runs: page.body } };
    }),
  ),
  route(
    "POST",
    "/repos/{owner}/{repo}/check-runs",
    withRepo((_, repo, call) => {
      const headSha = String(call.body.head_sha);
      if (!repo.resolve(headSha)) return invalid(`No commit found for SHA: ${headSha}`, "CheckRun", "head_sha");
      const { id, at } = repo.stamp();
      const run: SimCheckRun = {
        id,
        name: String(call.body.name),
        headSha,
        status: "queued",
        conclusion: null,
        externalId: null,
        detailsUrl: null,
        startedAt: at,
        completedAt: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        annotationBatches: [],
      };
      applyRun(run, call.body, at);
      const problem = appendAnnotations(run, call.body.output);
      if (problem) return problem;
      repo.checkRunList.push(run);
      return { status: 201, body: shape.checkRun(repo, run) };
    }),
  ),
  route(
    "PATCH",
    "/repos/{owner}/{repo}/check-runs/{check_run_id}",
    withRepo((_, repo, call) => {
      const run = repo.checkRunList.find((item) => item.id === Number(call.params.check_run_id));
      if (!run) return notFound();
      const problem = appendAnnotations(run, call.body.output);
      if (problem) return problem;
      applyRun(run, call.body, repo.stamp().at);
      return { status: 200, body: shape.checkRun(repo, run) };
    }),
  ),
  route(
    "GET",
    "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    withIssue((_, repo, number, call) =>
      paginate(
        call,
        repo.comments(number).map((item) => shape.comment(repo, item)),
      ),
    ),
  ),
  route(
    "POST",
    "/repos/{owner}/{repo}/issues/{issue_number}/comments",
    withIssue((_, repo, number, call) => {
      const { id, at } = repo.stamp();
      const item = { id, issueNumber: number, user: call.user, body: String(call.body.body), createdAt: at, updatedAt: at };
      repo.commentList.push(item);
      return { status: 201, body: shape.comment(repo, item) };
    }),
  ),
  route(
    "PATCH",
    "/repos/{owner}/{repo}/issues/comments/{comment_id}",
    withRepo((_, repo, call) => {
      const item = repo.commentList.find((found) => found.id === Number(call.params.comment_id));
      if (!item) return notFound();
      item.body = String(call.body.body);
      item.updatedAt = repo.stamp().at;
      return { status: 200, body: shape.comment(repo, item) };
    }),
  ),
  ...PUBLISHING_ROUTES,
];

export async function startSimulator(): Promise<Simulator> {
  const sim = new Simulator();
  await sim.listen();
  return sim;
}
