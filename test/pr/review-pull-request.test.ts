import { describe, expect, it } from "vitest";
import { selectChangedPosts } from "../../src/pr/changed-posts.js";
import { findPullsForCommit } from "../../src/pr/find-pull.js";
import { reviewPullRequest } from "../../src/pr/review-pull-request.js";
import { PREVIEW_MARKER } from "../../src/pr/sticky-comment.js";
import { mediaRule } from "../../src/rules/media/index.js";
import { publishWindowRule } from "../../src/rules/publish-window/index.js";
import type { Rule } from "../../src/rules/types.js";
import { patch } from "../helpers/patch.js";
import { FakeApi } from "./fake-api.js";

const BASE = "b".repeat(40);
const HEAD = "c".repeat(40);
const CONFIG = `posts: posts/**/*.md
clients:
  acme:
    name: Acme Outdoor
    contact: jane-acme
    folders: [posts/acme]
    channels:
      acme-bluesky:
        type: bluesky
        handle: acme.bsky.social
        secret_env: ACME_BLUESKY
`;
const post = (body: string) =>
  `---\nclient: acme\nchannels: [acme-bluesky]\ntitle: Winter sale\nfacts:\n  - claim: 40% off\n    source: email from Jane\n    provided_by: client\n---\n${body}\n`;

/** A rule with one finding per line containing "bad", so annotation positions and counts are exact. */
const badWords: Rule = {
  id: "bad-word",
  description: "test rule",
  defaultSeverity: "error",
  check(p) {
    return p.text
      .split("\n")
      .flatMap((line, i) => (line.includes("bad") ? [{ line: i + 1, column: line.indexOf("bad") + 1, message: "bad word" }] : []));
  },
};

function setup(files: Record<string, string>) {
  const api = new FakeApi({
    number: 7,
    title: "Winter sale",
    state: "open",
    draft: false,
    user: { login: "sam-writer", id: 1 },
    head: { sha: HEAD, ref: "sale", repoFullName: "o/r" },
    base: { sha: BASE, ref: "main", repoFullName: "o/r" },
  });
  api.contents.set(`checkpost.yml@${BASE}`, CONFIG);
  api.users.set("jane-acme", 10);
  for (const [path, text] of Object.entries(files)) {
    api.files.push({ filename: path, status: "added" });
    api.contents.set(`${path}@${HEAD}`, text);
  }
  return api;
}
const run = (api: FakeApi, extra = {}) =>
  reviewPullRequest({ api, prNumber: 7, configPath: "checkpost.yml", workspace: "/ws", rules: [badWords], ...extra });

describe("selectChangedPosts", () => {
  it("picks added, modified and renamed posts under the config's folder, notes deleted ones and the config", () => {
    const files = [
      { filename: "content/posts/a.md", status: "added" as const },
      { filename: "content/posts/b.md", status: "renamed" as const, previousFilename: "content/posts/old-b.md" },
      { filename: "content/posts/c.md", status: "removed" as const },
      { filename: "content/drafts/d.md", status: "renamed" as const, previousFilename: "content/posts/d.md" },
      { filename: "posts/outside.md", status: "added" as const },
      { filename: "content/checkpost.yml", status: "modified" as const },
      ...Array.from({ length: 400 }, (_, i) => ({ filename: `content/posts/many/${i}.md`, status: "modified" as const })),
    ];
    const changes = selectChangedPosts(files, "content/checkpost.yml", ["posts/**/*.md"]);
    expect(changes.posts.length).toBe(402);
    expect(changes.posts[1]).toEqual({
      repoPath: "content/posts/b.md",
      relPath: "posts/b.md",
      status: "renamed",
      previousFilename: "content/posts/old-b.md",
    });
    expect(changes.deleted.map((d) => d.repoPath)).toEqual(["content/posts/c.md", "content/posts/d.md"]);
    expect(changes.configChanged).toBe(true);
  });
});

describe("reviewPullRequest", () => {
  it("a changed post scheduled in the past is an error in a pull request (a warning in a whole-repository check)", async () => {
    const api = setup({
      "posts/acme/sale.md": "---\nclient: acme\nchannels: [acme-bluesky]\npublish_at: 2026-11-02T10:00:00Z\n---\nFine.\n",
    });
    const outcome = await run(api, { rules: [publishWindowRule], now: new Date("2026-11-21T12:00:00Z") });
    expect(outcome.report.files[0]?.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}`)).toEqual([
      "4:13 error publish-window",
    ]);
    expect(outcome.conclusion).toBe("failure");
  });

  it("keeps the preview comment under GitHub's size limit however many posts are deleted", async () => {
    const api = setup({ "posts/acme/sale.md": post("Fine.") });
    for (let i = 0; i < 2000; i++) api.files.push({ filename: `posts/acme/archive/a-rather-long-post-name-${i}.md`, status: "removed" });
    await run(api);
    const body = api.comments[0]?.body ?? "";
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain("and 1950 more");
  });

  describe("the clients whose contacts must approve include those a post is taken from", () => {
    const twoClients = `posts: posts/**/*.md
clients:
  acme:
    contact: jane-acme
    channels:
      acme-bluesky: { type: bluesky, handle: acme.bsky.social, secret_env: ACME_BLUESKY }
  northwind:
    contact: ola-northwind
    channels:
      northwind-bluesky: { type: bluesky, handle: northwind.bsky.social, secret_env: NORTHWIND_BLUESKY }
`;
    const postFor = (client: string) => `---\nclient: ${client}\nchannels: [${client}-bluesky]\n---\nFine.\n`;
    const prepare = (files: { filename: string; status: "removed" | "modified" | "renamed"; previousFilename?: string }[]) => {
      const api = setup({});
      api.contents.set(`checkpost.yml@${BASE}`, twoClients);
      api.users.set("ola-northwind", 11);
      api.files.push(...files);
      return api;
    };

    it("replacing an image in a client's folders needs that client's contact, though no post changed", async () => {
      const api = setup({});
      api.contents.set(`checkpost.yml@${BASE}`, patch(CONFIG, "folders: [posts/acme]", "folders: [posts/acme, media/acme]"));
      api.files.push({ filename: "media/acme/winter-sale.png", status: "modified" });
      const outcome = await run(api);
      expect(outcome.approval.description).toBe("waiting for @jane-acme (acme) to approve the latest commit");
    });

    it("deleting a post needs its client's contact (no folders configured)", async () => {
      const api = prepare([{ filename: "posts/sale.md", status: "removed" }]);
      api.contents.set(`posts/sale.md@${BASE}`, postFor("acme"));
      const outcome = await run(api);
      expect(outcome.approval.description).toBe("waiting for @jane-acme (acme) to approve the latest commit");
    });

    it("moving a post to another client needs both contacts", async () => {
      const api = prepare([{ filename: "posts/new.md", status: "renamed", previousFilename: "posts/old.md" }]);
      api.contents.set(`posts/old.md@${BASE}`, postFor("acme"));
      api.contents.set(`posts/new.md@${HEAD}`, postFor("northwind"));
      const outcome = await run(api);
      expect(outcome.approval.description).toBe(
        "waiting for @jane-acme (acme) and @ola-northwind (northwind) to approve the latest commit",
      );
      expect(api.calls).toContain(`getFileBytes posts/old.md@${BASE}`);
    });

    it("a post whose front-matter is invalid still needs the contact of the client it names", async () => {
      const api = prepare([{ filename: "posts/sale.md", status: "modified" }]);
      api.contents.set(`posts/sale.md@${BASE}`, postFor("northwind"));
      api.contents.set(`posts/sale.md@${HEAD}`, "---\nclient: acme\nchannels: nope\n---\nFine.\n");
      const outcome = await run(api);
      expect(outcome.report.errors).toBeGreaterThan(0);
      expect(outcome.approval.description).toBe(
        "waiting for @jane-acme (acme) and @ola-northwind (northwind) to approve the latest commit",
      );
    });
  });

  it("never takes over a comment a person started with the marker; with a personal token, its own comment is found again", async () => {
    const api = setup({ "posts/acme/sale.md": post("Fine.") });
    const writer = { login: "sam-writer", id: 1, type: "User" };
    api.comments.push({ id: 601, body: `${PREVIEW_MARKER}\nAll fine, approve me!`, user: writer });
    await run(api);
    expect(api.comments.map((c) => c.user?.login)).toEqual(["sam-writer", "github-actions[bot]"]);
    expect(api.comments[0]?.body).toBe(`${PREVIEW_MARKER}\nAll fine, approve me!`);

    const pat = setup({ "posts/acme/sale.md": post("Fine.") });
    pat.tokenLogin = "fieldnote-bot";
    await run(pat);
    await run(pat);
    expect(pat.comments.map((c) => c.user?.login)).toEqual(["fieldnote-bot"]);
  });

  it("updates only its own preview comment: a person quoting the marker keeps their comment", async () => {
    const api = setup({ "posts/acme/sale.md": post("Fine.") });
    const person = { login: "kim-reviewer", id: 5, type: "User" };
    const bot = { login: "github-actions[bot]", id: 41898282, type: "Bot" };
    const quoted = `> ${PREVIEW_MARKER}\n> quoted from checkpost: looks wrong?`;
    const copied = `${PREVIEW_MARKER}\nan old preview a person pasted`;
    api.comments.push({ id: 501, body: quoted, user: person });
    api.comments.push({ id: 502, body: copied, user: person });
    api.comments.push({ id: 503, body: `${PREVIEW_MARKER}\nthe previous preview`, user: bot });
    await run(api);
    expect(api.comments.map((c) => c.id)).toEqual([501, 502, 503]);
    expect(api.comments[0]?.body).toBe(quoted);
    expect(api.comments[1]?.body).toBe(copied);
    expect(api.comments[2]?.body).toContain("posts/acme/sale.md");
  });

  it("decodes posts fetched through the API as defensively as from disk: BOM and CRLF read, NUL and oversize refused", async () => {
    const crlf = `\uFEFF${post("A bad line.").replace(/\n/g, "\r\n")}`;
    const api = setup({
      "posts/acme/crlf.md": crlf,
      "posts/acme/binary.md": "placeholder",
      "posts/acme/huge.md": `${post("Fine.")}${"x".repeat(300 * 1024)}`,
      "posts/acme/huger.md": `${post("Fine.")}${"x".repeat(2 * 1024 * 1024)}`,
    });
    api.contents.set(`posts/acme/binary.md@${HEAD}`, new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x0a]));
    const outcome = await run(api);
    const byPath = Object.fromEntries(
      outcome.report.files.map((f) => [f.path, f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)]),
    );
    expect(byPath["posts/acme/crlf.md"]).toEqual(["10:3 bad-word bad word"]);
    expect(byPath["posts/acme/binary.md"]).toEqual(["2:1 schema file contains a NUL byte: it looks binary; expected UTF-8 text"]);
    expect(byPath["posts/acme/huge.md"]).toEqual(["1:1 schema file is larger than the limit of 256 KiB; expected a short text file"]);
    // Over 1 MB the API returns no content: still a finding on that file, and the run goes on.
    expect(byPath["posts/acme/huger.md"]).toEqual(["1:1 schema file is larger than the limit of 256 KiB; expected a short text file"]);
  });

  it("looks media up at the head commit through the API, so a run without a checkout (workflow_run) checks them too", async () => {
    const withMedia = (file: string) =>
      `---\nclient: acme\nchannels: [acme-bluesky]\nmedia:\n  - file: ${file}\n    alt: A green tent on a ridge at dawn.\n---\nText.\n`;
    const api = setup({
      "posts/acme/present.md": withMedia("media/tent.png"),
      "posts/acme/missing.md": withMedia("media/gone.png"),
      "posts/acme/escape.md": withMedia("../../../secrets.png"),
      "posts/acme/fake.md": withMedia("media/notes.png"),
    });
    // A PNG's signature, then padding; and a text file named .png, which the contents API's first bytes give away.
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(2040).fill(0)]);
    api.contents.set(`media/tent.png@${HEAD}`, png);
    api.contents.set(`media/notes.png@${HEAD}`, "Shopping list: tent pegs, stove, map.\n");
    // The workspace does not exist: every answer comes from the API at the head sha.
    const outcome = await run(api, { workspace: "/nonexistent-checkout", rules: [mediaRule] });
    const byPath = Object.fromEntries(
      outcome.report.files.map((f) => [f.path, f.messages.map((m) => `${m.line}:${m.column} ${m.message}`)]),
    );
    expect(byPath["posts/acme/present.md"]).toEqual([]);
    expect(byPath["posts/acme/missing.md"]).toEqual([
      "5:11 media[0].file: media/gone.png not found (looked for media/gone.png in the content repository)",
    ]);
    expect(byPath["posts/acme/escape.md"]).toEqual([
      "5:11 media[0].file: ../../../secrets.png leaves the content repository; expected a path inside it",
    ]);
    expect(byPath["posts/acme/fake.md"]).toEqual([
      "5:11 media[0].file: media/notes.png is text, but its .png extension says a PNG image; export it again in that format, or name it for what it is",
    ]);
    // One look-up per media file inside the repository; nothing is asked for a path that leaves it.
    expect(api.calls.filter((c) => c.startsWith("getPathInfo")).sort()).toEqual([
      `getPathInfo media/gone.png@${HEAD}`,
      `getPathInfo media/notes.png@${HEAD}`,
      `getPathInfo media/tent.png@${HEAD}`,
    ]);
  });

  it("checks the changed post at the head commit with the base config, and writes one check run, one status, one comment", async () => {
    const api = setup({ "posts/acme/sale.md": post("A bad line.") });
    const outcome = await run(api);
    expect(outcome.report.errors).toBe(1);
    expect(outcome.report.files[0]?.messages[0]).toMatchObject({ ruleId: "bad-word", line: 10, column: 3 });
    expect(outcome.conclusion).toBe("failure");
    expect(api.checkRuns.length).toBe(1);
    expect(api.checkRuns[0]?.run.output.annotations).toEqual([
      {
        path: "posts/acme/sale.md",
        start_line: 10,
        end_line: 10,
        start_column: 3,
        end_column: 3,
        annotation_level: "failure",
        message: "bad word",
        title: "checkpost bad-word",
      },
    ]);
    // The status context spelled out: branch protection requires it by this name (docs/action.md).
    expect(api.statuses).toEqual([
      { state: "pending", context: "checkpost/approval", description: "waiting for @jane-acme (acme) to approve the latest commit" },
    ]);
    expect(api.comments.length).toBe(1);
    const body = api.comments[0]?.body ?? "";
    expect(body.startsWith(`${PREVIEW_MARKER}\n`)).toBe(true);
    expect(body).toContain("**acme-bluesky** (bluesky): 11/300 graphemes ✅");
    expect(body).toContain("| 40% off | email from Jane | client |");
    expect(body).toContain("- **Schedule:** on merge");
    expect(api.calls).toEqual([
      "getPull",
      "listPullFiles",
      `getFileBytes checkpost.yml@${BASE}`,
      `getFileBytes posts/acme/sale.md@${HEAD}`,
      "getUserId jane-acme",
      "listReviews",
      "listPullCommits",
      "listBaseChanges",
      "listOpenPulls",
      "findCheckRun",
      "createCheckRun",
      "createStatus",
      "listIssueComments",
      "createIssueComment",
    ]);
  });

  it("sends annotations 50 per request, and a re-run adds no duplicate annotations, check run or comment", async () => {
    const api = setup({ "posts/acme/many.md": post(Array.from({ length: 120 }, () => "bad").join("\n")) });
    await run(api);
    const sizes = () =>
      api.checkRuns.flatMap((c) => [c.run.output, ...c.updates.map((u) => u.output)]).map((o) => o.annotations?.length ?? 0);
    expect(sizes()).toEqual([50, 50, 20]);
    await run(api);
    expect(api.checkRuns.length).toBe(1);
    expect(sizes()).toEqual([50, 50, 20, 0]);
    expect(api.comments.length).toBe(1);
  });

  it("reads the config from the base commit: a PR making its author the contact changes nothing, and the new config is reported", async () => {
    const api = setup({ "posts/acme/sale.md": post("Fine.") });
    api.files.push({ filename: "checkpost.yml", status: "modified" });
    api.contents.set(`checkpost.yml@${HEAD}`, patch(CONFIG, "jane-acme", "sam-writer"));
    const outcome = await run(api);
    expect(outcome.approval.description).toBe("waiting for @jane-acme (acme) to approve the latest commit");
    expect(outcome.markdown).toContain("**This pull request changes `checkpost.yml`**");
    expect(outcome.markdown).toContain("the new version is valid.");
  });

  it("a read-only token: every write refused is listed, nothing throws", async () => {
    const api = setup({ "posts/acme/sale.md": post("Fine.") });
    api.deny = true;
    const outcome = await run(api);
    expect(outcome.deniedWrites).toEqual([
      "check run (createCheckRun)",
      "commit status (createStatus)",
      "preview comment (createIssueComment)",
    ]);
  });

  it("dry run writes nothing", async () => {
    const api = setup({ "posts/acme/sale.md": post("Fine.") });
    await run(api, { dryRun: true });
    expect(api.calls.filter((c) => /^(create|update)/.test(c))).toEqual([]);
  });

  it("a run cancelled half-way is completed by the next: a fresh check run with every annotation, the status and the comment", async () => {
    const lines = Array.from({ length: 60 }, (_, i) => `bad ${i}`).join("\n");
    const api = setup({ "posts/acme/sale.md": post(lines) });
    // A full run for reference, then the state a cancelled run leaves: its check run with the same
    // fingerprint but only the first batch of 50 annotations, and no status or comment.
    await run(api);
    const complete = api.checkRuns[0];
    if (!complete) throw new Error("no check run");
    api.checkRuns.length = 0;
    api.statuses.length = 0;
    api.comments.length = 0;
    api.checkRuns.push({ id: 900, run: complete.run, updates: [] });
    expect(complete.run.output.annotations).toHaveLength(50);
    await run(api);
    expect(api.checkRuns.map((c) => c.id)[0]).toBe(900);
    expect(api.checkRuns[0]?.updates).toEqual([]);
    const latest = api.checkRuns[api.checkRuns.length - 1];
    expect(latest?.id).not.toBe(900);
    expect([latest?.run.output, ...(latest?.updates.map((u) => u.output) ?? [])].flatMap((o) => o?.annotations ?? []).length).toBe(60);
    expect(api.statuses.length).toBe(1);
    expect(api.comments.length).toBe(1);
  });

  it("when the findings change, a new check run replaces the old one, so no stale annotation stays", async () => {
    const api = setup({ "posts/acme/sale.md": post("A bad line.") });
    await run(api);
    api.contents.set(`posts/acme/sale.md@${HEAD}`, post("A fine line."));
    await run(api);
    expect(api.checkRuns.length).toBe(2);
    const latest = api.checkRuns[1];
    expect(latest?.run.conclusion).toBe("success");
    expect(latest?.run.output.annotations).toBeUndefined();
    expect(latest?.updates).toEqual([]);
    // A third run with the same findings updates the latest run in place and sends no annotation.
    await run(api);
    expect(api.checkRuns.length).toBe(2);
    expect(api.checkRuns[1]?.updates.map((u) => u.output.annotations)).toEqual([undefined]);
  });

  it("no config on the base branch: an error at checkpost.yml and a failing gate", async () => {
    const api = setup({ "posts/acme/sale.md": post("Fine.") });
    api.contents.delete(`checkpost.yml@${BASE}`);
    const outcome = await run(api);
    expect(outcome.report.files.map((f) => [f.path, f.messages[0]?.line])).toEqual([["checkpost.yml", 1]]);
    expect(outcome.approval).toEqual({ state: "failure", description: "checkpost.yml on the base branch is missing or invalid" });
  });
});

describe("findPullsForCommit", () => {
  it("finds every open pull request with this head, from the list of open pull requests", async () => {
    const api = setup({});
    api.listOpenPulls = async () => {
      api.calls.push("listOpenPulls");
      return [
        { number: 9, headSha: HEAD, state: "open" },
        { number: 7, headSha: HEAD, state: "open" },
        { number: 8, headSha: "e".repeat(40), state: "open" },
      ];
    };
    expect(await findPullsForCommit(api, HEAD)).toEqual([7, 9]);
    expect(await findPullsForCommit(api, "f".repeat(40))).toEqual([]);
    expect(api.calls).toEqual(["listOpenPulls", "listOpenPulls"]);
  });
});

describe("reviewPullRequest: issue 9's holes 4 and 5", () => {
  it("removing checkpost.yml needs every client's base contact", async () => {
    const api = setup({});
    api.files.push({ filename: "checkpost.yml", status: "removed" });
    api.reviews = [{ id: 1, user: { login: "eve", id: 30 }, state: "APPROVED", commitId: HEAD }];
    const outcome = await run(api, { dryRun: true });
    expect(outcome.approval).toEqual({ state: "pending", description: "waiting for @jane-acme (acme) to approve the latest commit" });
  });

  it("a twin pull request whose head moved after it was listed does not share the commit", async () => {
    const api = setup({});
    api.reviews = [{ id: 1, user: { login: "eve", id: 30 }, state: "APPROVED", commitId: HEAD }];
    const own = api.pr;
    const twin = { ...own, number: 8, base: { ...own.base, ref: "scratch" } };
    api.listOpenPulls = async () => [
      { number: 7, headSha: HEAD, state: "open" },
      { number: 8, headSha: HEAD, state: "open" },
    ];
    // #8 is read with a new head (a push after the list): only #7 decides.
    api.getPull = async (n: number) => (n === 8 ? { ...twin, head: { ...twin.head, sha: "d".repeat(40) } } : own);
    expect((await run(api, { dryRun: true })).approval.state).toBe("success");

    // With the same head, #8's failing gate (its base has no checkpost.yml) is the strictest and is named.
    api.getPull = async (n: number) => (n === 8 ? { ...twin, base: { ...twin.base, sha: "e".repeat(40) } } : own);
    const outcome = await run(api, { dryRun: true });
    expect(outcome.approval).toEqual({ state: "failure", description: "#8: checkpost.yml on the base branch is missing or invalid" });
    expect(outcome.conclusion).toBe("failure");
    expect(outcome.markdown).toContain("Other open pull requests with this head commit");
  });
});
