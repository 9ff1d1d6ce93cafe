/**
 * Issue 4's scenarios, end to end: the bundled Action, as a child process, against the GitHub simulator, in a real
 * git checkout. Skipped until action/dist/index.js is committed.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APPROVAL_CONTEXT as APPROVAL } from "../../src/approval/approval-status.js";
import { type Simulator, startSimulator } from "../github-sim/server.js";
import type { SimRepo, SimUser } from "../github-sim/state.js";
import { patch } from "../helpers/patch.js";
import { pullRequestEvent, pullRequestReviewEvent, workflowRunEvent } from "../payloads/index.js";
import { type ContentPull, contentPull, exampleConfig, exampleContactIds, post, pushCommit } from "./content-repo.js";
import { BUNDLE, runAction } from "./harness.js";

const MARKER = "<!-- checkpost:preview -->";
const STATUS_ROUTE = "/repos/{owner}/{repo}/statuses/{sha}";
const COMMENTS_ROUTE = "/repos/{owner}/{repo}/issues/{issue_number}/comments";
const CHECK_RUNS_ROUTE = "/repos/{owner}/{repo}/check-runs";

const CLEAN_ACME = post("acme", "Trail maps", "Fresh trail maps are ready for the weekend. Stop by the shop and pick one up.");
const CLEAN_NORTHWIND = post("northwind", "Fresh bread", "Fresh bread is ready every morning at seven. Come early for the best choice.");

let sim: Simulator;
let repo: SimRepo;
let sam: SimUser;
let jane: SimUser;
let ola: SimUser;
let kim: SimUser;
let content: ContentPull | undefined;

beforeEach(async () => {
  sim = await startSimulator();
  repo = sim.createRepo(sim.addUser("fieldnote"), "content");
  sam = sim.addUser("sam-fieldnote");
  const ids = exampleContactIds();
  jane = sim.addUser("jane-acme", "User", ids["jane-acme"]);
  ola = sim.addUser("ola-northwind", "User", ids["ola-northwind"]);
  kim = sim.addUser("kim-fieldnote");
});

afterEach(async () => {
  content?.cleanup();
  content = undefined;
  await sim.close();
});

function open(head: Record<string, string>, author: SimUser = sam, base: Record<string, string> = exampleConfig()): ContentPull {
  content = contentPull(repo, { base, head: { ...base, ...head }, author, title: "Winter posts" });
  return content;
}

async function onPullRequest(c: ContentPull, node: "20" | "24" = "20", action: "opened" | "synchronize" = "opened") {
  return runAction({
    sim,
    repo,
    event: "pull_request",
    payload: pullRequestEvent(action, repo, c.pull),
    workspace: c.workspace,
    sha: c.pull.headSha,
    node,
  });
}

async function onReview(
  c: ContentPull,
  review: Parameters<typeof pullRequestReviewEvent>[3],
  action: "submitted" | "dismissed" = "submitted",
) {
  return runAction({
    sim,
    repo,
    event: "pull_request_review",
    payload: pullRequestReviewEvent(action, repo, c.pull, review),
    workspace: c.workspace,
    sha: c.pull.headSha,
  });
}

function approval(c: ContentPull) {
  return repo.latestStatus(c.pull.headSha, APPROVAL);
}

/** What every run must leave behind: no schema violations, no stack trace. */
function expectCleanRun(result: { stderr: string; stdout: string }) {
  expect(sim.violations).toEqual([]);
  expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
}

// The bundle is committed: a missing one is a failure, never a silently skipped suite.
it("the committed bundle exists", () => {
  expect(existsSync(BUNDLE)).toBe(true);
});

// The runner has no node_modules: anything the bundle leaves to require() at run time must be part of Node.
it("the bundle requires nothing at run time but Node's own modules", () => {
  const dist = dirname(BUNDLE);
  const required = readdirSync(dist)
    .filter((name) => name.endsWith(".js"))
    .flatMap((name) => {
      const code = readFileSync(join(dist, name), "utf8");
      // createRequire(import.meta.url)("x"), and require functions kept in a variable: `const r = …createRequire)(import.meta.url);`.
      const names = [...code.matchAll(/(\w+) = [\w.(),]*createRequire\)?\(import\.meta\.url\);/g)].map((m) => m[1] as string);
      const calls = [/[Rr]equire\)?\(import\.meta\.url\)\("([^"]+)"\)/g, ...names.map((n) => new RegExp(`\\b${n}\\("([^"]+)"\\)`, "g"))];
      return calls.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1] as string));
    });
  expect(required.length).toBeGreaterThan(0);
  expect([...new Set(required.filter((name) => !isBuiltin(name)))]).toEqual([]);
});

describe("the Action on pull requests, end to end", () => {
  describe.each(["20", "24"] as const)("on Node %s", (node) => {
    it("clean post, contact approved at head, second approver → success, one check run, one comment", async () => {
      const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
      repo.addReview(c.pull.number, { user: jane, state: "APPROVED" });
      repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
      const result = await onPullRequest(c, node);
      expectCleanRun(result);
      expect(result.code).toBe(0);
      expect(approval(c)?.state).toBe("success");
      expect(repo.checkRuns(c.pull.headSha).map((run) => [run.name, run.status, run.conclusion])).toEqual([
        ["checkpost", "completed", "success"],
      ]);
      const comments = repo.comments(c.pull.number);
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain(MARKER);
      expect(comments[0]?.body).toContain("Fresh trail maps are ready for the weekend.");
      expect(result.outputs.approval).toBe("success");
      expect(result.outputs.errors).toBe("0");
      expect(result.summary).not.toBe("");
    });

    it("a post with a spelling error → check run failure with an annotation at the right line, exit 1", async () => {
      // Line 8 of the file: front-matter is lines 1-7.
      const c = open({ "posts/acme/2026-12-01-trail-maps.md": post("acme", "Trail maps", "Fresh trail maps are redy for the weekend.") });
      const result = await onPullRequest(c, node);
      expectCleanRun(result);
      expect(result.code).toBe(1);
      const [run] = repo.checkRuns(c.pull.headSha);
      expect(run?.conclusion).toBe("failure");
      const spelling = run?.annotations.filter((a) => a.message.includes("redy")) ?? [];
      expect(spelling.map((a) => [a.path, a.start_line, a.end_line, a.annotation_level])).toEqual([
        ["posts/acme/2026-12-01-trail-maps.md", 8, 8, "failure"],
      ]);
      expect(spelling[0]?.start_column).toBe(22);
    });

    it("an X channel and front-matter only the yaml library reads → both libraries load inside the bundle", async () => {
      // twitter-text and yaml are loaded on first use: this proves the bundle carries them.
      const base = exampleConfig();
      base["checkpost.yml"] = patch(
        base["checkpost.yml"] as string,
        "    channels:\n      acme-bluesky:",
        '    channels:\n      acme-x:\n        type: x\n        handle: "@acme_x"\n        secret_env: ACME_X\n      acme-bluesky:',
      );
      const long = "Fresh trail maps are ready for the weekend. ".repeat(8).trim();
      // An escape in a double-quoted title is outside the plain subset: yaml reads this front-matter.
      const text = patch(
        patch(post("acme", "Trail maps", long), "channels: [acme-bluesky, acme-mastodon]", "channels: [acme-x]"),
        "title: Trail maps",
        'title: "Trail\\tmaps"',
      );
      const c = open({ "posts/acme/2026-12-01-trail-maps.md": text }, sam, base);
      const result = await onPullRequest(c, node);
      expectCleanRun(result);
      expect(result.code).toBe(1);
      const [run] = repo.checkRuns(c.pull.headSha);
      expect(run?.annotations.map((a) => a.message)).toEqual([
        `${long.length}/280 weighted characters for acme-x: ${long.length - 280} over; shorten the body or add variants.acme-x`,
      ]);
    });

    it("403 on writing the status (fork token) → a clear warning, exit 0, the report in the job summary", async () => {
      const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
      sim.readOnly = true;
      const result = await onPullRequest(c, node);
      expectCleanRun(result);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/::warning::.*(read-only|Resource not accessible by integration)/);
      expect(result.summary).toContain("posts/acme/2026-12-01-trail-maps.md");
      expect(repo.statuses(c.pull.headSha)).toEqual([]);
    });
  });

  it("contact approved an older commit → pending, waiting for the contact", async () => {
    const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
    repo.addReview(c.pull.number, { user: jane, state: "APPROVED" });
    repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    pushCommit(repo, c, { "posts/acme/2026-12-01-trail-maps.md": patch(CLEAN_ACME, "weekend", "holidays") });
    const result = await onPullRequest(c, "20", "synchronize");
    expectCleanRun(result);
    expect(result.code).toBe(0);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("waiting for @jane-acme (acme)");
  });

  it("someone else approved → pending, naming who is awaited", async () => {
    const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
    repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    const result = await onPullRequest(c);
    expectCleanRun(result);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("waiting for @jane-acme (acme)");
    expect(approval(c)?.description?.length).toBeLessThanOrEqual(140);
  });

  it("contact approved, then COMMENTED → still success (on the review event)", async () => {
    const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
    repo.addReview(c.pull.number, { user: jane, state: "APPROVED" });
    repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    const comment = repo.addReview(c.pull.number, { user: jane, state: "COMMENTED", body: "Looks good, one thought for next time." });
    const result = await onReview(c, comment);
    expectCleanRun(result);
    expect(result.code).toBe(0);
    expect(approval(c)?.state).toBe("success");
  });

  it("contact approved, then the approval was dismissed → pending", async () => {
    const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
    const approved = repo.addReview(c.pull.number, { user: jane, state: "APPROVED" });
    repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    const dismissed = repo.dismissReview(c.pull.number, approved.id);
    const result = await onReview(c, dismissed, "dismissed");
    expectCleanRun(result);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("waiting for @jane-acme (acme)");
  });

  it("contact requested changes → failure, and the step still succeeds", async () => {
    const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
    repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    const changes = repo.addReview(c.pull.number, { user: jane, state: "CHANGES_REQUESTED", body: "Not this week." });
    const result = await onReview(c, changes);
    expectCleanRun(result);
    expect(result.code).toBe(0);
    expect(approval(c)?.state).toBe("failure");
    expect(approval(c)?.description).toContain("jane-acme");
  });

  it("the PR edits checkpost.yml to make its author the contact → the gate is unchanged (config read from base)", async () => {
    const base = exampleConfig();
    const hijacked = patch(base["checkpost.yml"] ?? "", "contact: jane-acme", "contact: sam-fieldnote");
    expect(hijacked).not.toBe(base["checkpost.yml"]);
    const c = open({ "checkpost.yml": hijacked, "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
    repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    const result = await onPullRequest(c);
    expectCleanRun(result);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("waiting for @jane-acme (acme)");
    // The base config was read from the base sha; the PR's config only from the head (to validate it).
    const configReads = sim.requestsTo("GET", "/repos/{owner}/{repo}/contents/{path}").filter((r) => r.path.endsWith("/checkpost.yml"));
    expect(configReads.map((r) => r.query.ref)).toContain(c.pull.baseSha);
  });

  it("a PR touching two clients needs both contacts", async () => {
    const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME, "posts/northwind/2026-12-02-fresh-bread.md": CLEAN_NORTHWIND });
    repo.addReview(c.pull.number, { user: jane, state: "APPROVED" });
    repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    await onPullRequest(c);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("@ola-northwind (northwind)");
    expect(approval(c)?.description).not.toContain("jane-acme");

    const review = repo.addReview(c.pull.number, { user: ola, state: "APPROVED" });
    const result = await onReview(c, review);
    expectCleanRun(result);
    expect(approval(c)?.state).toBe("success");
  });

  it("the contact authored the PR → another approver is needed", async () => {
    const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME }, jane);
    await onPullRequest(c);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("@jane-acme");

    const review = repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    const result = await onReview(c, review);
    expectCleanRun(result);
    expect(approval(c)?.state).toBe("success");
  });

  it("contacts are matched by user id: a renamed contact's approval still counts", async () => {
    const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
    // The reviewer's login differs in case from the config's `jane-acme`; the id is the same.
    sim.renameUser(jane, "Jane-Acme");
    repo.addReview(c.pull.number, { user: jane, state: "APPROVED" });
    repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    await onPullRequest(c);
    expect(approval(c)?.state).toBe("success");
  });

  it("120 changed posts → annotations in batches of at most 50, still one comment and one check run", async () => {
    const posts: Record<string, string> = {};
    for (let i = 0; i < 120; i++) {
      const name = `posts/acme/2026-12-01-post-${String(i).padStart(3, "0")}.md`;
      posts[name] = post("acme", `Post ${i}`, "Fresh trail maps are redy for the weekend.");
    }
    const c = open(posts);
    const result = await onPullRequest(c);
    expectCleanRun(result);
    expect(result.code).toBe(1);
    const runs = repo.checkRuns(c.pull.headSha);
    expect(runs).toHaveLength(1);
    const batches = runs[0]?.annotationBatches ?? [];
    expect(Math.max(...batches)).toBeLessThanOrEqual(50);
    expect(batches.reduce((a, b) => a + b, 0)).toBe(runs[0]?.annotations.length);
    expect(runs[0]?.annotations.filter((a) => a.message.includes("redy"))).toHaveLength(120);
    expect(repo.comments(c.pull.number)).toHaveLength(1);
    // The files list is paginated: 120 posts + nothing else changed = 2 pages of 100.
    expect(sim.requestsTo("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/files")).toHaveLength(2);
  });

  it("the same event run twice → no duplicate comment or check run", async () => {
    const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
    await onPullRequest(c);
    const second = await onPullRequest(c);
    expectCleanRun(second);
    expect(repo.comments(c.pull.number)).toHaveLength(1);
    expect(repo.checkRuns(c.pull.headSha)).toHaveLength(1);
    expect(sim.requestsTo("POST", COMMENTS_ROUTE)).toHaveLength(1);
    expect(sim.requestsTo("POST", CHECK_RUNS_ROUTE)).toHaveLength(1);
  });

  it("a 502 on the comment POST (applied before failing), then a re-run → still one comment", async () => {
    const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
    sim.failAfterApplying({ method: "POST", route: COMMENTS_ROUTE });
    const first = await onPullRequest(c);
    expect(first.stdout + first.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    const rerun = await onPullRequest(c);
    expectCleanRun(rerun);
    expect(repo.comments(c.pull.number)).toHaveLength(1);
    expect(repo.comments(c.pull.number)[0]?.body).toContain(MARKER);
  });

  it("a secondary rate limit with retry-after on the status is waited out", async () => {
    const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
    sim.failNext({ method: "POST", route: STATUS_ROUTE, status: 403, retryAfter: 1 });
    const result = await onPullRequest(c);
    expectCleanRun(result);
    expect(sim.requestsTo("POST", STATUS_ROUTE).map((r) => r.status)).toEqual([403, 201]);
    expect(approval(c)?.state).toBe("pending");
  });

  it("workflow_run for a fork PR (pull_requests is empty) → head_sha mapped to the PR, status written", async () => {
    const c = open({ "posts/acme/2026-12-01-trail-maps.md": CLEAN_ACME });
    repo.addReview(c.pull.number, { user: jane, state: "APPROVED" });
    repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    const payload = workflowRunEvent(repo, c.pull, { fork: true });
    const result = await runAction({ sim, repo, event: "workflow_run", payload, workspace: c.workspace, sha: c.pull.baseSha });
    expectCleanRun(result);
    expect(result.code).toBe(0);
    expect(approval(c)?.state).toBe("success");
  });
});
