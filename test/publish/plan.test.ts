import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ledgerContext } from "../../src/ledger/context.js";
import { readIndex } from "../../src/ledger/index-file.js";
import { entryId } from "../../src/ledger/layout.js";
import { MemoryLedgerStore } from "../../src/ledger/memory-store.js";
import type { ChannelState, IndexChannel, IndexRow, LedgerIndex } from "../../src/ledger/types.js";
import { ACTIONS, type Intent, type PlanConfig, type PlanInput, type PlanPost } from "../../src/publish/intents.js";
import { plan } from "../../src/publish/plan.js";
import { runPlan } from "../../src/publish/run-plan.js";
import { FakePlatform } from "./fake-publisher.js";

// Tuesday 1 December 2026, 11:00 in Berlin.
const NOW = new Date("2026-12-01T10:00:00Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

const config: PlanConfig = {
  clients: {
    acme: { channels: { "acme-bluesky": "bluesky", "acme-mastodon": "mastodon", "acme-linkedin": "linkedin", "acme-x": "x" } },
    beta: {
      window: { timezone: "Europe/Berlin", days: ["mon", "tue", "wed", "thu", "fri"], start: "09:00", end: "17:00" },
      channels: { "beta-mastodon": "mastodon" },
    },
    gamma: { paused: true, channels: { "gamma-bluesky": "bluesky" } },
  },
  maxPostsPerRun: 5,
  publishExisting: false,
};

const blobOf = (text: string) => createHash("sha1").update(text).digest("hex");
function post(path: string, extra: Partial<PlanPost> = {}): PlanPost {
  const client = path.split("/")[1] ?? "acme";
  const channels = Object.keys(config.clients[client]?.channels ?? {}).filter((c) => c.endsWith("bluesky") || c.endsWith("mastodon"));
  return { path, blob: blobOf(path), client, channels, ...extra };
}
function row(p: PlanPost, states: Record<string, ChannelState | Partial<IndexChannel>>): IndexRow {
  const channels: Record<string, IndexChannel> = {};
  for (const [id, s] of Object.entries(states)) {
    const type = config.clients[p.client]?.channels[id] ?? "mastodon";
    channels[id] = typeof s === "string" ? { type, state: s, at: ago(60) } : { type, state: "published", at: ago(60), ...s };
  }
  return { id: entryId(p), client: p.client, path: p.path, blob: p.blob, channels, seq: 1 };
}
const ledger = (...rows: IndexRow[]): LedgerIndex => ({
  format: 1,
  started: { at: ago(10_000) },
  rows: Object.fromEntries(rows.map((r) => [r.id, r])),
});

/** One line per intent: kind, path, channel(s), then the reason after " | ". */
function lines(intents: Intent[]): string[] {
  return intents.map((i) => {
    const path = "post" in i ? i.post.path : i.kind === "start_ledger" ? "" : i.row.path;
    const channel = "channel" in i ? ` ${i.channel.id}` : "channels" in i ? ` ${i.channels.map((c) => c.id).join(",")}` : "";
    const to = i.kind === "move" ? ` → ${i.to}` : "";
    return `${i.kind} ${path}${channel}${to}`.trim() + ` | ${i.reason}`;
  });
}

const a = post("posts/acme/a.md");
const b = post("posts/beta/b.md");
const g = post("posts/gamma/g.md");
const six = Array.from({ length: 6 }, (_, i) => post(`posts/acme/${i}.md`));

type Case = [name: string, input: Partial<PlanInput>, expected: string[]];
const base: PlanInput = { posts: [], ledger: ledger(), now: NOW, config };

// Each expected line is "kind path channel" and, after " | ", a part of the reason.
const cases: Case[] = [
  [
    "a new merged post publishes on each of its channels",
    { posts: [a] },
    ["publish posts/acme/a.md acme-bluesky | merged", "publish posts/acme/a.md acme-mastodon | merged"],
  ],
  [
    "scheduled for later: waits until then",
    { posts: [post("posts/beta/b.md", { publishAt: "2026-12-01T15:00:00+01:00" })] },
    ["wait posts/beta/b.md | scheduled for 2026-12-01T15:00:00+01:00"],
  ],
  [
    "scheduled time has come: publishes",
    { posts: [post("posts/beta/b.md", { publishAt: "2026-12-01T10:59:00+01:00" })] },
    ["publish posts/beta/b.md beta-mastodon | scheduled for 2026-12-01T10:59:00+01:00"],
  ],
  ["inside the client's window: publishes", { posts: [b] }, ["publish posts/beta/b.md beta-mastodon | merged"]],
  [
    "outside the window (Saturday): waits for Monday 09:00 Berlin",
    { posts: [b], now: new Date("2026-12-05T12:00:00Z") },
    ["wait posts/beta/b.md | outside the publishing window (09:00–17:00 Europe/Berlin) until 2026-12-07T08:00:00.000Z"],
  ],
  [
    "paused by an open issue",
    { posts: [a, b], pause: { issue: 7 } },
    ["wait posts/acme/a.md | paused by #7", "wait posts/beta/b.md | paused by #7"],
  ],
  [
    "a client paused in checkpost.yml; others publish",
    { posts: [b, g] },
    ["publish posts/beta/b.md beta-mastodon | merged", "wait posts/gamma/g.md | client gamma is paused in checkpost.yml"],
  ],
  [
    "first run: what is there is adopted, never published",
    { posts: [a, b], ledger: undefined },
    [
      "start_ledger | the ledger starts",
      "adopt posts/acme/a.md acme-bluesky,acme-mastodon | published by hand or not at all",
      "adopt posts/beta/b.md beta-mastodon | published by hand",
    ],
  ],
  [
    "first run with publish_existing: published like new posts",
    { posts: [b], ledger: undefined, config: { ...config, publishExisting: true } },
    ["start_ledger | the ledger starts", "publish posts/beta/b.md beta-mastodon | merged"],
  ],
  [
    "blast radius: 6 posts with the default 5 → none published",
    { posts: six },
    six.map((p) => `blocked ${p.path} | 6 posts would be published, more than publishing.max_posts_per_run (5)`),
  ],
  [
    "blast radius: confirm: 6 lets exactly these 6 through",
    { posts: six, options: { confirm: 6 } },
    six.flatMap((p) => [`publish ${p.path} acme-bluesky`, `publish ${p.path} acme-mastodon`]),
  ],
  [
    "blast radius: confirm: 5 for 6 posts → still blocked",
    { posts: six, options: { confirm: 5 } },
    six.map((p) => `blocked ${p.path} | (confirm: 5 does not match)`),
  ],
  [
    "a stale claim from a crashed run is resolved, not created again",
    {
      posts: [a],
      ledger: ledger(
        row(a, { "acme-bluesky": { state: "publishing", heldSince: ago(30), claimRun: { id: "old" } }, "acme-mastodon": "published" }),
      ),
    },
    ["resolve_claim posts/acme/a.md acme-bluesky | a run claimed it and stopped"],
  ],
  [
    "a fresh claim of another run: waits for it",
    {
      posts: [a],
      ledger: ledger(
        row(a, { "acme-bluesky": { state: "publishing", heldSince: ago(2), claimRun: { id: "busy" } }, "acme-mastodon": "published" }),
      ),
    },
    ["wait posts/acme/a.md | acme-bluesky: being published by run busy"],
  ],
  [
    "renamed with the same blob: the ledger follows it, nothing is published",
    {
      posts: [{ ...a, path: "posts/acme/2026/a.md" }],
      ledger: ledger(row(a, { "acme-bluesky": "published", "acme-mastodon": "published" })),
    },
    ["move posts/acme/a.md → posts/acme/2026/a.md | moved from posts/acme/a.md"],
  ],
  [
    "deleted: taken down on every channel still live",
    { posts: [], ledger: ledger(row(a, { "acme-bluesky": "published", "acme-mastodon": "taken_down", "acme-linkedin": "adopted" })) },
    ["take_down posts/acme/a.md acme-bluesky,acme-linkedin | posts/acme/a.md is gone from the branch"],
  ],
  [
    "deleted while paused: still taken down (a pause stops publishing, not takedowns)",
    { posts: [], pause: { issue: 3 }, ledger: ledger(row(a, { "acme-bluesky": "published" })) },
    ["take_down posts/acme/a.md acme-bluesky"],
  ],
  [
    "LinkedIn and X: said once per post; the other channels publish",
    { posts: [post("posts/acme/a.md", { channels: ["acme-mastodon", "acme-linkedin", "acme-x"] })] },
    [
      "publish posts/acme/a.md acme-mastodon",
      "skip posts/acme/a.md acme-linkedin,acme-x | checkpost does not publish to linkedin or x yet",
    ],
  ],
  [
    "an error finding: not published, with the reason",
    { posts: [post("posts/acme/a.md", { errors: ["approval: the contact has not approved the head commit"] })] },
    ["held posts/acme/a.md | not published: approval: the contact has not approved"],
  ],
  [
    "a live post whose file changed: a correction of its published channels, not a new publication",
    { posts: [{ ...a, blob: blobOf("edited") }], ledger: ledger(row(a, { "acme-bluesky": "published", "acme-mastodon": "published" })) },
    ["correct posts/acme/a.md acme-bluesky,acme-mastodon | corrected after it was published (edit)"],
  ],
  [
    "in doubt: waits for a person; published channels need nothing",
    { posts: [a], ledger: ledger(row(a, { "acme-bluesky": "in_doubt", "acme-mastodon": "published" })) },
    ["in_doubt posts/acme/a.md acme-bluesky | resolve with a manual run: resolve: published <url> | retry"],
  ],
  [
    "adopted from the tree alone (no channels known): nothing to do at the same content",
    { posts: [a], ledger: ledger({ ...row(a, {}), adoptedOnly: true }) },
    [],
  ],
  [
    "adopted from the tree alone, renamed with the same content: the ledger follows it, nothing is published",
    { posts: [{ ...a, path: "posts/acme/2026/a.md" }], ledger: ledger({ ...row(a, {}), adoptedOnly: true }) },
    ["move posts/acme/a.md → posts/acme/2026/a.md | moved from posts/acme/a.md"],
  ],
  [
    "adopted from the tree alone, then edited: a correction of a post published by hand, not a new publication",
    { posts: [{ ...a, blob: blobOf("edited") }], ledger: ledger({ ...row(a, {}), adoptedOnly: true }) },
    ["changed_after_publish posts/acme/a.md | changed after it was published"],
  ],
  [
    "taken down by an emergency run, file still there: not published again",
    { posts: [a], ledger: ledger(row(a, { "acme-bluesky": "taken_down", "acme-mastodon": "published" })) },
    [],
  ],
  [
    "a refused channel is tried again",
    { posts: [a], ledger: ledger(row(a, { "acme-bluesky": "failed", "acme-mastodon": "published" })) },
    ["publish posts/acme/a.md acme-bluesky | again, after a refusal"],
  ],
  [
    "an unknown client is held",
    { posts: [post("posts/zeta/z.md", { client: "zeta", channels: ["zeta-x"] })] },
    ['held posts/zeta/z.md | client "zeta" is not in checkpost.yml'],
  ],
];

describe("plan", () => {
  it.each(cases)("%s", (_name, input, expected) => {
    const got = lines(plan({ ...base, ...input }).intents);
    expect(got.length, got.join("\n")).toBe(expected.length);
    expected.forEach((want, i) => {
      const [head, reason] = want.split(" | ");
      const [gotHead, ...gotReason] = (got[i] ?? "").split(" | ");
      expect(gotHead).toBe(head);
      if (reason) expect(gotReason.join(" | ")).toContain(reason);
    });
  });

  it("waits carry the time to wait for", () => {
    const [wait] = plan({ ...base, posts: [b], now: new Date("2026-12-05T12:00:00Z") }).intents;
    expect(wait).toMatchObject({ kind: "wait", until: "2026-12-07T08:00:00.000Z" });
  });

  it("is idempotent: planning again after applying a plan leaves nothing to do", async () => {
    const store = new MemoryLedgerStore();
    const platforms: Record<string, FakePlatform> = { bluesky: new FakePlatform("bluesky"), mastodon: new FakePlatform("mastodon") };
    const apply = async (input: PlanInput) => {
      const { intents } = plan({ ...input, ledger: await readIndex(store) });
      await runPlan(intents, {
        ctx: ledgerContext(store, { now: () => input.now }),
        publishers: (c) => platforms[c.type]?.publisher(),
        prepare: async (p, c) => ({ text: p.path, media: [], postPath: p.path, channelId: c.id }),
      });
      return intents;
    };
    const old = post("posts/acme/old.md");
    await apply({ ...base, posts: [old] }); // the first run adopts it
    const linked = post("posts/acme/l.md", { channels: ["acme-mastodon", "acme-linkedin"] });
    const scenario = { ...base, posts: [{ ...old, path: "posts/acme/moved.md" }, a, b, linked, g] };
    const first = await apply(scenario);
    expect(
      first
        .filter((i) => ACTIONS.has(i.kind))
        .map((i) => i.kind)
        .sort(),
    ).toEqual(["move", "publish", "publish", "publish", "publish", "skip"]);
    expect(platforms.mastodon?.posts.map((p) => p.text).sort()).toEqual(["posts/acme/a.md", "posts/acme/l.md", "posts/beta/b.md"]);
    const second = plan({ ...scenario, ledger: await readIndex(store) }).intents;
    expect(second.filter((i) => ACTIONS.has(i.kind))).toEqual([]);
    expect(lines(second)).toEqual(["wait posts/gamma/g.md | client gamma is paused in checkpost.yml"]);
    // And after the post is deleted and taken down, the next plan only asks for its retrospective issue (which
    // the publishing run opens, not runPlan): nothing is taken down twice.
    await apply({ ...scenario, posts: scenario.posts.filter((p) => p !== a) });
    expect(
      plan({ ...scenario, posts: scenario.posts.filter((p) => p !== a), ledger: await readIndex(store) })
        .intents.filter((i) => ACTIONS.has(i.kind))
        .map((i) => i.kind),
    ).toEqual(["retrospective"]);
  });
});
