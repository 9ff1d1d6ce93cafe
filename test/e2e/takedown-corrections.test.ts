import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LedgerEntry } from "../../src/ledger/types.js";
import { runAction } from "./harness.js";
import { type Platforms, startPlatforms } from "./platforms.js";

// Corrections through the bundle: a live post's file changed by an approved pull request is edited in place on
// Mastodon and Discord and replaced on Bluesky (no edit there); a change of its facts opens a retrospective, a
// typo fix does not.
const POST = "posts/acme/2026-12-02-trail-maps.md";

vi.setConfig({ testTimeout: 180_000 });

let w: Platforms;
let workspace: string;

const post = (body: string, fact = "40% off all tents until Sunday") => `---
client: acme
channels: [acme-mastodon, acme-bluesky, acme-discord]
title: Trail maps
author: sam-fieldnote
facts:
  - claim: ${fact}
    source: email from Jane Doe, 2026-11-28
    provided_by: client
---
${body}
`;

beforeEach(async () => {
  w = await startPlatforms();
  w.repo.commit(
    {
      "checkpost.yml": `posts: posts/**/*.md\nretrospective: { pattern_threshold: 2 }\nclients:\n  acme:\n    contact: jane-acme\n    folders: [posts/acme]\n    channels:\n${w.channels}\n`,
    },
    { branch: "main" },
  );
  workspace = mkdtempSync(join(tmpdir(), "checkpost-corrections-ws-"));
});
afterEach(async () => {
  expect(w.sim.violations).toEqual([]);
  expect(w.mastodon.violations).toEqual([]);
  await w.close();
});

function mergeApproved(text: string, title: string) {
  const { repo } = w;
  const base = repo.branches.get("main") ?? "";
  const head = repo.commit({ ...Object.fromEntries(w.repo.resolve(base)?.files ?? []), [POST]: text }, { parents: [base] });
  const pull = repo.openPull({ author: w.sam, base, head, title });
  repo.addReview(pull.number, { user: w.jane, state: "APPROVED" });
  repo.addReview(pull.number, { user: w.kim, state: "APPROVED" });
  repo.mergePull(pull.number);
  return pull;
}

const publish = async () => {
  const run = await runAction({
    sim: w.sim,
    repo: w.repo,
    event: "push",
    entry: "publish",
    payload: { ref: "refs/heads/main" },
    workspace,
    sha: w.repo.branches.get("main") ?? "",
    env: w.env(),
    node: "24",
  });
  expect(run.code, run.stdout + run.stderr).toBe(0);
  return run;
};

const texts = () => ({
  mastodon: w.mastodon.statusesOf(w.mastodon.owner).map((s) => s.text),
  bluesky: w.pds.records("acme.bsky.social").map((r) => r.value.text),
  discord: [...w.discord.messages.values()].map((m) => m.content),
});
const retrospectives = () => [...w.repo.issues.values()].filter((i) => i.labels.includes("checkpost:retrospective"));

function entry(): LedgerEntry {
  for (const [file, text] of w.repo.resolve("checkpost-ledger")?.files ?? [])
    if (file.startsWith("entries/") && (JSON.parse(text) as LedgerEntry).path === POST) return JSON.parse(text) as LedgerEntry;
  throw new Error("no entry");
}

describe("corrections, end to end", () => {
  it("a typo fix: edited in place on Mastodon and Discord, replaced on Bluesky, both versions in the ledger, no retrospective; a facts change opens one", async () => {
    await publish();
    mergeApproved(post("Fresh trail maps are ready for the week."), "Trail maps");
    await publish();
    const first = {
      mastodon: w.mastodon.statusesOf(w.mastodon.owner)[0]?.id,
      discord: [...w.discord.messages.keys()][0],
      bluesky: w.pds.records("acme.bsky.social")[0]?.rkey,
    };
    const firstBlob = entry().blob;

    mergeApproved(post("Fresh trail maps are ready for the weekend."), "Fix a typo");
    const fixed = await publish();
    expect(texts()).toEqual({
      mastodon: ["Fresh trail maps are ready for the weekend."],
      bluesky: ["Fresh trail maps are ready for the weekend."],
      discord: ["Fresh trail maps are ready for the weekend."],
    });
    // Edited in place keeps the post (its id); Bluesky has no edit: a new record replaced the old one.
    expect(w.mastodon.statusesOf(w.mastodon.owner)[0]?.id).toBe(first.mastodon);
    expect([...w.discord.messages.keys()][0]).toBe(first.discord);
    expect(w.pds.records("acme.bsky.social")[0]?.rkey).not.toBe(first.bluesky);
    expect(fixed.summary).toContain("### Corrected");
    expect(fixed.summary).toContain("edited in place");
    expect(fixed.summary).toContain("replaced (removed, then published again)");
    expect(retrospectives()).toEqual([]);
    // It counts toward patterns all the same: noted in the ledger's index.
    const index = JSON.parse(w.repo.resolve("checkpost-ledger")?.files.get("index.json") ?? "{}");
    expect(index.corrections).toMatchObject([{ client: "acme", author: "sam-fieldnote", path: POST }]);
    const after = entry();
    expect(after.blob).not.toBe(firstBlob);
    expect(after.history.filter((t) => t.reason === "correction").map((t) => t.fromBlob)).toEqual([firstBlob]);
    expect(Object.values(after.channels).map((c) => c.state)).toEqual(["published", "published", "published"]);

    // Nothing left to correct: the next run changes nothing.
    await publish();
    expect(w.mastodon.requests.filter((r) => r.method === "PUT")).toHaveLength(1);

    const facts = mergeApproved(post("Fresh trail maps are ready for the weekend.", "40% off all tents until Friday"), "Fix the date");
    await publish();
    const issues = retrospectives();
    expect(issues).toHaveLength(1);
    expect(issues[0]?.labels).toContain("mistake:factual");
    expect(issues[0]?.title).toBe(`Retrospective: ${POST} corrected (acme)`);
    expect(issues[0]?.body).toContain(
      `its facts changed in #${facts.number}, from "40% off all tents until Sunday" to "40% off all tents until Friday"`,
    );
    expect(issues[0]?.body).toContain("- [x] factual");
    // The typo fix and this one: two for acme within 30 days, the threshold here.
    expect(issues[0]?.labels).toContain("pattern");
    const notes = w.repo.comments(issues[0]?.number ?? 0).map((c) => c.body);
    expect(notes.join("\n")).toContain("2 retrospectives and corrections for the same client (acme) within 30 days");
    expect(notes.join("\n")).toContain("Earlier: 1 text-only correction");
    await publish();
    expect(retrospectives()).toHaveLength(1);
  });
});
