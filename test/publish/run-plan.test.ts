import { describe, expect, it } from "vitest";
import { ledgerContext } from "../../src/ledger/context.js";
import { flushIndex, readIndex } from "../../src/ledger/index-file.js";
import { entryId, entryPath, parseEntry } from "../../src/ledger/layout.js";
import { MemoryLedgerStore } from "../../src/ledger/memory-store.js";
import { resolve, takeDown } from "../../src/ledger/protocol.js";
import type { LedgerStore } from "../../src/ledger/store.js";
import { recordRetrospective } from "../../src/ledger/takedown.js";
import { ACTIONS, type PlanConfig, type PlanPost } from "../../src/publish/intents.js";
import { plan } from "../../src/publish/plan.js";
import { runPlan } from "../../src/publish/run-plan.js";
import { FakePlatform } from "./fake-publisher.js";

const T0 = new Date("2026-12-01T10:00:00Z");
const minutes = (m: number) => new Date(T0.getTime() + m * 60_000);
const config: PlanConfig = {
  clients: {
    acme: { channels: { "acme-bluesky": "bluesky", "acme-mastodon": "mastodon", "acme-discord": "discord", "acme-linkedin": "linkedin" } },
  },
  maxPostsPerRun: 5,
  publishExisting: false,
};
const sale: PlanPost = {
  path: "posts/acme/sale.md",
  blob: "a".repeat(40),
  client: "acme",
  channels: ["acme-bluesky", "acme-mastodon", "acme-discord"],
};

function world(store: LedgerStore = new MemoryLedgerStore()) {
  const platforms = { bluesky: new FakePlatform("bluesky"), mastodon: new FakePlatform("mastodon"), discord: new FakePlatform("discord") };
  const sleeps: number[] = [];
  async function run(
    posts: PlanPost[],
    options: { now?: Date; run?: string; attempt?: number; confirm?: number; store?: LedgerStore } = {},
  ) {
    const now = options.now ?? T0;
    const runRef = { id: options.run ?? "run-1", ...(options.attempt ? { attempt: options.attempt } : {}) };
    const ledgerStore = options.store ?? store;
    const { intents } = plan({
      posts,
      ledger: await readIndex(ledgerStore),
      now,
      config,
      options: { run: runRef, ...(options.confirm ? { confirm: options.confirm } : {}) },
    });
    const outcomes = await runPlan(intents, {
      ctx: ledgerContext(ledgerStore, { now: () => now, run: runRef }),
      publishers: (c) => platforms[c.type as keyof typeof platforms]?.publisher(),
      prepare: async (post, c) => ({ text: `text of ${post.path}`, media: [], postPath: post.path, channelId: c.id }),
      sleep: async (ms) => {
        sleeps.push(ms);
      },
    });
    return { intents, outcomes };
  }
  const count = () => Object.values(platforms).map((p) => p.posts.length);
  return { store, platforms, run, count, sleeps };
}

/** The ledger's first run over an empty branch, so that later posts are new rather than adopted. */
async function started() {
  const w = world();
  await w.run([]);
  return w;
}

const actions = (intents: { kind: string }[]) => intents.filter((i) => ACTIONS.has(i.kind as never)).map((i) => i.kind);

async function channelState(store: LedgerStore, post: PlanPost, channel: string) {
  const file = await store.read(entryPath(entryId(post)));
  return file ? parseEntry(file.text, "entry").channels[channel] : undefined;
}

describe("runPlan", () => {
  it("publishes once per channel; running again (twice) changes nothing", async () => {
    const w = await started();
    const first = await w.run([sale]);
    expect(first.outcomes.map((o) => `${o.kind} ${o.channel}`)).toEqual([
      "published acme-bluesky",
      "published acme-mastodon",
      "published acme-discord",
    ]);
    for (const attempt of [2, 3]) {
      const again = await w.run([sale], { now: minutes(attempt), run: `run-${attempt}` });
      expect(actions(again.intents)).toEqual([]);
    }
    expect(w.count()).toEqual([1, 1, 1]);
    const index = await readIndex(w.store);
    expect(index?.rows[entryId(sale)]?.channels["acme-mastodon"]?.state).toBe("published");
    expect(await channelState(w.store, sale, "acme-mastodon")).toMatchObject({
      state: "published",
      publication: { id: w.platforms.mastodon.posts[0]?.id },
      run: { id: "run-1" },
    });
  });

  it("two executors at once on the same ledger: one publication per channel", async () => {
    const w = await started();
    const results = await Promise.all([w.run([sale], { run: "a" }), w.run([sale], { run: "b" })]);
    expect(w.count()).toEqual([1, 1, 1]);
    const kinds = results.flatMap((r) => r.outcomes.map((o) => o.kind)).sort();
    expect(kinds.filter((k) => k === "published")).toHaveLength(3);
    expect(kinds.filter((k) => k !== "published").every((k) => k === "claimed_elsewhere" || k === "already")).toBe(true);
    expect(actions((await w.run([sale], { run: "c", now: minutes(1) })).intents)).toEqual([]);
  });

  it("a crash after the create and before the record: the next run finds the post and records it (Bluesky, Mastodon)", async () => {
    const w = await started();
    w.platforms.bluesky.faults.push("crash-after-create");
    w.platforms.mastodon.faults.push("lost-answer");
    const first = await w.run([sale], { run: "42" });
    expect(first.outcomes.filter((o) => o.kind === "unknown").map((o) => o.channel)).toEqual(["acme-bluesky", "acme-mastodon"]);
    expect(await channelState(w.store, sale, "acme-bluesky")).toMatchObject({ state: "publishing" });
    // A re-run of the same workflow run: the earlier attempt's claims are abandoned.
    const rerun = await w.run([sale], { run: "42", attempt: 2, now: minutes(1) });
    expect(rerun.intents.filter((i) => i.kind === "resolve_claim").map((i) => ("channel" in i ? i.channel.id : ""))).toEqual([
      "acme-bluesky",
      "acme-mastodon",
    ]);
    expect(rerun.outcomes.filter((o) => o.kind === "published").every((o) => o.detail === "found on the platform")).toBe(true);
    expect(w.count()).toEqual([1, 1, 1]);
    expect(w.platforms.bluesky.calls.filter((c) => c.startsWith("publish"))).toHaveLength(1);
    expect(actions((await w.run([sale], { run: "43", now: minutes(2) })).intents)).toEqual([]);
  });

  it("a process killed between create and ledger write (no index either): a later run resolves it to one post", async () => {
    const w = await started();
    let dead = false;
    const dying: LedgerStore = {
      read: (path) => w.store.read(path),
      write: (path, text, version, message) => (dead ? Promise.reject(new Error("killed")) : w.store.write(path, text, version, message)),
    };
    const platform = w.platforms.bluesky;
    const publisher = platform.publisher();
    const original = publisher.publish;
    // After the create lands, every ledger write fails: the run dies without recording or flushing.
    w.platforms.bluesky.publisher = () => ({
      ...publisher,
      publish: async (input) => {
        const out = await original(input);
        dead = true;
        return out;
      },
    });
    const only = { ...sale, channels: ["acme-bluesky"] };
    await expect(w.run([only], { run: "1", store: dying })).rejects.toThrow("killed");
    expect(platform.posts).toHaveLength(1);
    expect((await readIndex(w.store))?.rows[entryId(only)]).toBeUndefined();
    // Too soon: another run may still be publishing it; it waits rather than touching the claim.
    const soon = await w.run([only], { run: "2", now: minutes(1) });
    expect(soon.outcomes.map((o) => o.kind)).toEqual(["claimed_elsewhere"]);
    // Later, the abandoned claim is resolved with the platform: found, recorded, not created again.
    const later = await w.run([only], { run: "3", now: minutes(11) });
    expect(later.outcomes.map((o) => `${o.kind}: ${o.detail}`)).toEqual(["published: found on the platform"]);
    expect(platform.posts).toHaveLength(1);
    expect(platform.calls.filter((c) => c.startsWith("publish"))).toHaveLength(1);
  });

  it("a timeout before the platform applied the create: resolved as absent, then created with the same claim", async () => {
    const w = await started();
    w.platforms.mastodon.faults.push("timeout-before-create");
    const only = { ...sale, channels: ["acme-mastodon"] };
    await w.run([only], { run: "1" });
    const claimed = await channelState(w.store, only, "acme-mastodon");
    expect(claimed?.state).toBe("publishing");
    const next = await w.run([only], { run: "2", now: minutes(11) });
    expect(next.outcomes.map((o) => o.kind)).toEqual(["published"]);
    expect(w.platforms.mastodon.posts.map((p) => p.key)).toEqual([claimed?.claim?.key]);
  });

  it("Discord cannot be asked: the claim goes in doubt, nothing is re-posted, and a person resolves it", async () => {
    const w = await started();
    w.platforms.discord.faults.push("lost-answer");
    const only = { ...sale, channels: ["acme-discord"] };
    await w.run([only], { run: "1" });
    const second = await w.run([only], { run: "2", now: minutes(11) });
    expect(second.outcomes.map((o) => o.kind)).toEqual(["in_doubt"]);
    const third = await w.run([only], { run: "3", now: minutes(30) });
    expect(third.intents.map((i) => i.kind)).toEqual(["in_doubt"]);
    expect(w.platforms.discord.posts).toHaveLength(1);
    expect(w.platforms.discord.calls.filter((c) => c.startsWith("publish"))).toHaveLength(1);

    const ctx = ledgerContext(w.store, { now: () => minutes(40), run: { id: "dispatch" } });
    const url = "https://discord.com/channels/1/2/3";
    expect((await resolve(ctx, { id: entryId(only), channel: "acme-discord", by: "sam", resolution: { kind: "published", url } })).ok).toBe(
      true,
    );
    await flushIndex(ctx);
    const after = await w.run([only], { run: "4", now: minutes(50) });
    expect(after.intents).toEqual([]);
    expect(await channelState(w.store, only, "acme-discord")).toMatchObject({ state: "published", publication: { url }, by: "sam" });
  });

  it("429 with retry-after: waits (bounded) and retries a refused create; a refusal is recorded as failed with its reason", async () => {
    const w = await started();
    const only = { ...sale, channels: ["acme-mastodon"] };
    w.platforms.mastodon.faults.push("rate-limited");
    expect((await w.run([only])).outcomes.map((o) => o.kind)).toEqual(["published"]);
    expect(w.sleeps).toEqual([2000]);

    const other = { ...only, path: "posts/acme/other.md", blob: "b".repeat(40) };
    w.platforms.mastodon.faults.push("rate-limited", "rate-limited", "rate-limited");
    const limited = await w.run([only, other], { run: "2" });
    expect(limited.outcomes.map((o) => `${o.kind}: ${o.detail}`)).toEqual(["failed: 429 Too Many Requests"]);
    expect(w.sleeps).toEqual([2000, 2000, 2000]);
    expect(await channelState(w.store, other, "acme-mastodon")).toMatchObject({ state: "failed", reason: "429 Too Many Requests" });

    w.platforms.mastodon.faults.push("refused");
    const third = { ...only, path: "posts/acme/third.md", blob: "c".repeat(40) };
    const refused = await w.run([only, other, third], { run: "3" });
    expect(refused.outcomes.map((o) => `${o.kind} ${o.intent.kind === "publish" ? o.intent.post.path : ""}: ${o.detail ?? ""}`)).toEqual([
      "failed posts/acme/other.md: 422: text too long",
      "published posts/acme/third.md: ",
    ]);
    expect(refused.intents.flatMap((i) => (i.kind === "publish" ? [`${i.post.path}: ${i.reason}`] : []))).toEqual([
      "posts/acme/other.md: again, after a refusal",
      "posts/acme/third.md: merged",
    ]);
    // A lost answer (outcome unknown) is never retried, whatever it says about waiting.
    expect(w.sleeps).toHaveLength(3);
    expect(w.platforms.mastodon.posts).toHaveLength(2);
  });

  it("a deleted post is taken down where it is live; a moved one is followed, not published again", async () => {
    const w = await started();
    await w.run([sale]);
    const moved = { ...sale, path: "posts/acme/2026/sale.md" };
    const moving = await w.run([moved], { run: "2", now: minutes(1) });
    expect(actions(moving.intents)).toEqual(["move"]);
    expect(w.count()).toEqual([1, 1, 1]);
    expect((await readIndex(w.store))?.rows[entryId(sale)]?.path).toBe(moved.path);

    const gone = await w.run([], { run: "3", now: minutes(2) });
    expect(gone.outcomes.map((o) => `${o.kind} ${o.channel}`)).toEqual([
      "taken_down acme-bluesky",
      "taken_down acme-mastodon",
      "taken_down acme-discord",
    ]);
    expect(w.count()).toEqual([0, 0, 0]);
    // Followed until its retrospective is recorded (the publishing run opens it), then it leaves the index.
    expect(Object.values((await readIndex(w.store))?.rows ?? {}).map((r) => r.retrospective)).toEqual(["pending"]);
    expect((await w.run([], { run: "4", now: minutes(3) })).intents.map((i) => i.kind)).toEqual(["retrospective"]);
    await retrospectiveRecorded(w.store, entryId(sale), minutes(3));
    expect((await readIndex(w.store))?.rows).toEqual({});
    expect((await w.run([], { run: "5", now: minutes(4) })).intents).toEqual([]);
  });

  it("an index row written late by another run (already taken down) is repaired, not reported as a manual takedown", async () => {
    const w = await started();
    await w.run([sale]);
    const stale = (await readIndex(w.store))?.rows[entryId(sale)];
    await w.run([], { run: "2", now: minutes(1) });
    await retrospectiveRecorded(w.store, entryId(sale), minutes(1));
    // Another run's flush lays its older row back over the index.
    const ctx = ledgerContext(w.store, { now: () => minutes(2) });
    if (stale) ctx.rows.set(stale.id, stale);
    await flushIndex(ctx);
    const again = await w.run([], { run: "3", now: minutes(3) });
    expect(again.outcomes.map((o) => o.kind)).toEqual(["already", "already", "already"]);
    expect(w.platforms.mastodon.calls.filter((c) => c.startsWith("remove"))).toHaveLength(1);
    await retrospectiveRecorded(w.store, entryId(sale), minutes(3));
    expect((await w.run([], { run: "4", now: minutes(4) })).intents).toEqual([]);
  });

  it("LinkedIn is said once per post and recorded; the post's other channels publish", async () => {
    const w = await started();
    const withLinkedIn = { ...sale, channels: ["acme-mastodon", "acme-linkedin"] };
    const first = await w.run([withLinkedIn]);
    expect(first.outcomes.map((o) => o.kind)).toEqual(["published", "skipped"]);
    expect(await channelState(w.store, withLinkedIn, "acme-linkedin")).toMatchObject({ state: "skipped" });
    expect((await w.run([withLinkedIn], { run: "2", now: minutes(1) })).intents).toEqual([]);
  });

  it("the first run adopts what is there, in one ledger write", async () => {
    const w = world();
    const posts = Array.from({ length: 200 }, (_, i) => ({ ...sale, path: `posts/${i}.md`, blob: `${i}`.padStart(40, "0") }));
    const first = await w.run(posts);
    expect(first.outcomes.filter((o) => o.kind === "adopted")).toHaveLength(200);
    expect(w.count()).toEqual([0, 0, 0]);
    expect((w.store as MemoryLedgerStore).writes).toHaveLength(1);
    expect((await w.run(posts, { run: "2" })).intents).toEqual([]);
  });

  it("a post whose text cannot be prepared is not claimed: nothing is left for the next run to doubt", async () => {
    const w = await started();
    const only = { ...sale, channels: ["acme-discord"] };
    const ctx = ledgerContext(w.store, { now: () => T0, run: { id: "1" } });
    const { intents } = plan({ posts: [only], ledger: await readIndex(w.store), now: T0, config });
    const outcomes = await runPlan(intents, {
      ctx,
      publishers: () => w.platforms.discord.publisher(),
      prepare: async () => {
        throw new Error("media/acme/banner.png is missing");
      },
    });
    expect(outcomes.map((o) => `${o.kind}: ${o.detail}`)).toEqual(["failed: not sent: media/acme/banner.png is missing"]);
    expect(await w.store.read(entryPath(entryId(only)))).toBeUndefined();
    expect((await w.run([only], { run: "2" })).outcomes.map((o) => o.kind)).toEqual(["published"]);
  });

  it("an adopted post deleted from the branch needs a manual takedown until a person confirms it", async () => {
    const w = world();
    const old = { ...sale, channels: ["acme-mastodon"] };
    await w.run([old]);
    const gone = await w.run([], { run: "2" });
    expect(gone.outcomes.map((o) => o.kind)).toEqual(["manual_takedown"]);
    expect((await w.run([], { run: "3" })).outcomes.map((o) => o.kind)).toEqual(["manual_takedown"]);
    const row = (await readIndex(w.store))?.rows[entryId(old)];
    const ctx = ledgerContext(w.store, { now: () => T0, run: { id: "dispatch" } });
    expect(
      (await takeDown(ctx, { id: entryId(old), channel: "acme-mastodon", reason: "removed by hand", by: "sam", ...(row ? { row } : {}) }))
        .ok,
    ).toBe(true);
    await flushIndex(ctx);
    expect((await w.run([], { run: "4" })).intents).toEqual([]);
    expect(await channelState(w.store, old, "acme-mastodon")).toMatchObject({ state: "taken_down", by: "sam" });
  });

  it("ledger requests do not grow with the posts followed or the history: one new post costs the same with 5,000 others", async () => {
    async function requestsFor(followed: number) {
      const inner = new MemoryLedgerStore();
      const counted = { reads: 0, writes: 0 };
      const store: LedgerStore = {
        read: (path) => {
          counted.reads++;
          return inner.read(path);
        },
        write: (path, text, version, message) => {
          counted.writes++;
          return inner.write(path, text, version, message);
        },
      };
      const w = world(store);
      const old = Array.from({ length: followed }, (_, i) => ({ ...sale, path: `posts/acme/old-${i}.md`, blob: `${i}`.padStart(40, "0") }));
      await w.run(old); // adopted
      counted.reads = 0;
      counted.writes = 0;
      const started = performance.now();
      const result = await w.run([...old, sale], { run: "2" });
      const ms = performance.now() - started;
      expect(result.outcomes.filter((o) => o.kind === "published")).toHaveLength(3);
      return { ...counted, ms };
    }
    const small = await requestsFor(10);
    const large = await requestsFor(5000);
    expect({ reads: large.reads, writes: large.writes }).toEqual({ reads: small.reads, writes: small.writes });
    // One index read; for the post one locate and one claim read and one claim write for its three channels; per
    // channel a record read and write; one index read and write.
    expect(small).toMatchObject({ reads: 1 + 2 + 3 + 1, writes: 1 + 3 + 1 });
    // Planning and running over 5,000 followed posts stays well under a second here (printed for the report).
    console.log(`ledger run with 10 / 5,000 followed posts: ${small.ms.toFixed(0)} / ${large.ms.toFixed(0)} ms`);
  });
});

/** What the publishing run does once a takedown's retrospective issue exists: the closed post leaves the index. */
async function retrospectiveRecorded(store: LedgerStore, id: string, now: Date): Promise<void> {
  const ctx = ledgerContext(store, { now: () => now });
  await recordRetrospective(ctx, { id, number: 1 });
  await flushIndex(ctx);
}
