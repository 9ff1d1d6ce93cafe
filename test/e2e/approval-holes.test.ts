/**
 * Issue 9's ways around the approval gate, end to end: the bundled Action, as a child process, against the GitHub
 * simulator. Each scenario is an attack (or a mistake) that turned `checkpost/approval` green before its fix.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APPROVAL_CONTEXT } from "../../src/approval/approval-status.js";
import { type Simulator, startSimulator } from "../github-sim/server.js";
import type { SimPull, SimRepo, SimUser } from "../github-sim/state.js";
import { type PullRequestAction, pullRequestEvent, pullRequestReviewEvent, workflowRunEvent } from "../payloads/index.js";
import { type ContentPull, contentPull, exampleConfig, exampleContactIds, post, pushCommit } from "./content-repo.js";
import { runAction } from "./harness.js";

const POST = "posts/acme/2026-12-01-trail-maps.md";
const CLEAN_ACME = post("acme", "Trail maps", "Fresh trail maps are ready for the weekend. Stop by the shop and pick one up.");
const CONFIRM = "/checkpost approve";

let sim: Simulator;
let repo: SimRepo;
let sam: SimUser;
let jane: SimUser;
let kim: SimUser;
let content: ContentPull | undefined;

beforeEach(async () => {
  sim = await startSimulator();
  repo = sim.createRepo(sim.addUser("fieldnote"), "content");
  sam = sim.addUser("sam-fieldnote");
  const ids = exampleContactIds();
  jane = sim.addUser("jane-acme", "User", ids["jane-acme"]);
  sim.addUser("ola-northwind", "User", ids["ola-northwind"]);
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

/** example-content's checkpost.yml with `edit` applied (the edit must change it). */
function configWith(edit: (text: string) => string): Record<string, string> {
  const config = exampleConfig();
  const text = config["checkpost.yml"] ?? "";
  const edited = edit(text);
  expect(edited).not.toBe(text);
  return { ...config, "checkpost.yml": edited };
}

/** Pins acme's contact to a user id (replacing any contact_id already there). */
function pinJane(id: number): Record<string, string> {
  return configWith((text) =>
    text.replace(/contact: jane-acme\n((?:\s*#.*\n)*\s*contact_id: \d+\n)?/, `contact: jane-acme\n    contact_id: ${id}\n`),
  );
}

async function onPullRequest(c: ContentPull, action: PullRequestAction = "opened", pull: SimPull = c.pull) {
  const result = await runAction({
    sim,
    repo,
    event: "pull_request",
    payload: pullRequestEvent(action, repo, pull),
    workspace: c.workspace,
    sha: pull.headSha,
  });
  expectCleanRun(result);
  return result;
}

async function onReview(c: ContentPull, review: Parameters<typeof pullRequestReviewEvent>[3]) {
  const result = await runAction({
    sim,
    repo,
    event: "pull_request_review",
    payload: pullRequestReviewEvent("submitted", repo, c.pull, review),
    workspace: c.workspace,
    sha: c.pull.headSha,
  });
  expectCleanRun(result);
  return result;
}

function expectCleanRun(result: { stderr: string; stdout: string; code: number | null }) {
  expect(sim.violations).toEqual([]);
  expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(result.code).toBe(0);
}

function approval(c: ContentPull) {
  return repo.latestStatus(c.pull.headSha, APPROVAL_CONTEXT);
}

describe("issue 9: ways around the approval gate, through the bundle", () => {
  it("hole 3: someone pushes to the contact's pull request and approves it himself → pending until the contact confirms", async () => {
    const c = open({ [POST]: CLEAN_ACME }, jane);
    pushCommit(
      repo,
      c,
      { [POST]: CLEAN_ACME.replace("weekend", "weekend. Use code FREE100") },
      { author: sam, committer: sam, verified: false },
    );
    const pushed = repo.addReview(c.pull.number, { user: sam, state: "APPROVED" });
    await onReview(c, pushed);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("@jane-acme (acme");
    expect(approval(c)?.description).toContain(CONFIRM);

    // The contact confirms at the head; the pusher's own approval still is no second pair of eyes.
    const confirmed = repo.addReview(c.pull.number, { user: jane, state: "COMMENTED", body: CONFIRM });
    await onReview(c, confirmed);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("reviewer other than");

    const second = repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    await onReview(c, second);
    expect(approval(c)?.state).toBe("success");
  });

  it("hole 3: a commit that names the contact as its author without a verified signature voids the waiver", async () => {
    const c = open({ [POST]: CLEAN_ACME }, jane);
    pushCommit(repo, c, { [POST]: CLEAN_ACME.replace("weekend", "holidays") }, { author: jane, committer: jane, verified: false });
    const second = repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    await onReview(c, second);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain(CONFIRM);
  });

  it("hole 4: a pull request that moves a client's Mastodon instance needs that client's (base) contact", async () => {
    const head = configWith((text) => text.replace("instance: https://mastodon.social", "instance: https://mastodon.example.net"));
    const c = open({ "checkpost.yml": head["checkpost.yml"] as string });
    const second = repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    await onReview(c, second);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("@jane-acme (acme)");
    expect(approval(c)?.description).not.toContain("ola-northwind");

    const contact = repo.addReview(c.pull.number, { user: jane, state: "APPROVED" });
    await onReview(c, contact);
    expect(approval(c)?.state).toBe("success");
  });

  it("hole 4: a pull request that changes the posts globs needs every client's contact", async () => {
    const head = configWith((text) => text.replace("posts: posts/**/*.md", "posts: [posts/**/*.md, drafts/**/*.md]"));
    const c = open({ "checkpost.yml": head["checkpost.yml"] as string });
    const second = repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    await onReview(c, second);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("@jane-acme (acme)");
    expect(approval(c)?.description).toContain("@ola-northwind (northwind)");
  });

  it("hole 5: a second pull request with the same head into another branch cannot turn the shared commit green", async () => {
    const c = open({ [POST]: CLEAN_ACME });
    // The same head, opened against a branch that already holds it: that pull request changes nothing.
    repo.branches.set("scratch", c.pull.headSha);
    const twin = repo.openPull({ author: sam, base: c.pull.headSha, head: c.pull.headSha, baseRef: "scratch", headRef: "posts" });
    repo.addReview(twin.number, { user: kim, state: "APPROVED" });
    await onPullRequest(c, "opened", twin);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("@jane-acme (acme)");

    // workflow_run lists the twin: every open pull request with this head is evaluated, not the one listed first.
    const payload = workflowRunEvent(repo, twin, { fork: false });
    const result = await runAction({ sim, repo, event: "workflow_run", payload, workspace: c.workspace, sha: c.pull.baseSha });
    expectCleanRun(result);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("@jane-acme (acme)");
  });

  it("hole 6: approvals given before the base branch changed do not count", async () => {
    const c = open({ [POST]: CLEAN_ACME });
    repo.addReview(c.pull.number, { user: jane, state: "APPROVED" });
    repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    repo.changeBase(c.pull.number, { ref: "release", sha: c.pull.baseSha, actor: sam });
    await onPullRequest(c, "edited");
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("@jane-acme (acme)");

    repo.addReview(c.pull.number, { user: jane, state: "APPROVED" });
    const again = repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    await onReview(c, again);
    expect(approval(c)?.state).toBe("success");
  });

  it("hole 8: a bot's approval is never the second pair of eyes", async () => {
    // The contact wrote the pull request (her own signed commits): only a second pair of eyes is missing.
    const c = open({ [POST]: CLEAN_ACME }, jane);
    const helper = sim.addUser("review-helper[bot]", "Bot");
    const bot = repo.addReview(c.pull.number, { user: helper, state: "APPROVED" });
    await onReview(c, bot);
    expect(approval(c)?.state).toBe("pending");
    expect(approval(c)?.description).toContain("reviewer other than @jane-acme");
  });

  it("hole 11: contact_id pins the account: someone who took over the contact's login is refused clearly", async () => {
    const c = open({ [POST]: CLEAN_ACME }, sam, pinJane(jane.id));
    sim.renameUser(jane, "jane-elsewhere");
    const mallory = sim.addUser("jane-acme");
    repo.addReview(c.pull.number, { user: mallory, state: "APPROVED" });
    const second = repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    await onReview(c, second);
    expect(approval(c)?.state).toBe("failure");
    expect(approval(c)?.description).toContain("contact_id");
    expect(approval(c)?.description).toContain(String(jane.id));
  });

  it("hole 11: with contact_id, the contact's approval still counts after she renamed her account", async () => {
    const c = open({ [POST]: CLEAN_ACME }, sam, pinJane(jane.id));
    sim.renameUser(jane, "jane-elsewhere");
    repo.addReview(c.pull.number, { user: jane, state: "APPROVED" });
    const second = repo.addReview(c.pull.number, { user: kim, state: "APPROVED" });
    await onReview(c, second);
    expect(approval(c)?.state).toBe("success");
  });

  it("the new facts cost one request each for a small pull request", async () => {
    const c = open({ [POST]: CLEAN_ACME });
    repo.addReview(c.pull.number, { user: jane, state: "APPROVED" });
    await onPullRequest(c);
    const count = (route: string) => sim.requestsTo("GET", route).length;
    expect(count("/repos/{owner}/{repo}/pulls/{pull_number}/commits")).toBe(1);
    expect(count("/repos/{owner}/{repo}/issues/{issue_number}/timeline")).toBe(1);
    expect(count("/repos/{owner}/{repo}/pulls")).toBe(1);
    // GET pull, files, config, dictionary, post, user, reviews, commits, timeline, open pulls, check runs, comments
    // + POST check run, status, comment.
    expect(sim.requests).toHaveLength(15);
  });
});
