/**
 * The exactly-once protocol, one function per transition: claim → (create on the platform) → record;
 * markInDoubt / markFailed when the create did not end cleanly; takeOver to resolve a stale claim; resolve
 * for a person's answer; plus move, skip and takeDown. Each reads the entry, decides on what it read and
 * writes with compare-and-swap: on a conflict it reads again and decides again, so two runs never both win.
 */
import type { Claim, Publication } from "../channels/publisher.js";
import { casUpdate } from "./cas.js";
import type { LedgerContext } from "./context.js";
import { entryId, entryPath, type PostIdentity, parseEntry, serialize } from "./layout.js";
import { isClosed, LIVE_STATES, rowFromEntry } from "./rows.js";
import { isStaleClaim } from "./stale.js";
import type { Approvals, ChannelRecord, IndexRow, LedgerEntry, PullRequestRef, StoredClaim, TakedownTrigger, Transition } from "./types.js";

/** What a first claim records about the post beyond its identity: where its approval came from. */
export interface ClaimPost extends PostIdentity {
  pullRequest?: PullRequestRef;
  approvals?: Approvals;
}

/** A claim attempt's answer: won (go and create), held by another run, or already settled. */
export type ClaimResult =
  | { outcome: "won"; entry: LedgerEntry; claim: StoredClaim }
  | { outcome: "held"; entry: LedgerEntry; record: ChannelRecord }
  | { outcome: "settled"; entry: LedgerEntry; record: ChannelRecord };

/** A transition that needs the caller's claim: refused (with what the ledger holds) when the claim is not ours. */
export type TransitionResult = { ok: true; entry: LedgerEntry } | { ok: false; entry: LedgerEntry | undefined; record?: ChannelRecord };

function newEntry(id: string, post: ClaimPost, at: string, generation: number, previous: string | undefined): LedgerEntry {
  return {
    format: 1,
    id,
    generation,
    ...(previous ? { previous } : {}),
    client: post.client,
    path: post.path,
    formerPaths: [],
    blob: post.blob,
    ...(post.pullRequest ? { pullRequest: post.pullRequest } : {}),
    ...(post.approvals ? { approvals: post.approvals } : {}),
    channels: {},
    history: [],
    createdAt: at,
  };
}

/** Set a channel's record and log the transition. */
function setChannel(entry: LedgerEntry, channel: string, record: ChannelRecord, extra: Partial<Transition> = {}): void {
  const from = entry.channels[channel]?.state;
  entry.channels[channel] = record;
  entry.history.push({
    at: record.at,
    channel,
    ...(from ? { from } : {}),
    to: record.state,
    ...(record.run ? { run: record.run } : {}),
    ...extra,
  });
}

/**
 * Read-decide-write on one entry. `decide` gets a private copy (undefined when the file does not exist) and
 * returns the entry to write, or none to leave it. The row for the index is noted only after a write
 * succeeded, or for what was read when nothing was written (a stale index repairs itself this way).
 */
export async function updateEntry<R>(
  ctx: LedgerContext,
  id: string,
  message: string,
  decide: (entry: LedgerEntry | undefined) => { write?: LedgerEntry; result: R },
): Promise<R> {
  const path = entryPath(id);
  const { result, entry } = await casUpdate(ctx.store, path, message, (text) => {
    const current = text === undefined ? undefined : parseEntry(text, path);
    const step = decide(current ? structuredClone(current) : undefined);
    return { write: step.write && serialize(step.write), result: { result: step.result, entry: step.write ?? current } };
  });
  if (entry) ctx.rows.set(id, rowFromEntry(entry));
  return result;
}

/** The entry a new claim for this post belongs to: generation 1, or the first after closed ones. */
async function locate(ctx: LedgerContext, post: PostIdentity): Promise<{ id: string; generation: number; previous?: string }> {
  let previous: string | undefined;
  for (let generation = 1; ; generation++) {
    const id = entryId(post, generation);
    const file = await ctx.store.read(entryPath(id));
    if (!file || !isClosed(parseEntry(file.text, entryPath(id)))) return { id, generation, ...(previous ? { previous } : {}) };
    previous = id;
  }
}

/** One channel to claim: its id and type, and the key the platform will recognise. */
export interface ChannelClaim {
  channel: string;
  type: string;
  claim: Claim;
}

/**
 * Claim a channel of a post before creating anything on it. `id` is the ledger id when the index knows the
 * post (moved posts keep theirs); a post new to the ledger gets the id derived from its identity, so two
 * runs racing for it write the same file and exactly one wins.
 */
export async function claim(ctx: LedgerContext, input: { id?: string; post: ClaimPost } & ChannelClaim): Promise<ClaimResult> {
  const [result] = await claimAll(ctx, { ...(input.id ? { id: input.id } : {}), post: input.post, channels: [input] });
  return result as ClaimResult;
}

/**
 * Claim several channels of one post in one compare-and-swap write of its entry: a post on four channels costs
 * one ledger write before its creates, not four (GitHub's client spaces writes a second apart). Each channel
 * is won, held by another run, or already settled, exactly as if claimed alone.
 */
export async function claimAll(
  ctx: LedgerContext,
  input: { id?: string; post: ClaimPost; channels: readonly ChannelClaim[] },
): Promise<ClaimResult[]> {
  const where = input.id ? { id: input.id, generation: 1 } : await locate(ctx, input.post);
  const at = ctx.now().toISOString();
  const names = input.channels.map((c) => c.channel).join(", ");
  return updateEntry<ClaimResult[]>(ctx, where.id, `claim ${input.post.path} on ${names}`, (current) => {
    const entry = current ?? newEntry(where.id, input.post, at, where.generation, "previous" in where ? where.previous : undefined);
    const open = (c: ChannelClaim) => {
      const record = entry.channels[c.channel];
      return !record || record.state === "failed";
    };
    if (!input.channels.some(open)) {
      return {
        result: input.channels.map((c) => {
          const record = entry.channels[c.channel] as ChannelRecord;
          return { outcome: record.state === "publishing" ? "held" : "settled", entry, record };
        }),
      };
    }
    if (entry.blob !== input.post.blob) {
      // A new version of a post none of whose channels is live yet (e.g. fixed after a refusal) is simply
      // what gets published; a live post's new version is a correction, which is not a claim.
      if (Object.values(entry.channels).some((r) => LIVE_STATES.has(r.state)))
        throw new Error(`${input.post.path} changed after it was published; a correction, not a new claim, applies`);
      entry.history.push({ at, fromBlob: entry.blob, toBlob: input.post.blob, reason: "new version before publication" });
      entry.blob = input.post.blob;
    }
    const results = input.channels.map((c): ClaimResult => {
      const record = entry.channels[c.channel];
      if (record && !open(c)) return { outcome: record.state === "publishing" ? "held" : "settled", entry, record };
      const stored: StoredClaim = { ...c.claim, ...(ctx.run ? { run: ctx.run } : {}), heldSince: at };
      setChannel(entry, c.channel, { type: c.type, state: "publishing", at, ...(ctx.run ? { run: ctx.run } : {}), claim: stored });
      return { outcome: "won", entry, claim: stored };
    });
    return { write: entry, result: results };
  });
}

/**
 * Take over a stale `publishing` claim to resolve it (keeping its key: the platform knows the post by it).
 * Staleness is judged on what is read, so of two runs racing to take over, the second sees the first's
 * fresh hold and backs off.
 */
export async function takeOver(ctx: LedgerContext, input: { id: string; channel: string; staleAfterMs: number }): Promise<ClaimResult> {
  const at = ctx.now().toISOString();
  return updateEntry<ClaimResult>(ctx, input.id, `resolve the claim of ${input.id} on ${input.channel}`, (entry) => {
    if (!entry) throw new Error(`the ledger has no entry ${input.id}; nothing to resolve on ${input.channel}`);
    const record = entry.channels[input.channel];
    if (!record) throw new Error(`the ledger entry ${input.id} has no channel ${input.channel}; nothing to resolve`);
    if (record.state !== "publishing" || !record.claim) return { result: { outcome: "settled", entry, record } };
    if (!isStaleClaim(record.claim, ctx.now(), ctx.run, input.staleAfterMs)) return { result: { outcome: "held", entry, record } };
    const stored: StoredClaim = { ...record.claim, ...(ctx.run ? { run: ctx.run } : {}), heldSince: at };
    entry.channels[input.channel] = { ...record, claim: stored };
    entry.history.push({
      at,
      channel: input.channel,
      reason: "stale claim taken over to resolve it",
      ...(ctx.run ? { run: ctx.run } : {}),
    });
    return { write: entry, result: { outcome: "won", entry, claim: stored } };
  });
}

/** A transition allowed only to the holder of the claim `key`. */
function claimedTransition(
  ctx: LedgerContext,
  input: { id: string; channel: string; key: string },
  message: string,
  from: ReadonlySet<string>,
  next: (record: ChannelRecord, at: string) => ChannelRecord | "done" | "refused",
): Promise<TransitionResult> {
  const at = ctx.now().toISOString();
  return updateEntry<TransitionResult>(ctx, input.id, message, (entry) => {
    const record = entry?.channels[input.channel];
    if (!entry || !record || record.claim?.key !== input.key) return { result: { ok: false, entry, ...(record ? { record } : {}) } };
    const updated = from.has(record.state) ? next(record, at) : "refused";
    if (updated === "done") return { result: { ok: true, entry } };
    if (updated === "refused") return { result: { ok: false, entry, record } };
    setChannel(entry, input.channel, updated, updated.publication ? { publication: updated.publication } : {});
    return { write: entry, result: { ok: true, entry } };
  });
}

const PENDING = new Set(["publishing", "in_doubt"]);

/** The create succeeded: `published`, with what takedowns and corrections will need. Repeat-safe. */
export function record(
  ctx: LedgerContext,
  input: { id: string; channel: string; key: string; publication: Publication },
): Promise<TransitionResult> {
  return claimedTransition(ctx, input, `published ${input.id} on ${input.channel}`, new Set([...PENDING, "published"]), (r, at) =>
    r.state === "published"
      ? r.publication?.id === input.publication.id
        ? "done"
        : "refused"
      : { ...r, state: "published", at, ...(ctx.run ? { run: ctx.run } : {}), publication: input.publication, reason: undefined },
  );
}

/** The platform cannot say whether the claimed create happened: a person decides (`resolve`). Never re-posted. */
export function markInDoubt(
  ctx: LedgerContext,
  input: { id: string; channel: string; key: string; reason: string },
): Promise<TransitionResult> {
  return claimedTransition(ctx, input, `in doubt: ${input.id} on ${input.channel}`, new Set(["publishing"]), (r, at) => ({
    ...r,
    state: "in_doubt",
    at,
    ...(ctx.run ? { run: ctx.run } : {}),
    reason: input.reason,
  }));
}

/** The platform refused: nothing was created; a later run tries again with a new claim. */
export function markFailed(
  ctx: LedgerContext,
  input: { id: string; channel: string; key: string; reason: string },
): Promise<TransitionResult> {
  return claimedTransition(ctx, input, `failed: ${input.id} on ${input.channel}`, new Set(["publishing"]), (r, at) => ({
    ...r,
    state: "failed",
    at,
    ...(ctx.run ? { run: ctx.run } : {}),
    reason: input.reason,
  }));
}

/** A person's answer to an in-doubt (or stuck) claim, from a manual run: `published <url>` or `retry`. */
export type PersonResolution = { kind: "published"; url: string; platformId?: string } | { kind: "retry" };

export function resolve(
  ctx: LedgerContext,
  input: { id: string; channel: string; by: string; resolution: PersonResolution },
): Promise<TransitionResult> {
  const at = ctx.now().toISOString();
  return updateEntry<TransitionResult>(ctx, input.id, `resolved ${input.id} on ${input.channel} by ${input.by}`, (entry) => {
    const record = entry?.channels[input.channel];
    if (!entry || !record || !PENDING.has(record.state)) return { result: { ok: false, entry, ...(record ? { record } : {}) } };
    const res = input.resolution;
    const base = { ...record, at, by: input.by, ...(ctx.run ? { run: ctx.run } : {}) };
    const next: ChannelRecord =
      res.kind === "published"
        ? {
            ...base,
            state: "published",
            publication: { id: res.platformId ?? res.url, url: res.url },
            reason: `resolved by ${input.by}: published`,
          }
        : { ...base, state: "failed", reason: `resolved by ${input.by}: not published; the next run publishes it again` };
    setChannel(entry, input.channel, next, { by: input.by });
    return { write: entry, result: { ok: true, entry } };
  });
}

/** The post's file moved (same blob): the publication follows it. Adopted-only rows have no entry to change. */
export async function move(ctx: LedgerContext, input: { row: IndexRow; to: string }): Promise<void> {
  const at = ctx.now().toISOString();
  const { row, to } = input;
  await updateEntry(ctx, row.id, `moved ${row.path} to ${to}`, (entry) => {
    if (!entry || entry.path === to) return { result: undefined };
    entry.history.push({ at, fromPath: entry.path, toPath: to, ...(ctx.run ? { run: ctx.run } : {}) });
    entry.formerPaths.push(entry.path);
    entry.path = to;
    return { write: entry, result: undefined };
  });
  if (!ctx.rows.get(row.id)) ctx.rows.set(row.id, { ...row, path: to });
}

/** Record channels checkpost cannot publish to yet, so the run says it once per post and later runs stay quiet. */
export async function skip(
  ctx: LedgerContext,
  input: { id?: string; post: ClaimPost; channels: { id: string; type: string }[]; reason: string },
): Promise<void> {
  const where = input.id ? { id: input.id, generation: 1 } : await locate(ctx, input.post);
  const at = ctx.now().toISOString();
  await updateEntry(ctx, where.id, `not published yet: ${input.post.path}`, (current) => {
    const entry = current ?? newEntry(where.id, input.post, at, where.generation, "previous" in where ? where.previous : undefined);
    const todo = input.channels.filter((c) => !entry.channels[c.id]);
    for (const c of todo)
      setChannel(entry, c.id, { type: c.type, state: "skipped", at, ...(ctx.run ? { run: ctx.run } : {}), reason: input.reason });
    return todo.length ? { write: entry, result: undefined } : { result: undefined };
  });
}

/**
 * An adopted-only post's entry, made from its index row when something first happens to it (a takedown
 * confirmed by a person): adoption itself writes no entry files.
 */
function entryFromRow(row: IndexRow, at: string): LedgerEntry {
  const entry = newEntry(row.id, row, at, 1, undefined);
  for (const [id, c] of Object.entries(row.channels)) entry.channels[id] = { type: c.type, state: c.state, at: c.at };
  return entry;
}

/**
 * The post is gone from the platform (removed by us, or confirmed by a person: `by`). Repeat-safe. `row`
 * lets a person confirm the takedown of an adopted post, which has no entry file yet.
 */
export function takeDown(
  ctx: LedgerContext,
  input: { id: string; channel: string; reason: string; by?: string; row?: IndexRow },
): Promise<TransitionResult> {
  return takeDownChannels(ctx, { ...input, channels: [input.channel] });
}

/**
 * Several channels of one post down in one write: a takedown removes from every platform first, then records
 * once (GitHub spaces content writes about a second apart, and a takedown must not wait for its bookkeeping).
 * Channels already down stay as they are; `ok` is false when the entry or any channel is unknown.
 */
export function takeDownChannels(
  ctx: LedgerContext,
  input: {
    id: string;
    channels: string[];
    reason: string;
    by?: string;
    row?: IndexRow;
    takedown?: { trigger: TakedownTrigger; onBranch?: boolean };
  },
): Promise<TransitionResult> {
  const at = ctx.now().toISOString();
  const what = input.channels.join(", ");
  return updateEntry<TransitionResult>(ctx, input.id, `taken down: ${input.id} on ${what}`, (current) => {
    const entry = current ?? (input.row ? entryFromRow(input.row, at) : undefined);
    if (!entry || input.channels.some((c) => !entry.channels[c])) return { result: { ok: false, entry } };
    let changed = false;
    for (const channel of input.channels) {
      const record = entry.channels[channel] as ChannelRecord;
      if (record.state === "taken_down") continue;
      const next: ChannelRecord = {
        ...record,
        state: "taken_down",
        at,
        ...(ctx.run ? { run: ctx.run } : {}),
        reason: input.reason,
        ...(input.by ? { by: input.by } : {}),
      };
      setChannel(entry, channel, next, input.by ? { by: input.by } : {});
      changed = true;
    }
    // What took it down, in the same write (set once: a re-run or a later revert changes nothing).
    if (changed && input.takedown && !entry.takedown)
      entry.takedown = {
        at,
        ...(ctx.run ? { run: ctx.run } : {}),
        ...input.takedown.trigger,
        ...(input.takedown.onBranch ? { onBranch: true } : {}),
      };
    return changed ? { write: entry, result: { ok: true, entry } } : { result: { ok: true, entry } };
  });
}

/** An entry as stored, or undefined when the ledger has none with this id (e.g. an adopted-only post). */
export async function readEntry(ctx: LedgerContext, id: string): Promise<LedgerEntry | undefined> {
  const file = await ctx.store.read(entryPath(id));
  return file ? parseEntry(file.text, entryPath(id)) : undefined;
}
