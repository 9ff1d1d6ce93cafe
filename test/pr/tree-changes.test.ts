import { describe, expect, it } from "vitest";
import type { GitTree, PullRequest } from "../../src/github/api.js";
import { changesBetween, listChangedFiles } from "../../src/pr/tree-changes.js";
import { FakeApi, fakePull } from "./fake-api.js";

const blob = (path: string, sha: string, mode = "100644") => ({ path, mode, type: "blob" as const, sha });
const tree = (...entries: GitTree["entries"]): GitTree => ({ entries, truncated: false });

describe("changesBetween", () => {
  it("finds added, modified, removed and renamed files by blob sha, and a file turned into a symlink", () => {
    const folder = { path: "posts", mode: "040000", type: "tree" as const, sha: "t" };
    const base = tree(blob("a.md", "1"), blob("b.md", "2"), blob("c.md", "3"), blob("d.md", "4"), blob("g.md", "6"), folder);
    const head = tree(blob("a.md", "1"), blob("b.md", "9"), blob("e.md", "3"), blob("f.md", "5"), blob("d.md", "4", "120000"));
    expect(changesBetween(base, head)).toEqual([
      { filename: "b.md", status: "modified" },
      { filename: "d.md", status: "modified" },
      { filename: "e.md", status: "renamed", previousFilename: "c.md" },
      { filename: "f.md", status: "added" },
      { filename: "g.md", status: "removed" },
    ]);
  });
});

describe("listChangedFiles", () => {
  const pr = (changedFiles: number): PullRequest => fakePull("base", "head", { changedFiles });

  it("uses GitHub's list when it is complete, and the trees when it is cut", async () => {
    const api = new FakeApi(pr(1));
    api.files = [{ filename: "posts/a.md", status: "added" }];
    expect(await listChangedFiles(api, pr(1))).toEqual(api.files);
    expect(api.calls).toEqual(["listPullFiles"]);

    api.calls.length = 0;
    api.contents.set("posts/a.md@head", "x");
    api.contents.set("posts/z.md@head", "y");
    expect(await listChangedFiles(api, pr(2))).toEqual([
      { filename: "posts/a.md", status: "added" },
      { filename: "posts/z.md", status: "added" },
    ]);
    expect(api.calls).toEqual(["listPullFiles", "getTree base", "getTree head"]);
  });

  it("goes to the trees at once past 3,000 files, and refuses when GitHub cuts a tree", async () => {
    const api = new FakeApi(pr(3001));
    expect(await listChangedFiles(api, pr(3001))).toEqual([]);
    expect(api.calls).toEqual(["getTree base", "getTree head"]);
    api.truncatedTrees.add("head");
    await expect(listChangedFiles(api, pr(3001))).rejects.toThrow(
      "pull request #7 changes 3001 files, more than GitHub lists (3000), and the repository's tree is too large for GitHub to send whole: too many files to review, so nothing is approved; split it into smaller pull requests",
    );
  });
});
