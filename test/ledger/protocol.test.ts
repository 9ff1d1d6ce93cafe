import { describe, expect, it } from "vitest";
import { ledgerContext } from "../../src/ledger/context.js";
import { GitHubLedgerStore, type LedgerGitHub } from "../../src/ledger/github-store.js";
import { adopt, flushIndex, readIndex } from "../../src/ledger/index-file.js";
import { entryId, entryPath, INDEX_PATH, parseEntry, parseIndex, serializeIndex } from "../../src/ledger/layout.js";
import { MemoryLedgerStore } from "../../src/ledger/memory-store.js";
import { claim, claimAll, markFailed, markInDoubt, move, record, resolve, skip, takeDown, takeOver } from "../../src/ledger/protocol.js";
import { LedgerConflict, type LedgerStore } from "../../src/ledger/store.js";
import { recordRetrospective } from "../../src/ledger/takedown.js";
import type { LedgerIndex } from "../../src/ledger/types.js";

const post = { client: "acme", path: "posts/acme/sale.md", blob: "a".repeat(40) };
const T0 = new Date("2026-12-01T10:00:00Z");
const at = (minutes: number) => () => new Date(T0.getTime() + minutes * 60_000);
const pub = { id: "111", url: "https://social.example/@acme/111" };

async function entryOf(store: MemoryLedgerStore, id: string) {
  const file = await store.read(entryPath(id));
  if (!file) throw new Error(`no entry ${id}`);
  return parseEntry(file.text, id);
}

describe("claim", () => {
  it("creates the entry at the post's derived id, and a second claim sees the first", async () => {
    const store = new MemoryLedgerStore();
    const a = ledgerContext(store, { now: at(0), run: { id: "run-a" } });
    const first = await claim(a, { post, channel: "acme-mastodon", type: "mastodon", claim: { key: "k1", at: T0.toISOString() } });
    expect(first.outcome).toBe("won");
    expect(first.entry.id).toBe(entryId(post));
    const b = ledgerContext(store, { now: at(1), run: { id: "run-b" } });
    const second = await claim(b, { post, channel: "acme-mastodon", type: "mastodon", claim: { key: "k2", at: T0.toISOString() } });
    expect(second.outcome).toBe("held");
    expect(second.outcome === "held" && second.record.claim?.key).toBe("k1");
    // Another channel of the same post is claimed in the same entry.
    const other = await claim(b, { post, channel: "acme-bluesky", type: "bluesky", claim: { key: "tid1", at: T0.toISOString() } });
    expect(other.outcome).toBe("won");
    const entry = await entryOf(store, first.entry.id);
    expect(Object.keys(entry.channels).sort()).toEqual(["acme-bluesky", "acme-mastodon"]);
    expect(entry.channels["acme-mastodon"]?.claim).toMatchObject({ key: "k1", run: { id: "run-a" }, heldSince: T0.toISOString() });
  });

  it("claims several channels of a post in one write; two runs claiming the same channels at once: each channel has one winner", async () => {
    const store = new MemoryLedgerStore();
    let writes = 0;
    const counting = {
      read: (p: string) => store.read(p),
      write: (...args: Parameters<typeof store.write>) => {
        writes++;
        return store.write(...args);
      },
    };
    const channels = (key: string) =>
      ["b", "m", "d"].map((channel) => ({ channel, type: "mastodon", claim: { key: `${key}-${channel}`, at: T0.toISOString() } }));
    const [r1, r2] = await Promise.all(
      ["r1", "r2"].map((id) => claimAll(ledgerContext(counting, { now: at(0), run: { id } }), { post, channels: channels(id) })),
    );
    for (const i of [0, 1, 2]) expect([r1?.[i]?.outcome, r2?.[i]?.outcome].sort()).toEqual(["held", "won"]);
    // One run won all three (the entry is one file, written once), and each loser sees the winner's key.
    const winner = r1?.[0]?.outcome === "won" ? "r1" : "r2";
    const entry = await entryOf(store, entryId(post));
    expect(Object.values(entry.channels).map((c) => c.claim?.key)).toEqual([`${winner}-b`, `${winner}-m`, `${winner}-d`]);
    // The winner's one write, the loser's conflicting attempt.
    expect(writes).toBe(2);
    // Already settled channels stay as they are; a new channel of the same post is claimed next to them.
    const later = await claimAll(ledgerContext(store, { now: at(1), run: { id: "r3" } }), {
      post,
      channels: [...channels("r3").slice(0, 1), { channel: "w", type: "webhook", claim: { key: "r3-w", at: T0.toISOString() } }],
    });
    expect(later.map((r) => r.outcome)).toEqual(["held", "won"]);
  });

  it("two claimers interleaved on the same post and channel: exactly one wins, the other sees its claim", async () => {
    for (let round = 0; round < 20; round++) {
      const store = new MemoryLedgerStore();
      const contexts = ["r1", "r2", "r3"].map((id) => ledgerContext(store, { now: at(0), run: { id } }));
      const results = await Promise.all(
        contexts.map((ctx, i) => claim(ctx, { post, channel: "c", type: "mastodon", claim: { key: `key-${i}`, at: T0.toISOString() } })),
      );
      const winners = results.filter((r) => r.outcome === "won");
      expect(winners).toHaveLength(1);
      const winnerKey = winners[0]?.outcome === "won" ? winners[0].claim.key : "";
      for (const r of results) if (r.outcome !== "won") expect(r.record.claim?.key).toBe(winnerKey);
      expect((await entryOf(store, entryId(post))).channels.c?.claim?.key).toBe(winnerKey);
    }
  });

  it("a conflict on write is retried by re-reading: the other run's claim is kept, not overwritten", async () => {
    const inner = new MemoryLedgerStore();
    const rival = ledgerContext(inner, { now: at(0), run: { id: "rival" } });
    let injected = false;
    // Between our read and our write, the rival claims: our first write must conflict.
    const store: LedgerStore = {
      read: (path) => inner.read(path),
      async write(path, text, version, message) {
        if (!injected) {
          injected = true;
          await claim(rival, { post, channel: "c", type: "mastodon", claim: { key: "rival-key", at: T0.toISOString() } });
        }
        return inner.write(path, text, version, message);
      },
    };
    const ours = await claim(ledgerContext(store, { now: at(0), run: { id: "ours" } }), {
      post,
      channel: "c",
      type: "mastodon",
      claim: { key: "our-key", at: T0.toISOString() },
    });
    expect(ours.outcome).toBe("held");
    expect((await entryOf(inner, entryId(post))).channels.c?.claim?.key).toBe("rival-key");
  });

  it("a failed channel is claimed again with a new key; a changed post none of whose channels is live takes the new blob", async () => {
    const store = new MemoryLedgerStore();
    const ctx = ledgerContext(store, { now: at(0), run: { id: "r" } });
    const won = await claim(ctx, { post, channel: "c", type: "mastodon", claim: { key: "k1", at: T0.toISOString() } });
    expect((await markFailed(ctx, { id: won.entry.id, channel: "c", key: "k1", reason: "422: too long" })).ok).toBe(true);
    const again = await claim(ctx, {
      id: won.entry.id,
      post: { ...post, blob: "b".repeat(40) },
      channel: "c",
      type: "mastodon",
      claim: { key: "k2", at: T0.toISOString() },
    });
    expect(again.outcome).toBe("won");
    const entry = await entryOf(store, won.entry.id);
    expect(entry.blob).toBe("b".repeat(40));
    expect(entry.history.map((t) => t.to ?? `blob ${t.toBlob?.slice(0, 1)}`)).toEqual(["publishing", "failed", "blob b", "publishing"]);
  });
});

describe("record, markInDoubt, resolve", () => {
  it("record needs the claim's key, is repeat-safe, and keeps the publication", async () => {
    const store = new MemoryLedgerStore();
    const ctx = ledgerContext(store, { now: at(0), run: { id: "r" } });
    const { entry } = await claim(ctx, { post, channel: "c", type: "mastodon", claim: { key: "k1", at: T0.toISOString() } });
    expect((await record(ctx, { id: entry.id, channel: "c", key: "not-mine", publication: pub })).ok).toBe(false);
    expect((await record(ctx, { id: entry.id, channel: "c", key: "k1", publication: pub })).ok).toBe(true);
    const writes = store.writes.length;
    expect((await record(ctx, { id: entry.id, channel: "c", key: "k1", publication: pub })).ok).toBe(true);
    expect(store.writes.length).toBe(writes);
    expect((await record(ctx, { id: entry.id, channel: "c", key: "k1", publication: { ...pub, id: "222" } })).ok).toBe(false);
    const stored = await entryOf(store, entry.id);
    expect(stored.channels.c).toMatchObject({ state: "published", publication: pub, run: { id: "r" } });
  });

  it("in doubt, then a person resolves: published <url>, or retry (failed, so the next run claims anew)", async () => {
    const store = new MemoryLedgerStore();
    const ctx = ledgerContext(store, { now: at(0), run: { id: "r" } });
    const { entry } = await claim(ctx, { post, channel: "d1", type: "discord", claim: { key: "n1", at: T0.toISOString() } });
    await claim(ctx, { post, channel: "d2", type: "discord", claim: { key: "n2", at: T0.toISOString() } });
    expect((await markInDoubt(ctx, { id: entry.id, channel: "d1", key: "n1", reason: "timeout" })).ok).toBe(true);
    expect((await markInDoubt(ctx, { id: entry.id, channel: "d2", key: "n2", reason: "timeout" })).ok).toBe(true);
    const url = "https://discord.com/channels/1/2/3";
    await resolve(ctx, { id: entry.id, channel: "d1", by: "sam", resolution: { kind: "published", url } });
    await resolve(ctx, { id: entry.id, channel: "d2", by: "sam", resolution: { kind: "retry" } });
    const stored = await entryOf(store, entry.id);
    expect(stored.channels.d1).toMatchObject({ state: "published", by: "sam", publication: { url } });
    expect(stored.channels.d2).toMatchObject({ state: "failed", by: "sam" });
    // A resolved channel is not resolved twice.
    expect((await resolve(ctx, { id: entry.id, channel: "d1", by: "sam", resolution: { kind: "retry" } })).ok).toBe(false);
    const next = await claim(ctx, { id: entry.id, post, channel: "d2", type: "discord", claim: { key: "n3", at: T0.toISOString() } });
    expect(next.outcome).toBe("won");
  });
});

describe("takeOver", () => {
  it("takes a stale claim (keeping its key) once; a fresh claim of another run is left alone", async () => {
    const store = new MemoryLedgerStore();
    const crashed = ledgerContext(store, { now: at(0), run: { id: "crashed" } });
    const { entry } = await claim(crashed, { post, channel: "c", type: "bluesky", claim: { key: "tid", at: T0.toISOString() } });
    const early = ledgerContext(store, { now: at(5), run: { id: "early" } });
    expect((await takeOver(early, { id: entry.id, channel: "c", staleAfterMs: 10 * 60_000 })).outcome).toBe("held");
    const [x, y] = await Promise.all(
      ["x", "y"].map((id) =>
        takeOver(ledgerContext(store, { now: at(11), run: { id } }), { id: entry.id, channel: "c", staleAfterMs: 10 * 60_000 }),
      ),
    );
    expect([x?.outcome, y?.outcome].sort()).toEqual(["held", "won"]);
    const stored = await entryOf(store, entry.id);
    expect(stored.channels.c?.claim?.key).toBe("tid");
    expect(stored.channels.c?.claim?.heldSince).toBe(at(11)().toISOString());
  });

  it("a re-run of the same workflow run (higher attempt) takes over at once", async () => {
    const store = new MemoryLedgerStore();
    const first = ledgerContext(store, { now: at(0), run: { id: "42", attempt: 1 } });
    const { entry } = await claim(first, { post, channel: "c", type: "bluesky", claim: { key: "tid", at: T0.toISOString() } });
    const rerun = ledgerContext(store, { now: at(1), run: { id: "42", attempt: 2 } });
    expect((await takeOver(rerun, { id: entry.id, channel: "c", staleAfterMs: 10 * 60_000 })).outcome).toBe("won");
  });
});

describe("the index", () => {
  it("adoption writes one index file, not one file per post", async () => {
    const store = new MemoryLedgerStore();
    const ctx = ledgerContext(store, { now: at(0), run: { id: "first" } });
    const posts = Array.from({ length: 200 }, (_, i) => ({
      client: "acme",
      path: `posts/${i}.md`,
      blob: `${i}`.padStart(40, "0"),
      channels: [{ id: "c", type: "mastodon" }],
    }));
    adopt(ctx, posts);
    await flushIndex(ctx, { start: true });
    expect(store.writes).toHaveLength(1);
    const index = await readIndex(store);
    expect(Object.keys(index?.rows ?? {})).toHaveLength(200);
    expect(index?.started.run?.id).toBe("first");
    expect(Object.values(index?.rows ?? {})[0]).toMatchObject({ adoptedOnly: true, channels: { c: { state: "adopted" } } });
  });

  it("starts an empty ledger, so that a later run is not a first run", async () => {
    const store = new MemoryLedgerStore();
    expect(await readIndex(store)).toBeUndefined();
    await flushIndex(ledgerContext(store, { now: at(0) }), { start: true });
    expect(await readIndex(store)).toMatchObject({ format: 1, rows: {} });
  });

  it("two runs flushing at once merge their rows; the newer state of a post wins", async () => {
    const store = new MemoryLedgerStore();
    const a = ledgerContext(store, { now: at(0), run: { id: "a" } });
    const b = ledgerContext(store, { now: at(0), run: { id: "b" } });
    const other = { ...post, path: "posts/acme/other.md", blob: "c".repeat(40) };
    const won = await claim(a, { post, channel: "c", type: "mastodon", claim: { key: "k", at: T0.toISOString() } });
    const stale = new Map(a.rows);
    await record(a, { id: won.entry.id, channel: "c", key: "k", publication: pub });
    await claim(b, { post: other, channel: "c", type: "mastodon", claim: { key: "k", at: T0.toISOString() } });
    for (const [id, row] of stale) b.rows.set(id, row); // b saw the claim of a's post, not its publication
    await Promise.all([flushIndex(a), flushIndex(b)]);
    const index = await readIndex(store);
    expect(index?.rows[won.entry.id]?.channels.c?.state).toBe("published");
    expect(index?.rows[entryId(other)]?.channels.c?.state).toBe("publishing");
  });

  it("a move keeps the id and records the former path; a closed entry leaves the index; the post's return is a new generation", async () => {
    const store = new MemoryLedgerStore();
    const ctx = ledgerContext(store, { now: at(0), run: { id: "r" } });
    const { entry } = await claim(ctx, { post, channel: "c", type: "mastodon", claim: { key: "k", at: T0.toISOString() } });
    await record(ctx, { id: entry.id, channel: "c", key: "k", publication: pub });
    await flushIndex(ctx);
    const row = (await readIndex(store))?.rows[entry.id];
    if (!row) throw new Error("no row");
    await move(ctx, { row, to: "posts/acme/2026/sale.md" });
    await flushIndex(ctx);
    expect((await readIndex(store))?.rows[entry.id]?.path).toBe("posts/acme/2026/sale.md");
    const moved = await entryOf(store, entry.id);
    expect(moved).toMatchObject({ path: "posts/acme/2026/sale.md", formerPaths: [post.path] });

    await takeDown(ctx, { id: entry.id, channel: "c", reason: "reverted" });
    await flushIndex(ctx);
    // Closed, but followed until its retrospective issue is recorded: a run that dies before opening it is caught up.
    expect((await readIndex(store))?.rows[entry.id]).toMatchObject({ retrospective: "pending", channels: { c: { state: "taken_down" } } });
    await recordRetrospective(ctx, { id: entry.id, number: 7 });
    await flushIndex(ctx);
    expect((await readIndex(store))?.rows[entry.id]).toBeUndefined();
    expect((await entryOf(store, entry.id)).channels.c?.publication).toEqual(pub);

    // The same file comes back at its first path: a new publication, linked to the old one.
    const back = await claim(ctx, { post, channel: "c", type: "mastodon", claim: { key: "k2", at: T0.toISOString() } });
    expect(back.outcome).toBe("won");
    expect(back.entry).toMatchObject({ generation: 2, previous: entry.id });
    expect(back.entry.id).not.toBe(entry.id);
  });

  it("an adopted-only post moves in the index without an entry file", async () => {
    const store = new MemoryLedgerStore();
    const ctx = ledgerContext(store, { now: at(0) });
    adopt(ctx, [{ ...post, channels: [{ id: "c", type: "mastodon" }] }]);
    await flushIndex(ctx, { start: true });
    const row = (await readIndex(store))?.rows[entryId(post)];
    if (!row) throw new Error("no row");
    await move(ctx, { row, to: "posts/moved.md" });
    await flushIndex(ctx);
    expect((await readIndex(store))?.rows[row.id]).toMatchObject({ path: "posts/moved.md", adoptedOnly: true });
    expect(await store.read(entryPath(row.id))).toBeUndefined();
  });

  it("skip records the channels once", async () => {
    const store = new MemoryLedgerStore();
    const ctx = ledgerContext(store, { now: at(0) });
    const channels = [{ id: "acme-linkedin", type: "linkedin" }];
    await skip(ctx, { post, channels, reason: "LinkedIn is not published yet" });
    await skip(ctx, { post, channels, reason: "LinkedIn is not published yet" });
    expect(store.writes).toHaveLength(1);
    expect((await entryOf(store, entryId(post))).channels["acme-linkedin"]?.state).toBe("skipped");
  });
});

describe("stored files", () => {
  it("a broken file is reported by name and expectation, not with a parser's stack", async () => {
    const store = new MemoryLedgerStore();
    await store.write(INDEX_PATH, "{not json", undefined, "broken");
    await expect(readIndex(store)).rejects.toThrow("the ledger file index.json is not JSON; expected a checkpost ledger record");
    expect(() => parseIndex('{"format":2}')).toThrow("not a checkpost ledger record of format 1");
    expect(() => entryPath("../../etc")).toThrow("a ledger id is 24 hex characters");
  });
});

describe("GitHubLedgerStore", () => {
  function fakeGitHub() {
    const files = new Map<string, { text: string; sha: string }>();
    const branches = new Set<string>();
    const calls: string[] = [];
    let n = 0;
    const github: LedgerGitHub = {
      async getContent(branch, path) {
        calls.push(`get ${branch} ${path}`);
        return branches.has(branch) ? files.get(`${branch}:${path}`) : undefined;
      },
      async putContent(branch, path, text, sha, message) {
        calls.push(`put ${branch} ${path} ${sha ?? "new"} ${message}`);
        if (!branches.has(branch)) throw new Error("404 branch not found");
        if (files.get(`${branch}:${path}`)?.sha !== sha) throw new LedgerConflict(path);
        const next = `sha${++n}`;
        files.set(`${branch}:${path}`, { text, sha: next });
        return next;
      },
      async ensureBranch(branch) {
        calls.push(`ensure ${branch}`);
        branches.add(branch);
      },
    };
    return { github, calls };
  }

  it("creates the branch once, maps versions to blob shas, and passes conflicts on", async () => {
    const { github, calls } = fakeGitHub();
    const store = new GitHubLedgerStore(github, "checkpost-ledger");
    const ctx = ledgerContext(store, { now: at(0), run: { id: "r" } });
    const won = await claim(ctx, { post, channel: "c", type: "mastodon", claim: { key: "k", at: T0.toISOString() } });
    await record(ctx, { id: won.entry.id, channel: "c", key: "k", publication: pub });
    await flushIndex(ctx);
    expect(calls.filter((c) => c.startsWith("ensure"))).toEqual(["ensure checkpost-ledger"]);
    expect(calls.filter((c) => c.startsWith("put")).map((c) => c.split(" ").slice(2, 4).join(" "))).toEqual([
      `${entryPath(won.entry.id)} new`,
      `${entryPath(won.entry.id)} sha1`,
      "index.json new",
    ]);
    await expect(store.write(INDEX_PATH, "{}", "sha1", "stale")).rejects.toBeInstanceOf(LedgerConflict);
  });
});

describe("serializeIndex", () => {
  it("writes one row per line, and reads back the same index", () => {
    const index: LedgerIndex = {
      format: 1,
      started: { at: T0.toISOString() },
      rows: {
        [entryId(post)]: {
          id: entryId(post),
          client: "acme",
          path: post.path,
          blob: post.blob,
          channels: { c: { type: "mastodon", state: "published", at: "t" } },
          seq: 2,
        },
        [entryId({ ...post, path: "b.md" })]: {
          id: entryId({ ...post, path: "b.md" }),
          client: "acme",
          path: "b.md",
          blob: post.blob,
          channels: {},
          seq: 0,
        },
      },
    };
    const text = serializeIndex(index);
    expect(parseIndex(text)).toEqual(index);
    expect(text.split("\n").filter((l) => l.includes('"path"'))).toHaveLength(2);
    expect(parseIndex(serializeIndex({ ...index, rows: {} }))).toEqual({ ...index, rows: {} });
  });
});
