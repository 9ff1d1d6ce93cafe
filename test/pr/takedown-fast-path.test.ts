import path from "node:path";
import { describe, expect, it } from "vitest";
import { resolveConfigText } from "../../src/check/load-config.js";
import type { ChangedFile } from "../../src/github/api.js";
import { selectChangedPosts } from "../../src/pr/changed-posts.js";
import { looksLikeTakedown, takedownGate } from "../../src/pr/takedown-fast-path.js";
import { FakeApi, fakePull } from "./fake-api.js";

const removed = (filename: string): ChangedFile => ({ filename, status: "removed" });
const verdict = (files: ChangedFile[]) =>
  looksLikeTakedown(files, selectChangedPosts(files, "checkpost.yml", ["posts/**/*.md"]), "checkpost.yml");

describe("looksLikeTakedown: only a takedown skips the client's approval", () => {
  it.each<[string, ChangedFile[], boolean]>([
    ["one post removed (GitHub's Revert button on a one-post pull request)", [removed("posts/acme/sale.md")], true],
    [
      "a post and its picture removed (the revert of the whole pull request)",
      [removed("posts/acme/sale.md"), removed("posts/acme/sale.png")],
      true,
    ],
    ["a post removed and another added", [removed("posts/acme/sale.md"), { filename: "posts/acme/new.md", status: "added" }], false],
    ["a post removed and another changed", [removed("posts/acme/sale.md"), { filename: "posts/acme/b.md", status: "modified" }], false],
    ["a post removed and checkpost.yml removed", [removed("posts/acme/sale.md"), removed("checkpost.yml")], false],
    [
      "a post moved (renamed): not a removal",
      [{ filename: "posts/acme/2027/sale.md", status: "renamed", previousFilename: "posts/acme/sale.md" }],
      false,
    ],
    ["only a picture removed: no post comes down", [removed("posts/acme/sale.png")], false],
    ["nothing changed", [], false],
  ])("%s → %s", (_name, files, expected) => {
    expect(verdict(files)).toBe(expected);
  });
});

describe("takedownGate: the ledger says which removed posts are live", () => {
  const index = (state: string) =>
    JSON.stringify({
      format: 1,
      started: { at: "2026-12-01T00:00:00Z" },
      rows: {
        a: {
          id: "a",
          client: "acme",
          path: "posts/acme/sale.md",
          blob: "b",
          channels: { m: { type: "mastodon", state, at: "x" } },
          seq: 2,
        },
      },
    });
  async function gate(options: { approval?: string; ledger?: string; reviewed?: boolean }) {
    const text = `${options.approval ? `takedown_approval: ${options.approval}\n` : ""}posts: posts/**/*.md\nclients:\n  acme:\n    contact: jane\n    channels:\n      m: { type: mastodon, instance: "https://m.example", account: "@acme", secret_env: M }\n`;
    const { config } = await resolveConfigText(path.resolve("checkpost.yml"), text, async () => "");
    if (!config) throw new Error("config");
    const api = new FakeApi(fakePull("base1", "head1"));
    if (options.ledger) api.contents.set("index.json@checkpost-ledger", options.ledger);
    if (options.reviewed)
      api.reviews.push({ id: 1, user: { login: "kim", id: 9 }, state: "APPROVED", commitId: "head1", submittedAt: "2026-12-01T10:00:00Z" });
    const files = [removed("posts/acme/sale.md")];
    return takedownGate(api, api.pr, config, files, selectChangedPosts(files, "checkpost.yml", config.posts), "checkpost.yml");
  }

  it.each<[string, Parameters<typeof gate>[0], string | undefined]>([
    [
      "live, takedown_approval none (the default): success at once",
      { ledger: index("published") },
      "success: takedown: no client approval needed",
    ],
    ["already taken down: the normal gate", { ledger: index("taken_down") }, undefined],
    ["adopted (published by hand, if at all): the normal gate", { ledger: index("adopted") }, undefined],
    ["no ledger to read: the normal gate, never a guess", {}, undefined],
    ["a ledger that is not JSON: the normal gate", { ledger: "{oops" }, undefined],
    [
      "team, nobody has approved: pending",
      { approval: "team", ledger: index("published") },
      "pending: takedown (team approval): waiting for a reviewer other than @sam-writer to approve the latest commit",
    ],
    [
      "team, a reviewer approved the head: success",
      { approval: "team", ledger: index("published"), reviewed: true },
      "success: takedown: no client approval needed; approved by a reviewer of the team",
    ],
  ])("%s", async (_name, options, expected) => {
    const result = await gate(options);
    expect(result && `${result.state}: ${result.description}`).toBe(expected);
  });
});
