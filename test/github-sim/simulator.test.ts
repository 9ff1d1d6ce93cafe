import { Octokit } from "@octokit/rest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APPROVAL_CONTEXT } from "../../src/approval/approval-status.js";
import { operation } from "./openapi.js";
import { type Simulator, startSimulator } from "./server.js";
import type { SimRepo, SimUser } from "./state.js";

let sim: Simulator;
let repo: SimRepo;
let sam: SimUser;
let jane: SimUser;
let octokit: Octokit;

beforeEach(async () => {
  sim = await startSimulator();
  const owner = sim.addUser("fieldnote", "User");
  sam = sim.addUser("sam-fieldnote");
  jane = sim.addUser("jane-acme");
  repo = sim.createRepo(owner, "content");
  octokit = new Octokit({ auth: sim.token, baseUrl: sim.url });
});

afterEach(async () => {
  await sim.close();
});

function openPull(files: Record<string, string>, base: Record<string, string> = { "checkpost.yml": "posts: posts/**/*.md\n" }) {
  const baseSha = repo.commit(base, { branch: "main" });
  const headSha = repo.commit({ ...base, ...files });
  return repo.openPull({ author: sam, base: baseSha, head: headSha, headRef: "winter" });
}

const where = { owner: "fieldnote", repo: "content" };

describe("the OpenAPI validator", () => {
  it("catches a status body with a state GitHub does not accept", () => {
    const op = operation("POST", "/repos/{owner}/{repo}/statuses/{sha}");
    expect(op.request({ state: "ok", context: APPROVAL_CONTEXT })).toEqual(["/state must be equal to one of the allowed values"]);
    expect(op.request({ state: "success", context: APPROVAL_CONTEXT, description: null })).toEqual([]);
  });

  it("catches a response missing a required field", () => {
    const op = operation("GET", "/users/{username}");
    const problems = op.response(200, { login: "jane-acme" });
    expect(problems).toContain("(root) must have required property 'id'");
  });

  it("answers 500 and records a violation when the client sends a malformed body", async () => {
    const pull = openPull({ "posts/a.md": "x" });
    const error = await octokit
      .request("POST /repos/{owner}/{repo}/statuses/{sha}", { ...where, sha: pull.headSha, state: "ok" as "success" })
      .catch((e: { status: number }) => e);
    expect((error as { status: number }).status).toBe(500);
    expect(sim.violations).toEqual([
      "POST /repos/{owner}/{repo}/statuses/{sha} request body violates repos/create-commit-status: /state must be equal to one of the allowed values",
    ]);
    expect(repo.statuses(pull.headSha)).toEqual([]);
  });
});

describe("routes", () => {
  it("serves a pull request, its files, contents and users with responses GitHub's description accepts", async () => {
    const pull = openPull({ "posts/acme/a.md": "héllo\n", "posts/acme/b.md": "b\n" });
    const { data: pr } = await octokit.rest.pulls.get({ ...where, pull_number: pull.number });
    expect([pr.number, pr.user.login, pr.head.sha, pr.base.sha, pr.head.ref, pr.base.repo.full_name]).toEqual([
      1,
      "sam-fieldnote",
      pull.headSha,
      pull.baseSha,
      "winter",
      "fieldnote/content",
    ]);
    const { data: files } = await octokit.rest.pulls.listFiles({ ...where, pull_number: 1 });
    expect(files.map((f) => [f.filename, f.status])).toEqual([
      ["posts/acme/a.md", "added"],
      ["posts/acme/b.md", "added"],
    ]);
    const { data: content } = await octokit.rest.repos.getContent({ ...where, path: "posts/acme/a.md", ref: pull.headSha });
    expect(Buffer.from((content as { content: string }).content, "base64").toString("utf8")).toBe("héllo\n");
    const missing = await octokit.rest.repos.getContent({ ...where, path: "posts/acme/a.md", ref: pull.baseSha }).catch((e) => e);
    expect([missing.status, missing.response.data]).toEqual([
      404,
      { message: "Not Found", documentation_url: "https://docs.github.com/rest" },
    ]);
    const { data: user } = await octokit.rest.users.getByUsername({ username: "JANE-ACME" });
    expect([user.login, user.id]).toEqual(["jane-acme", jane.id]);
    expect(sim.violations).toEqual([]);
  });

  it("detects renames and removals between base and head", () => {
    const baseSha = repo.commit({ "posts/old.md": "same\n", "posts/gone.md": "bye\n", "posts/edit.md": "1\n" }, { branch: "main" });
    const headSha = repo.commit({ "posts/new.md": "same\n", "posts/edit.md": "2\n" });
    const pull = repo.openPull({ author: sam, base: baseSha, head: headSha });
    expect(repo.changedFiles(pull).map((f) => [f.filename, f.status, f.previous_filename])).toEqual([
      ["posts/edit.md", "modified", undefined],
      ["posts/gone.md", "removed", undefined],
      ["posts/new.md", "renamed", "posts/old.md"],
    ]);
  });

  it("paginates with Link headers and octokit.paginate reads every page", async () => {
    const files = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`posts/p${String(i).padStart(3, "0")}.md`, `${i}\n`]));
    const pull = openPull(files);
    const first = await octokit.rest.pulls.listFiles({ ...where, pull_number: pull.number, per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toBe(
      `<${sim.url}/repos/fieldnote/content/pulls/1/files?per_page=100&page=2>; rel="next", <${sim.url}/repos/fieldnote/content/pulls/1/files?per_page=100&page=3>; rel="last"`,
    );
    const all = await octokit.paginate(octokit.rest.pulls.listFiles, { ...where, pull_number: pull.number, per_page: 100 });
    expect(all).toHaveLength(250);
    expect(sim.requestsTo("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/files")).toHaveLength(4);
  });

  it("lists reviews oldest first, keeping dismissed ones with state DISMISSED", async () => {
    const pull = openPull({ "posts/a.md": "a\n" });
    const approval = repo.addReview(pull.number, { user: jane, state: "APPROVED" });
    repo.addReview(pull.number, { user: sam, state: "COMMENTED", commitId: null });
    repo.dismissReview(pull.number, approval.id);
    const { data } = await octokit.rest.pulls.listReviews({ ...where, pull_number: pull.number });
    expect(data.map((r) => [r.user?.login, r.state, r.commit_id, r.submitted_at])).toEqual([
      ["jane-acme", "DISMISSED", pull.headSha, "2026-11-20T10:00:01Z"],
      ["sam-fieldnote", "COMMENTED", null, "2026-11-20T10:00:02Z"],
    ]);
  });

  it("lists a pull request's commits with the accounts behind them and their verification", async () => {
    const pull = openPull({ "posts/a.md": "a\n" });
    const first = pull.headSha;
    const pushed = repo.commit(
      { "checkpost.yml": "posts: posts/**/*.md\n", "posts/a.md": "b\n" },
      { author: jane, committer: null, verified: false },
    );
    repo.pushToPull(pull.number, pushed);
    const { data } = await octokit.rest.pulls.listCommits({ ...where, pull_number: pull.number });
    expect(data.map((c) => [c.sha, c.author?.login ?? null, c.committer?.login ?? null, c.commit.verification?.verified])).toEqual([
      [first, "sam-fieldnote", "sam-fieldnote", true],
      [pushed, "jane-acme", null, false],
    ]);
    const { data: pr } = await octokit.rest.pulls.get({ ...where, pull_number: pull.number });
    expect(pr.commits).toBe(2);
    expect(sim.violations).toEqual([]);
  });

  it("records a base branch change as a base_ref_changed timeline event", async () => {
    const pull = openPull({ "posts/a.md": "a\n" });
    repo.addReview(pull.number, { user: jane, state: "APPROVED" });
    repo.changeBase(pull.number, { ref: "release", sha: pull.baseSha, actor: sam });
    const { data } = await octokit.rest.issues.listEventsForTimeline({ ...where, issue_number: pull.number });
    expect(
      data.map((e) => [e.event, (e as { actor?: { login: string } }).actor?.login, (e as { created_at?: string }).created_at]),
    ).toEqual([["base_ref_changed", "sam-fieldnote", "2026-11-20T10:00:02Z"]]);
    const { data: pr } = await octokit.rest.pulls.get({ ...where, pull_number: pull.number });
    expect(pr.base.ref).toBe("release");
    expect(sim.violations).toEqual([]);
  });

  it("creates statuses (201) and rejects a description over 140 characters (422)", async () => {
    const pull = openPull({ "posts/a.md": "a\n" });
    const created = await octokit.rest.repos.createCommitStatus({
      ...where,
      sha: pull.headSha,
      state: "pending",
      context: APPROVAL_CONTEXT,
      description: "waiting for @jane-acme (acme)",
    });
    expect([created.status, created.data.creator?.login]).toEqual([201, "github-actions[bot]"]);
    const long = await octokit.rest.repos
      .createCommitStatus({ ...where, sha: pull.headSha, state: "pending", context: APPROVAL_CONTEXT, description: "x".repeat(141) })
      .catch((e) => e);
    expect([long.status, long.response.data.errors[0].message]).toEqual([422, "description is too long (maximum is 140 characters)"]);
    expect(repo.latestStatus(pull.headSha, APPROVAL_CONTEXT)?.description).toBe("waiting for @jane-acme (acme)");
  });

  it("appends check-run annotations across updates and finds the run by head sha and name", async () => {
    const pull = openPull({ "posts/a.md": "a\n" });
    const annotation = (line: number) => ({
      path: "posts/a.md",
      start_line: line,
      end_line: line,
      annotation_level: "failure" as const,
      message: `m${line}`,
    });
    const { data: run } = await octokit.rest.checks.create({
      ...where,
      name: "checkpost",
      head_sha: pull.headSha,
      status: "in_progress",
      output: { title: "t", summary: "s", annotations: [annotation(1), annotation(2)] },
    });
    await octokit.rest.checks.update({
      ...where,
      check_run_id: run.id,
      conclusion: "failure",
      output: { title: "t", summary: "s", annotations: [annotation(3)] },
    });
    const { data: found } = await octokit.rest.checks.listForRef({ ...where, ref: pull.headSha, check_name: "checkpost" });
    expect([found.total_count, found.check_runs[0]?.conclusion, found.check_runs[0]?.output.annotations_count]).toEqual([1, "failure", 3]);
    expect(repo.checkRuns()[0]?.annotationBatches).toEqual([2, 1]);
    const tooMany = await octokit.rest.checks
      .update({
        ...where,
        check_run_id: run.id,
        output: { title: "t", summary: "s", annotations: Array.from({ length: 51 }, (_, i) => annotation(i + 1)) },
      })
      .catch((e) => e);
    expect(tooMany.status).toBe(500);
    expect(sim.violations).toEqual([
      "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id} request body violates checks/update: /output/annotations must NOT have more than 50 items",
    ]);
  });

  it("requires authentication", async () => {
    const anonymous = new Octokit({ baseUrl: sim.url });
    const error = await anonymous.rest.users.getByUsername({ username: "jane-acme" }).catch((e) => e);
    expect([error.status, error.response.data.message]).toEqual([401, "Requires authentication"]);
    const wrong = new Octokit({ baseUrl: sim.url, auth: "ghs_wrong" });
    expect((await wrong.rest.users.getByUsername({ username: "jane-acme" }).catch((e) => e)).status).toBe(401);
  });

  it("records a request to a route it does not implement as a violation", async () => {
    await octokit.request("GET /repos/{owner}/{repo}/branches", where).catch(() => undefined);
    expect(sim.violations).toEqual(["GET /repos/fieldnote/content/branches: a route the simulator does not implement"]);
  });
});

describe("fault injection", () => {
  it("fails the next write with 403 'Resource not accessible by integration', then works again", async () => {
    const pull = openPull({ "posts/a.md": "a\n" });
    sim.failNext({ method: "POST", route: "/repos/{owner}/{repo}/statuses/{sha}", status: 403 });
    const status = { ...where, sha: pull.headSha, state: "success" as const, context: APPROVAL_CONTEXT };
    const error = await octokit.rest.repos.createCommitStatus(status).catch((e) => e);
    expect([error.status, error.response.data.message]).toEqual([403, "Resource not accessible by integration"]);
    expect(repo.statuses(pull.headSha)).toEqual([]);
    expect((await octokit.rest.repos.createCommitStatus(status)).status).toBe(201);
  });

  it("sends retry-after on a secondary rate limit", async () => {
    openPull({ "posts/a.md": "a\n" });
    sim.failNext({ method: "GET", route: "/repos/{owner}/{repo}/pulls/{pull_number}", status: 403, retryAfter: 7, times: 2 });
    for (let i = 0; i < 2; i++) {
      const error = await octokit.rest.pulls.get({ ...where, pull_number: 1 }).catch((e) => e);
      expect([error.status, error.response.headers["retry-after"]]).toEqual([403, "7"]);
    }
    expect((await octokit.rest.pulls.get({ ...where, pull_number: 1 })).status).toBe(200);
  });

  it("applies a comment and then answers 502: the duplicate-comment trap", async () => {
    const pull = openPull({ "posts/a.md": "a\n" });
    sim.failAfterApplying({ method: "POST", route: "/repos/{owner}/{repo}/issues/{issue_number}/comments" });
    const error = await octokit.rest.issues
      .createComment({ ...where, issue_number: pull.number, body: "<!-- checkpost:preview -->" })
      .catch((e) => e);
    expect(error.status).toBe(502);
    expect(repo.comments(pull.number).map((c) => c.body)).toEqual(["<!-- checkpost:preview -->"]);
    expect(sim.requestsTo("POST", "/repos/{owner}/{repo}/issues/{issue_number}/comments").map((r) => [r.status, r.fault])).toEqual([
      [502, "after"],
    ]);
  });

  it("makes every write 403 with a read-only (fork) token", async () => {
    const pull = openPull({ "posts/a.md": "a\n" });
    sim.readOnly = true;
    const error = await octokit.rest.issues.createComment({ ...where, issue_number: pull.number, body: "x" }).catch((e) => e);
    expect(error.status).toBe(403);
    expect((await octokit.rest.pulls.get({ ...where, pull_number: pull.number })).status).toBe(200);
  });
});
