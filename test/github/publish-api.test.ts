import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOctokitApi } from "../../src/github/octokit-api.js";
import { ContentConflict } from "../../src/github/publish-api.js";
import { type Simulator, startSimulator } from "../github-sim/server.js";
import { blobSha, type SimRepo, type SimUser } from "../github-sim/state.js";

// The publishing side of the Octokit client against the GitHub simulator, whose routes are validated
// against GitHub's OpenAPI description (a violation fails the test in afterEach).
let sim: Simulator;
let repo: SimRepo;
let sam: SimUser;
beforeEach(async () => {
  sim = await startSimulator();
  sam = sim.addUser("sam-fieldnote");
  repo = sim.createRepo(sim.addUser("fieldnote"), "content");
});
afterEach(async () => {
  expect(sim.violations).toEqual([]);
  await sim.close();
});

const api = () => createOctokitApi({ token: sim.token, baseUrl: sim.url, owner: "fieldnote", repo: "content", retryDelayMs: 1 });

/** main with a config and one post, then a pull request adding a second post, merged. */
function mergedHistory(method: "merge" | "squash" = "merge") {
  const base = repo.commit({ "checkpost.yml": "posts: [posts/**/*.md]\n", "posts/old.md": "old\n" }, { branch: "main" });
  const head = repo.commit(
    { "checkpost.yml": "posts: [posts/**/*.md]\n", "posts/old.md": "old\n", "posts/acme/new.md": "new\n" },
    { parents: [base] },
  );
  const pull = repo.openPull({ author: sam, base, head });
  const merge = repo.mergePull(pull.number, { method });
  return { base, head, pull, merge };
}

describe("PublishGitHubApi over Octokit", () => {
  it("finds the default branch, its head and its tree with blob shas", async () => {
    const { merge } = mergedHistory();
    const gh = api();
    expect(await gh.getDefaultBranch()).toBe("main");
    expect(await gh.getBranchSha("main")).toBe(merge);
    expect(await gh.getBranchSha("no-such-branch")).toBeUndefined();
    const tree = await gh.getFileTree(merge);
    expect(tree.truncated).toBe(false);
    expect(tree.files.map((f) => [f.path, f.sha])).toEqual([
      ["checkpost.yml", blobSha("posts: [posts/**/*.md]\n")],
      ["posts/acme/new.md", blobSha("new\n")],
      ["posts/old.md", blobSha("old\n")],
    ]);
  });

  it("says when GitHub cut the tree listing", async () => {
    const { merge } = mergedHistory();
    repo.treeLimit = 2;
    const tree = await api().getFileTree(merge);
    expect(tree.truncated).toBe(true);
  });

  it("finds the commit that last changed a post and, through it, the merged pull request (merge and squash)", async () => {
    for (const method of ["merge", "squash"] as const) {
      const { head, pull, merge } = mergedHistory(method);
      const gh = api();
      const last = await gh.lastCommitFor("posts/acme/new.md", "main");
      // A merge commit leaves the file as its second parent has it: git follows that parent to the branch's commit.
      expect(last?.sha).toBe(method === "merge" ? head : merge);
      expect(last?.date).toBe(repo.resolve(last?.sha ?? "")?.date);
      const pulls = await gh.pullsOfCommit(last?.sha ?? "");
      expect(pulls.map((p) => [p.number, p.headSha, p.mergedAt !== null])).toEqual([[pull.number, head, true]]);
      expect(await gh.getBlobSha("posts/acme/new.md", head)).toBe(blobSha("new\n"));
      expect(await gh.getBlobSha("posts/acme/none.md", head)).toBeUndefined();
    }
  });

  it("lists open issues with a label, never pull requests, and creates issues and comments on them", async () => {
    mergedHistory();
    const gh = api();
    repo.openIssue({ user: sam, title: "Stop everything", labels: ["checkpost:pause"] });
    repo.openIssue({ user: sam, title: "Other", labels: ["bug"] });
    expect((await gh.openIssuesWithLabel("checkpost:pause")).map((i) => i.title)).toEqual(["Stop everything"]);
    const created = await gh.createIssue({ title: "Direct push not published", body: "why", labels: ["checkpost"] });
    expect(repo.issues.get(created.number)?.labels).toEqual(["checkpost"]);
    await gh.createIssueComment(created.number, "more");
    expect(repo.comments(created.number).map((c) => c.body)).toEqual(["more"]);
  });

  it("creates an orphan ledger branch once, then reads and writes files with compare-and-swap", async () => {
    const { merge } = mergedHistory();
    const gh = api();
    expect(await gh.createOrphanBranch("checkpost-ledger", { path: "README.md", text: "ledger\n" }, "Start the ledger")).toBe(true);
    expect(await gh.createOrphanBranch("checkpost-ledger", { path: "README.md", text: "ledger\n" }, "Start the ledger")).toBe(false);
    const ledgerTip = repo.resolve("checkpost-ledger");
    expect(ledgerTip?.parents).toEqual([]);
    expect([...(ledgerTip?.files.keys() ?? [])]).toEqual(["README.md"]);
    expect(repo.branches.get("main")).toBe(merge);

    expect(await gh.getTextFile("checkpost-ledger", "index.json")).toBeUndefined();
    const v1 = await gh.putTextFile("checkpost-ledger", "index.json", '{"a":1}\n', undefined, "index");
    expect(await gh.getTextFile("checkpost-ledger", "index.json")).toEqual({ text: '{"a":1}\n', sha: v1 });
    // A second creation meets the file: 422, a conflict, not an overwrite.
    await expect(gh.putTextFile("checkpost-ledger", "index.json", "{}\n", undefined, "index")).rejects.toBeInstanceOf(ContentConflict);
    const v2 = await gh.putTextFile("checkpost-ledger", "index.json", '{"a":2}\n', v1, "index");
    // A writer still holding v1 loses: 409.
    const stale = await gh.putTextFile("checkpost-ledger", "index.json", '{"a":3}\n', v1, "index").catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ContentConflict);
    expect((stale as ContentConflict).status).toBe(409);
    expect(await gh.getTextFile("checkpost-ledger", "index.json")).toEqual({ text: '{"a":2}\n', sha: v2 });
    expect(await gh.getTextFile("main", "index.json")).toBeUndefined();
  });

  it("never repeats a contents PUT or an issue POST after a 502, even when GitHub applied it", async () => {
    mergedHistory();
    const gh = api();
    await gh.createOrphanBranch("checkpost-ledger", { path: "README.md", text: "ledger\n" }, "Start the ledger");
    sim.failAfterApplying({ method: "PUT", route: "/repos/{owner}/{repo}/contents/{path}" });
    await expect(gh.putTextFile("checkpost-ledger", "index.json", "{}\n", undefined, "index")).rejects.toThrow(/502/);
    expect(sim.requestsTo("PUT", "/repos/{owner}/{repo}/contents/{path}")).toHaveLength(1);
    sim.failAfterApplying({ method: "POST", route: "/repos/{owner}/{repo}/issues" });
    await expect(gh.createIssue({ title: "t", body: "b" })).rejects.toThrow(/502/);
    expect(repo.issues.size).toBe(1);
    // Reads are repeated: a 502 on the tree is retried and answers.
    sim.failNext({ method: "GET", route: "/repos/{owner}/{repo}/git/trees/{tree_sha}", status: 502 });
    expect((await gh.getFileTree(repo.branches.get("main") ?? "")).files.length).toBe(3);
  });

  it("answers [] for a commit's pull requests while GitHub has not indexed the push yet", async () => {
    const { head, pull } = mergedHistory();
    repo.pullsLag = 1;
    expect(await api().pullsOfCommit(head)).toEqual([]);
    expect((await api().pullsOfCommit(head)).map((p) => p.number)).toEqual([pull.number]);
  });
});
