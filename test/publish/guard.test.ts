import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOctokitApi } from "../../src/github/octokit-api.js";
import { type GuardResult, guardPost } from "../../src/publish/guard.js";
import { exampleConfig, exampleContactIds, post } from "../e2e/content-repo.js";
import { type Simulator, startSimulator } from "../github-sim/server.js";
import { blobSha, type SimRepo, type SimUser } from "../github-sim/state.js";

// The publish guard against the GitHub simulator: each way a post on main can lack an approval GitHub vouches for.
const PATH = "posts/acme/2026-12-02-trail-maps.md";
const CLEAN = post("acme", "Trail maps", "Fresh trail maps are ready for the weekend.");

let sim: Simulator;
let repo: SimRepo;
let sam: SimUser;
let jane: SimUser;
let kim: SimUser;
beforeEach(async () => {
  sim = await startSimulator();
  sam = sim.addUser("sam-fieldnote");
  // example-content pins its contacts' account ids (contact_id).
  jane = sim.addUser("jane-acme", "User", exampleContactIds()["jane-acme"]);
  kim = sim.addUser("kim-fieldnote");
  repo = sim.createRepo(sim.addUser("fieldnote"), "content");
});
afterEach(async () => {
  expect(sim.violations).toEqual([]);
  await sim.close();
});

/** main with the example config; a pull request adding `text` at PATH; returns its number (not merged yet). */
function propose(text = CLEAN) {
  const base = repo.commit(exampleConfig(), { branch: "main" });
  const head = repo.commit({ ...exampleConfig(), [PATH]: text }, { parents: [base] });
  return repo.openPull({ author: sam, base, head, title: "Trail maps" });
}

const approve = (number: number) => {
  repo.addReview(number, { user: jane, state: "APPROVED" });
  repo.addReview(number, { user: kim, state: "APPROVED" });
};

async function guard(options: { sleeps?: number[]; now?: Date } = {}): Promise<GuardResult> {
  const api = createOctokitApi({ token: sim.token, baseUrl: sim.url, owner: "fieldnote", repo: "content", retryDelayMs: 1 });
  const headSha = repo.branches.get("main") ?? "";
  const text = repo.resolve(headSha)?.files.get(PATH) ?? "";
  return guardPost({
    api,
    branch: "main",
    headSha,
    repoPath: PATH,
    blob: blobSha(text),
    configPath: "checkpost.yml",
    workspace: "/ws",
    retryDelaysMs: [10, 20],
    now: () => options.now ?? new Date(),
    sleep: async (ms) => {
      options.sleeps?.push(ms);
    },
  });
}

describe("the publish guard", () => {
  it("passes a post merged through an approved pull request, naming the pull request and who approved", async () => {
    const pull = propose();
    approve(pull.number);
    repo.mergePull(pull.number);
    const result = await guard();
    expect(result).toEqual({
      ok: true,
      pull: {
        number: pull.number,
        url: `https://github.com/fieldnote/content/pull/${pull.number}`,
        author: "sam-fieldnote",
        headSha: pull.headSha,
      },
      approvers: ["jane-acme", "kim-fieldnote"],
    });
  });

  it("passes a squash merge too, and asks again while GitHub lists no pull request for the commit yet", async () => {
    const pull = propose();
    approve(pull.number);
    const squash = repo.mergePull(pull.number, { method: "squash" });
    repo.pullsLag = 2;
    const sleeps: number[] = [];
    // A minute after the merge: GitHub's index may still lag.
    const now = new Date(Date.parse(repo.resolve(squash)?.date ?? "") + 60_000);
    const result = await guard({ sleeps, now });
    expect(result.ok).toBe(true);
    expect(sleeps).toEqual([10, 20]);
  });

  it("refuses a direct push: no merged pull request brought the post", async () => {
    repo.commit(exampleConfig(), { branch: "main" });
    repo.push("main", { [PATH]: CLEAN });
    const sleeps: number[] = [];
    const result = await guard({ sleeps });
    // A day-old push is not waited for: GitHub's index has caught up with it long ago.
    expect(sleeps).toEqual([]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("direct_push");
    expect(result.reason).toMatch(/no merged pull request into main brought \(a direct push\)/);
    expect(result.todo).toMatch(/Open a pull request that changes/);
    expect(result.commit).toBe(repo.branches.get("main"));
  });

  it("refuses a direct push that edits an approved post after its merge", async () => {
    const pull = propose();
    approve(pull.number);
    repo.mergePull(pull.number);
    repo.push("main", { [PATH]: CLEAN.replace("ready", "ready now") });
    const result = await guard();
    expect(result.ok ? "ok" : result.code).toBe("direct_push");
  });

  it("refuses content changed after approval: the merge commit's post is not the head commit's", async () => {
    const pull = propose();
    approve(pull.number);
    repo.mergePull(pull.number, { edit: { [PATH]: CLEAN.replace("ready", "free") } });
    const result = await guard();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("changed_after_approval");
    expect(result.reason).toContain(`is not the version reviewed in #${pull.number}`);
    expect(result.pull?.number).toBe(pull.number);
  });

  it("refuses a pull request merged without the contact's approval", async () => {
    const pull = propose();
    repo.addReview(pull.number, { user: kim, state: "APPROVED" });
    repo.mergePull(pull.number);
    const result = await guard();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("not_approved");
    expect(result.reason).toContain("waiting for @jane-acme (acme)");
  });

  it("refuses an approval given to an earlier commit than the one merged", async () => {
    const pull = propose();
    approve(pull.number);
    const later = repo.commit({ ...exampleConfig(), [PATH]: CLEAN.replace("ready", "ready now") }, { parents: [pull.headSha] });
    repo.pushToPull(pull.number, later);
    repo.mergePull(pull.number);
    const result = await guard();
    expect(result.ok ? "ok" : result.code).toBe("not_approved");
  });

  it("ignores a forged checkpost/approval success status: the reviews decide", async () => {
    const pull = propose();
    const merge = repo.mergePull(pull.number);
    for (const sha of [pull.headSha, merge]) {
      repo.statusList.push({
        ...repo.stamp(),
        sha,
        state: "success",
        context: "checkpost/approval",
        description: "approved",
        targetUrl: null,
        creator: sam,
        createdAt: "2026-11-20T10:00:00Z",
      });
    }
    const result = await guard();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("not_approved");
    expect(result.reason).toContain("a checkpost/approval status does not count");
    // Statuses were never even read.
    expect(sim.requests.filter((r) => r.path.includes("/status"))).toEqual([]);
  });

  it("refuses a post with an error finding at the head commit, even when approved", async () => {
    const pull = propose(post("acme", "Trail maps", "Fresh trail maps are redy for the weekend."));
    approve(pull.number);
    repo.mergePull(pull.number);
    const result = await guard();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("error_findings");
    expect(result.reason).toMatch(/redy/);
  });

  it("recomputes a pull request's review once per run, however many of its posts are published", async () => {
    const second = "posts/acme/2026-12-03-stoves.md";
    const base = repo.commit(exampleConfig(), { branch: "main" });
    const head = repo.commit(
      { ...exampleConfig(), [PATH]: CLEAN, [second]: post("acme", "Stoves", "Our stoves are back in stock.") },
      { parents: [base] },
    );
    const pull = repo.openPull({ author: sam, base, head, title: "Two posts" });
    approve(pull.number);
    const merge = repo.mergePull(pull.number);
    const api = createOctokitApi({ token: sim.token, baseUrl: sim.url, owner: "fieldnote", repo: "content", retryDelayMs: 1 });
    const cache = new Map();
    for (const path of [PATH, second]) {
      const text = repo.resolve(merge)?.files.get(path) ?? "";
      const result = await guardPost({
        api,
        branch: "main",
        headSha: merge,
        repoPath: path,
        blob: blobSha(text),
        configPath: "checkpost.yml",
        workspace: "/ws",
        cache,
      });
      expect(result.ok).toBe(true);
    }
    expect(sim.requestsTo("GET", "/repos/{owner}/{repo}/pulls/{pull_number}/files")).toHaveLength(1);
  });
});
