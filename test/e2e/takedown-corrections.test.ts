import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LedgerEntry } from "../../src/ledger/types.js";
import { type FakePds, startFakePds } from "../fakes/bluesky/server.js";
import { type DiscordFake, startDiscordFake } from "../fakes/discord/server.js";
import { type MastodonFake, startMastodonFake } from "../fakes/mastodon/server.js";
import { type Simulator, startSimulator } from "../github-sim/server.js";
import type { SimRepo, SimUser } from "../github-sim/state.js";
import { runAction } from "./harness.js";

// Corrections through the bundle: a live post's file changed by an approved pull request is edited in place on
// Mastodon and Discord and replaced on Bluesky (no edit there); a change of its facts opens a retrospective, a
// typo fix does not.
const POST = "posts/acme/2026-12-02-trail-maps.md";
const PASSWORD = "app-pass-1234-abcd";

vi.setConfig({ testTimeout: 180_000 });

let sim: Simulator;
let mastodon: MastodonFake;
let pds: FakePds;
let discord: DiscordFake;
let repo: SimRepo;
let sam: SimUser;
let jane: SimUser;
let kim: SimUser;
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
  sim = await startSimulator();
  mastodon = await startMastodonFake();
  pds = await startFakePds({ accounts: [{ handle: "acme.bsky.social", password: PASSWORD }] });
  discord = await startDiscordFake();
  sam = sim.addUser("sam-fieldnote");
  jane = sim.addUser("jane-acme");
  kim = sim.addUser("kim-fieldnote");
  repo = sim.createRepo(sim.addUser("fieldnote"), "content");
  repo.commit(
    {
      "checkpost.yml": `posts: posts/**/*.md
clients:
  acme:
    contact: jane-acme
    folders: [posts/acme]
    channels:
      acme-mastodon: { type: mastodon, instance: "${mastodon.url}", account: "@acme", secret_env: M }
      acme-bluesky: { type: bluesky, handle: acme.bsky.social, service: "${pds.url}", secret_env: B }
      acme-discord: { type: discord, name: "#news", secret_env: D }
`,
    },
    { branch: "main" },
  );
  workspace = mkdtempSync(join(tmpdir(), "checkpost-corrections-ws-"));
});
afterEach(async () => {
  expect(sim.violations).toEqual([]);
  expect(mastodon.violations).toEqual([]);
  await Promise.all([sim.close(), mastodon.close(), pds.close(), discord.close()]);
});

function mergeApproved(text: string, title: string) {
  const base = repo.branches.get("main") ?? "";
  const head = repo.commit({ ...Object.fromEntries(repo.resolve(base)?.files ?? []), [POST]: text }, { parents: [base] });
  const pull = repo.openPull({ author: sam, base, head, title });
  repo.addReview(pull.number, { user: jane, state: "APPROVED" });
  repo.addReview(pull.number, { user: kim, state: "APPROVED" });
  repo.mergePull(pull.number);
  return pull;
}

const publish = async () => {
  const run = await runAction({
    sim,
    repo,
    event: "push",
    entry: "publish",
    payload: { ref: "refs/heads/main" },
    workspace,
    sha: repo.branches.get("main") ?? "",
    env: { M: mastodon.owner.token, B: PASSWORD, D: discord.webhookUrl },
    node: "24",
  });
  expect(run.code, run.stdout + run.stderr).toBe(0);
  return run;
};

const texts = () => ({
  mastodon: mastodon.statusesOf(mastodon.owner).map((s) => s.text),
  bluesky: pds.records("acme.bsky.social").map((r) => r.value.text),
  discord: [...discord.messages.values()].map((m) => m.content),
});
const retrospectives = () => [...repo.issues.values()].filter((i) => i.labels.includes("checkpost:retrospective"));

function entry(): LedgerEntry {
  for (const [file, text] of repo.resolve("checkpost-ledger")?.files ?? [])
    if (file.startsWith("entries/") && (JSON.parse(text) as LedgerEntry).path === POST) return JSON.parse(text) as LedgerEntry;
  throw new Error("no entry");
}

describe("corrections, end to end", () => {
  it("a typo fix: edited in place on Mastodon and Discord, replaced on Bluesky, both versions in the ledger, no retrospective; a facts change opens one", async () => {
    await publish();
    mergeApproved(post("Fresh trail maps are ready for the week."), "Trail maps");
    await publish();
    const first = {
      mastodon: mastodon.statusesOf(mastodon.owner)[0]?.id,
      discord: [...discord.messages.keys()][0],
      bluesky: pds.records("acme.bsky.social")[0]?.rkey,
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
    expect(mastodon.statusesOf(mastodon.owner)[0]?.id).toBe(first.mastodon);
    expect([...discord.messages.keys()][0]).toBe(first.discord);
    expect(pds.records("acme.bsky.social")[0]?.rkey).not.toBe(first.bluesky);
    expect(fixed.summary).toContain("### Corrected");
    expect(fixed.summary).toContain("edited in place");
    expect(fixed.summary).toContain("replaced (removed, then published again)");
    expect(retrospectives()).toEqual([]);
    const after = entry();
    expect(after.blob).not.toBe(firstBlob);
    expect(after.history.filter((t) => t.reason === "correction").map((t) => t.fromBlob)).toEqual([firstBlob]);
    expect(Object.values(after.channels).map((c) => c.state)).toEqual(["published", "published", "published"]);

    // Nothing left to correct: the next run changes nothing.
    await publish();
    expect(mastodon.requests.filter((r) => r.method === "PUT")).toHaveLength(1);

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
    await publish();
    expect(retrospectives()).toHaveLength(1);
  });
});
