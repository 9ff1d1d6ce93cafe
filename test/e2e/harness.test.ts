import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Simulator, startSimulator } from "../github-sim/server.js";
import { pullRequestEvent, pullRequestReviewEvent, workflowRunEvent } from "../payloads/index.js";
import { contentPull, exampleConfig, post, pushCommit } from "./content-repo.js";
import { parseOutputFile } from "./harness.js";

/** A value deep inside a payload, by dotted path. */
function at(value: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

describe("parseOutputFile", () => {
  it("reads name=value lines and the heredoc form", () => {
    const text = "errors=2\nsummary<<ghadelimiter_1\nline one\nline=two\nghadelimiter_1\napproval=pending\n";
    expect(parseOutputFile(text)).toEqual({ errors: "2", summary: "line one\nline=two", approval: "pending" });
  });

  it("fails on a heredoc without its closing delimiter", () => {
    expect(() => parseOutputFile("summary<<EOF\nno end\n")).toThrow("GITHUB_OUTPUT: heredoc summary has no closing EOF");
  });
});

describe("content checkout, simulator and payloads", () => {
  let sim: Simulator;
  beforeEach(async () => {
    sim = await startSimulator();
  });
  afterEach(async () => {
    await sim.close();
  });

  it("keeps the git checkout and the simulator on the same shas and trees", () => {
    const repo = sim.createRepo(sim.addUser("fieldnote"), "content");
    const sam = sim.addUser("sam-fieldnote");
    const base = exampleConfig();
    const c = contentPull(repo, { base, head: { ...base, "posts/acme/a.md": post("acme", "A", "Hello.") }, author: sam });
    try {
      const gitHead = execFileSync("git", ["rev-parse", "HEAD"], { cwd: c.workspace, encoding: "utf8" }).trim();
      const gitBase = execFileSync("git", ["rev-parse", "main"], { cwd: c.workspace, encoding: "utf8" }).trim();
      expect([c.pull.headSha, c.pull.baseSha]).toEqual([gitHead, gitBase]);
      expect(readFileSync(join(c.workspace, "posts/acme/a.md"), "utf8")).toBe(repo.resolve(gitHead)?.files.get("posts/acme/a.md"));
      expect(repo.changedFiles(c.pull).map((f) => [f.filename, f.status])).toEqual([["posts/acme/a.md", "added"]]);
      const next = pushCommit(repo, c, { "posts/acme/a.md": post("acme", "A", "Hello again.") });
      expect(next).toBe(execFileSync("git", ["rev-parse", "HEAD"], { cwd: c.workspace, encoding: "utf8" }).trim());
      expect(repo.pull(c.pull.number).headSha).toBe(next);
    } finally {
      c.cleanup();
    }
  });

  it("builds pull_request, pull_request_review and workflow_run payloads for the simulated PR", () => {
    const repo = sim.createRepo(sim.addUser("fieldnote"), "content");
    const sam = sim.addUser("sam-fieldnote");
    const jane = sim.addUser("jane-acme");
    const baseSha = repo.commit({ "checkpost.yml": "x" }, { branch: "main" });
    const pull = repo.openPull({ author: sam, base: baseSha, head: repo.commit({ "checkpost.yml": "y" }), headRef: "winter" });
    const opened = pullRequestEvent("synchronize", repo, pull);
    expect([
      at(opened, "action"),
      at(opened, "number"),
      at(opened, "after"),
      at(opened, "pull_request.head.sha"),
      at(opened, "pull_request.base.sha"),
      at(opened, "pull_request.user.id"),
    ]).toEqual(["synchronize", 1, pull.headSha, pull.headSha, baseSha, sam.id]);
    expect([at(opened, "repository.full_name"), at(opened, "pull_request.base.repo.full_name"), at(opened, "sender.login")]).toEqual([
      "fieldnote/content",
      "fieldnote/content",
      "sam-fieldnote",
    ]);
    const review = repo.addReview(pull.number, { user: jane, state: "APPROVED" });
    const submitted = pullRequestReviewEvent("submitted", repo, pull, review);
    expect([
      at(submitted, "review.state"),
      at(submitted, "review.user.id"),
      at(submitted, "review.commit_id"),
      at(submitted, "sender.login"),
    ]).toEqual(["approved", jane.id, pull.headSha, "jane-acme"]);
    const run = workflowRunEvent(repo, pull, { fork: true });
    expect([
      at(run, "action"),
      at(run, "workflow_run.head_sha"),
      at(run, "workflow_run.pull_requests"),
      at(run, "workflow_run.event"),
    ]).toEqual(["completed", pull.headSha, [], "pull_request"]);
    expect(at(workflowRunEvent(repo, pull, { fork: false }), "workflow_run.pull_requests.0.number")).toBe(1);
  });
});
