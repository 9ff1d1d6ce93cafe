/**
 * Issue 9's holes in what a pull request's content is (holes 1, 2, 7 and 9), end to end: the bundled Action, as a
 * child process, against the GitHub simulator. Each scenario failed on the code before its fix.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Node, Parent } from "mdast";
import { remark } from "remark";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { APPROVAL_CONTEXT } from "../../src/approval/approval-status.js";
import { type Simulator, startSimulator } from "../github-sim/server.js";
import { type SimPull, type SimRepo, type SimUser, symlinkTo } from "../github-sim/state.js";
import { pullRequestEvent } from "../payloads/index.js";
import { contentPull, exampleConfig, exampleContactIds, post } from "./content-repo.js";
import { runAction } from "./harness.js";

const MARKER = "<!-- checkpost:preview -->";
const CLEAN_ACME = post("acme", "Trail maps", "Fresh trail maps are ready for the weekend. Stop by the shop and pick one up.");
/** A GIF's signature is ASCII, so a picture fits the simulator's text files. */
const GIF = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;";

let sim: Simulator;
let repo: SimRepo;
let sam: SimUser;
let jane: SimUser;
let kim: SimUser;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  sim = await startSimulator();
  repo = sim.createRepo(sim.addUser("fieldnote"), "content");
  sam = sim.addUser("sam-fieldnote");
  // The contacts' accounts carry the ids example-content's checkpost.yml pins (contact_id).
  const ids = exampleContactIds();
  jane = sim.addUser("jane-acme", "User", ids["jane-acme"]);
  sim.addUser("ola-northwind", "User", ids["ola-northwind"]);
  kim = sim.addUser("kim-fieldnote");
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  await sim.close();
});

/** A pull request whose head is the base plus `head` (a path mapped to undefined is removed), with a real checkout. */
function open(head: Record<string, string | undefined>, base: Record<string, string> = exampleConfig()): SimPull {
  const tree = Object.fromEntries(Object.entries({ ...base, ...head }).filter((e): e is [string, string] => e[1] !== undefined));
  const content = contentPull(repo, { base, head: tree, author: sam, title: "Winter posts" });
  cleanups.push(content.cleanup);
  return content.pull;
}

/** A pull request made in the simulator only (no git checkout): cheap for thousands of files. */
function openInSimulator(head: Record<string, string>, base: Record<string, string> = exampleConfig()): SimPull {
  const baseSha = repo.commit(base, { branch: "main" });
  const headSha = repo.commit({ ...base, ...head }, { branch: "posts" });
  return repo.openPull({ author: sam, base: baseSha, head: headSha, baseRef: "main", headRef: "posts", title: "Winter posts" });
}

async function onPullRequest(pull: SimPull) {
  const workspace = mkdtempSync(join(tmpdir(), "checkpost-workspace-"));
  cleanups.push(() => rmSync(workspace, { recursive: true, force: true }));
  const result = await runAction({
    sim,
    repo,
    event: "pull_request",
    payload: pullRequestEvent("opened", repo, pull),
    workspace,
    sha: pull.headSha,
  });
  // What every run must leave behind: no schema violation, no stack trace.
  expect(sim.violations).toEqual([]);
  expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  return result;
}

function approvalOf(pull: SimPull) {
  return repo.latestStatus(pull.headSha, APPROVAL_CONTEXT);
}

function approveByBoth(pull: SimPull) {
  repo.addReview(pull.number, { user: jane, state: "APPROVED" });
  repo.addReview(pull.number, { user: kim, state: "APPROVED" });
}

function annotations(pull: SimPull): string[] {
  return repo.checkRuns(pull.headSha).flatMap((run) => run.annotations.map((a) => `${a.path}: ${a.message}`));
}

type AnyNode = Node & { value?: string; depth?: number };

function allNodes(node: Node): AnyNode[] {
  const children = (node as Partial<Parent>).children ?? [];
  return [node as AnyNode, ...children.flatMap((child) => allNodes(child))];
}

/** 3,000 unrelated files that sort before posts/: GitHub's file list of the pull request ends with them. */
function filler(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`assets/filler-${String(i).padStart(4, "0")}.txt`] = `filler ${i}\n`;
  return files;
}

describe("hole 1: files past GitHub's listing limit of 3,000", () => {
  it("a post after 3,000 other files is still checked and still needs its contact", async () => {
    const pull = openInSimulator({ ...filler(3000), "posts/acme/2026-12-01-late.md": post("acme", "Late", "Fresh trail maps are redy.") });
    repo.addReview(pull.number, { user: kim, state: "APPROVED" });
    const result = await onPullRequest(pull);
    expect(result.code).toBe(1);
    expect(annotations(pull).filter((a) => a.includes("redy"))).toEqual([
      expect.stringMatching(/^posts\/acme\/2026-12-01-late\.md: .*redy/) as unknown as string,
    ]);
    expect(approvalOf(pull)?.state).toBe("pending");
    expect(approvalOf(pull)?.description).toContain("waiting for @jane-acme (acme)");
    // The change set came from the two trees: one request each.
    expect(sim.requestsTo("GET", "/repos/{owner}/{repo}/git/trees/{tree_sha}").map((r) => r.query.recursive)).toEqual(["1", "1"]);
  });

  it("when even the tree is cut, the run refuses with a clear failure and never writes a green status", async () => {
    const pull = openInSimulator({ ...filler(3000), "posts/acme/2026-12-01-late.md": CLEAN_ACME });
    approveByBoth(pull);
    sim.treeLimit = 2000;
    const result = await onPullRequest(pull);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("::error::checkpost: pull request #1 changes 3001 files");
    expect(result.stdout).toMatch(/too many files to review.*split it/);
    expect(repo.statuses(pull.headSha).filter((s) => s.state === "success")).toEqual([]);
  });
});

describe("hole 2: posts and media as symlinks", () => {
  it("a post that is a symlink to an unwatched file is refused, naming the file", async () => {
    const pull = open({ "notes/draft.md": CLEAN_ACME, "posts/acme/2026-12-01-linked.md": symlinkTo("../../notes/draft.md") });
    approveByBoth(pull);
    const result = await onPullRequest(pull);
    expect(result.code).toBe(1);
    expect(annotations(pull)).toContain(
      "posts/acme/2026-12-01-linked.md: posts/acme/2026-12-01-linked.md is a symlink (to notes/draft.md); a post must be a file of its own, so that changing it needs its client's approval",
    );
    expect(repo.checkRuns(pull.headSha)[0]?.conclusion).toBe("failure");
  });

  it("a media file that is a symlink to another client's file is refused", async () => {
    const base = { ...exampleConfig(), "media/northwind/bread.gif": GIF };
    const text = CLEAN_ACME.replace("title: Trail maps", "title: Trail maps\nmedia:\n  - file: media/acme/map.gif\n    alt: A trail map.");
    const pull = open({ "posts/acme/2026-12-01-trail-maps.md": text, "media/acme/map.gif": symlinkTo("../northwind/bread.gif") }, base);
    approveByBoth(pull);
    const result = await onPullRequest(pull);
    expect(result.code).toBe(1);
    expect(annotations(pull)).toContain(
      "posts/acme/2026-12-01-trail-maps.md: media[0].file: media/acme/map.gif is a symlink; commit the file itself (a link can point at a file that changes without this client's approval)",
    );
  });
});

describe("hole 7: media outside the client's folders", () => {
  it("a post using another client's media is an error that a suppression comment cannot hide", async () => {
    const base = { ...exampleConfig(), "media/northwind/bread.gif": GIF };
    const text = CLEAN_ACME.replace(
      "title: Trail maps",
      "title: Trail maps\nmedia:\n  - file: media/northwind/bread.gif\n    alt: Bread.",
    ).replace("Fresh trail maps", "<!-- checkpost-disable media -->\nFresh trail maps");
    const pull = open({ "posts/acme/2026-12-01-trail-maps.md": text }, base);
    approveByBoth(pull);
    const result = await onPullRequest(pull);
    expect(result.code).toBe(1);
    expect(annotations(pull)).toContain(
      "posts/acme/2026-12-01-trail-maps.md: media[0].file: media/northwind/bread.gif is outside acme's folders (posts/acme/, media/acme/); move it into one of them, so that replacing it needs acme's approval",
    );
  });

  it("moving a client's picture out of its folder needs that client's contact", async () => {
    const base = { ...exampleConfig(), "media/acme/map.gif": GIF };
    const pull = open({ "media/acme/map.gif": undefined, "shared/map.gif": GIF }, base);
    repo.addReview(pull.number, { user: kim, state: "APPROVED" });
    await onPullRequest(pull);
    expect(approvalOf(pull)?.state).toBe("pending");
    expect(approvalOf(pull)?.description).toContain("waiting for @jane-acme (acme)");
  });
});

describe("hole 9: the preview comment as an injection surface", () => {
  // A name with a line break is no post to the `posts` glob, but it is a changed file in acme's folder all the same.
  const forgedName = "posts/acme/2026-12-01-a\n\n**Approval** (`checkpost/approval`): ✅ success <!--.md";
  const hostileName = "posts/acme/2026-12-01-b ``x`` <!-- [y](https://evil.example) @org/team.md";
  const hostile = [
    "---",
    "client: acme",
    "channels: [acme-bluesky]",
    'title: "![](https://track.example/p.gif) @fieldnote/everyone [badge](https://evil.example) <!--"',
    "author: sam-fieldnote",
    "media:",
    "  - file: media/acme/map.gif",
    '    alt: "**Approved** by @jane-acme ![x](https://track.example/a.gif)"',
    "facts:",
    '  - claim: "`code` <b>bold</b> | cell"',
    '    source: "[source](javascript:alert(1)) @org/team"',
    "    provided_by: client",
    "---",
    "Fresh trail maps are ready for the weekend.",
    "",
  ].join("\n");

  it("a hostile file name and front-matter render as inert text in the comment, the check run and the job summary", async () => {
    const base = { ...exampleConfig(), "media/acme/map.gif": GIF };
    const pull = open({ [forgedName]: CLEAN_ACME, [hostileName]: hostile, "posts/acme/2026-12-02-next.md": CLEAN_ACME }, base);
    const result = await onPullRequest(pull);
    const [comment] = repo.comments(pull.number);
    const body = comment?.body ?? "";
    const text = repo.checkRuns(pull.headSha)[0]?.output.text ?? "";
    for (const markdown of [body, text, result.summary]) {
      // Read as GitHub reads it (CommonMark): what the post wrote must stay text or code.
      const nodes = allNodes(remark().parse(markdown));
      const ofType = (type: string) => nodes.filter((n) => n.type === type);
      // No HTML from the post (a comment would hide everything after it): only checkpost's marker and footer.
      const own = ["<sub>", "</sub>"];
      expect(ofType("html").map((n) => n.value)).toEqual(markdown.startsWith(MARKER) ? [MARKER, ...own] : own);
      // No image (a tracking pixel), link or fake badge.
      expect(nodes.filter((n) => /image|link|definition/i.test(n.type))).toEqual([]);
      // One approval line, checkpost's; no bold "Approved" from an alt text.
      const strong = ofType("strong").map((n) =>
        allNodes(n)
          .map((d) => d.value ?? "")
          .join(""),
      );
      expect(strong.filter((t) => /approv/i.test(t))).toEqual(["Approval"]);
      // Mentions are defused in text (GitHub ignores code).
      expect(ofType("text").filter((n) => /@(fieldnote\/everyone|org\/team)/.test(String(n.value)))).toEqual([]);
      // Both posts have their own section, the next one included.
      expect(ofType("heading").filter((n) => n.depth === 3)).toHaveLength(2);
      expect(markdown).toContain("Fresh trail maps are ready for the weekend. Stop by the shop");
    }
    expect(text).toBe(body.slice(MARKER.length + 1));
    // The control character in the path is a finding of its own.
    expect(result.code).toBe(1);
    expect(annotations(pull).some((a) => a.includes("contains a control character (U+000A)"))).toBe(true);
  });
});
