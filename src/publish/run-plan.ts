/**
 * Apply a plan through the ledger and the channel publishers, following the exactly-once protocol:
 * claim → publisher.publish → record. A create that may have happened is never repeated blindly: its claim
 * stays, and the next run asks the platform (publisher.resolve) before doing anything — found: record it;
 * certainly absent: create with the same claim; unknown: in doubt, for a person.
 */
import { type ChannelPublisher, type Publication, PublishError, type PublishInput } from "../channels/publisher.js";
import type { LedgerContext } from "../ledger/context.js";
import { recordEdit, recordVersion, startReplacement } from "../ledger/correction.js";
import { adopt, flushIndex } from "../ledger/index-file.js";
import {
  type ClaimResult,
  claimAll,
  markFailed,
  markInDoubt,
  move,
  readEntry,
  record,
  skip,
  takeDownChannels as takeDownAll,
  takeOver,
} from "../ledger/protocol.js";
import { rowFromEntry } from "../ledger/rows.js";
import { DEFAULT_STALE_AFTER_MS, isStaleClaim } from "../ledger/stale.js";
import { recordTakedown, releaseHeldDown } from "../ledger/takedown.js";
import type { StoredClaim, TakedownTrigger } from "../ledger/types.js";
import type { Intent, PlanChannel, PlanPost } from "./intents.js";

export interface RunPlanOptions {
  ctx: LedgerContext;
  /** The publisher for a channel; undefined when the run has none (that channel is reported, not claimed). */
  publishers: (channel: PlanChannel) => ChannelPublisher | undefined;
  /** Exactly what the preview showed for this post on this channel; the claim is added here. */
  prepare: (post: PlanPost, channel: PlanChannel) => Promise<Omit<PublishInput, "claim">>;
  staleAfterMs?: number;
  /** Injected for tests; default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  /** The longest a single create may wait in total for 429 retry-after answers (default 60 s). */
  maxRetryWaitMs?: number;
  /** How many times a refused create with retry-after is tried again (default 2). */
  retries?: number;
  /** Who and what took a post down (GitHub reads), asked after its deletes: a takedown does not wait for the story. */
  triggerOf?: (intent: Extract<Intent, { kind: "take_down" }>) => Promise<TakedownTrigger>;
}

export type OutcomeKind =
  | "published"
  /** The ledger already had this channel settled (published by an earlier or concurrent run). */
  | "already"
  /** Another run holds a fresh claim: it is publishing this channel right now. */
  | "claimed_elsewhere"
  | "failed"
  /** The create may have happened: the claim stays, and the next run resolves it. */
  | "unknown"
  | "in_doubt"
  | "adopted"
  | "moved"
  | "skipped"
  | "taken_down"
  | "manual_takedown"
  /** A live post's channel now shows its corrected version (edited in place, or replaced and published). */
  | "corrected"
  | "started"
  /** Nothing to apply: reported as planned (wait, held, blocked, in doubt, changed after publishing). */
  | "noted";

export interface Outcome {
  intent: Intent;
  kind: OutcomeKind;
  channel?: string;
  detail?: string;
  publication?: Publication;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Bookkeeping first, then the claims left by dead runs, then new publications, then takedowns. */
const ORDER: Intent["kind"][] = ["start_ledger", "adopt", "move", "resolve_claim", "publish", "skip", "take_down", "release", "correct"];

export async function runPlan(intents: Intent[], options: RunPlanOptions): Promise<Outcome[]> {
  const { ctx } = options;
  const outcomes: Outcome[] = [];
  const rank = (i: Intent) => {
    const r = ORDER.indexOf(i.kind);
    return r < 0 ? ORDER.length : r;
  };
  const sorted = [...intents].sort((a, b) => rank(a) - rank(b));
  const start = sorted.some((i) => i.kind === "start_ledger");
  try {
    for (const group of publishGroups(sorted)) {
      try {
        outcomes.push(...(await (group.length > 1 ? publishPost(group as PublishOnly[], options) : apply(group[0] as Intent, options))));
      } catch (error) {
        // A ledger or network failure on one intent must not stop the others; the next run reconciles it.
        outcomes.push(...group.map((intent): Outcome => ({ intent, kind: "unknown", detail: messageOf(error) })));
      }
    }
  } finally {
    await flushIndex(ctx, { start });
  }
  return outcomes;
}

type PublishOnly = Extract<Intent, { kind: "publish" }>;

/** The intents one at a time, except that a post's publish intents (adjacent in the plan) go together. */
function publishGroups(intents: Intent[]): Intent[][] {
  const groups: Intent[][] = [];
  for (const intent of intents) {
    const last = groups.at(-1)?.[0];
    if (intent.kind === "publish" && last?.kind === "publish" && last.post.path === intent.post.path) groups.at(-1)?.push(intent);
    else groups.push([intent]);
  }
  return groups;
}

async function apply(intent: Intent, options: RunPlanOptions): Promise<Outcome[]> {
  const { ctx } = options;
  switch (intent.kind) {
    case "start_ledger":
      return [{ intent, kind: "started" }];
    case "adopt":
      adopt(ctx, [{ client: intent.post.client, path: intent.post.path, blob: intent.post.blob, channels: intent.channels }]);
      return [{ intent, kind: "adopted" }];
    case "move":
      await move(ctx, { row: intent.row, to: intent.to });
      return [{ intent, kind: "moved" }];
    case "skip":
      await skip(ctx, { ...(intent.id ? { id: intent.id } : {}), post: intent.post, channels: intent.channels, reason: intent.reason });
      return [{ intent, kind: "skipped" }];
    case "publish":
      return publishPost([intent], options);
    case "resolve_claim":
      return [await resolveChannel(intent, intent.id, intent.channel, options)];
    case "take_down":
      return takeDownChannels(intent, options);
    case "correct":
      return correctChannels(intent, options);
    case "release":
      await releaseHeldDown(ctx, intent.row.id);
      return [{ intent, kind: "noted", detail: intent.reason }];
    default:
      return [{ intent, kind: "noted", detail: intent.reason }];
  }
}

type PublishIntent = Extract<Intent, { kind: "publish" | "resolve_claim" | "correct" }>;

/**
 * Publish one post on its channels: claim them all in one ledger write, send every create, then record each.
 * The ledger's writes are spaced a second apart by GitHub's client, so no channel's create waits for another
 * channel's bookkeeping; a run that dies before the records leaves claims the next run resolves, as ever.
 */
async function publishPost(intents: PublishOnly[], options: RunPlanOptions): Promise<Outcome[]> {
  const { ctx } = options;
  const outcomes: Outcome[] = [];
  const ready: { intent: PublishOnly; publisher: ChannelPublisher; input: Omit<PublishInput, "claim"> }[] = [];
  for (const intent of intents) {
    const { channel } = intent;
    const publisher = options.publishers(channel);
    if (!publisher) {
      outcomes.push({ intent, kind: "failed", channel: channel.id, detail: `no publisher for ${channel.type} channel ${channel.id}` });
      continue;
    }
    // Prepared before claiming: a claim must only exist when a create is about to be sent.
    const prepared = await prepare(intent, channel, options);
    if ("failed" in prepared) outcomes.push(prepared.failed);
    else ready.push({ intent, publisher, input: prepared.input });
  }
  const first = ready[0]?.intent;
  if (!first) return outcomes;
  const { post } = first;
  const claims = await claimAll(ctx, {
    ...(first.id ? { id: first.id } : {}),
    post: {
      client: post.client,
      path: post.path,
      blob: post.blob,
      ...(post.pullRequest ? { pullRequest: post.pullRequest } : {}),
      ...(post.approvals ? { approvals: post.approvals } : {}),
    },
    channels: ready.map((r) => ({ channel: r.intent.channel.id, type: r.intent.channel.type, claim: r.publisher.newClaim(ctx.now()) })),
  });
  const sent: { ready: (typeof ready)[number]; id: string; held: StoredClaim; attempt: SendResult }[] = [];
  for (const [i, r] of ready.entries()) {
    const won = claims[i] as ClaimResult;
    const { intent } = r;
    const channel = intent.channel;
    if (won.outcome === "settled") outcomes.push({ intent, kind: "already", channel: channel.id, detail: won.record.state });
    else if (won.outcome === "held") {
      // The index did not show this claim (its run died before writing the index): resolve it if abandoned.
      const stale = isStaleClaim(won.record.claim, ctx.now(), ctx.run, options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS);
      outcomes.push(
        stale
          ? await resolveChannel(intent, won.entry.id, channel, options, r.input)
          : {
              intent,
              kind: "claimed_elsewhere",
              channel: channel.id,
              detail: `claimed by run ${won.record.claim?.run?.id ?? "(unknown)"}`,
            },
      );
    } else
      sent.push({
        ready: r,
        id: won.entry.id,
        held: won.claim,
        attempt: await send(r.publisher, { ...r.input, claim: { key: won.claim.key, at: won.claim.at } }, options),
      });
  }
  for (const s of sent) {
    const { intent } = s.ready;
    // One channel's failed ledger write must not lose what the others did; the next run reconciles it.
    outcomes.push(
      await settle(intent, s.id, intent.channel, s.held, s.attempt, options).catch(
        (error: unknown): Outcome => ({ intent, kind: "unknown", channel: intent.channel.id, detail: messageOf(error) }),
      ),
    );
  }
  return outcomes;
}

/** The text and media for a channel, or the failure to produce them (reported; nothing claimed). */
async function prepare(
  intent: PublishIntent,
  channel: PlanChannel,
  options: RunPlanOptions,
): Promise<{ input: Omit<PublishInput, "claim"> } | { failed: Outcome }> {
  try {
    return { input: await options.prepare(intent.post, channel) };
  } catch (error) {
    return { failed: { intent, kind: "failed", channel: channel.id, detail: `not sent: ${messageOf(error)}` } };
  }
}

type SendResult = { publication: Publication } | { error: unknown };

/** The create itself. Retries only what the platform certainly refused and asked to retry later (429). */
async function send(publisher: ChannelPublisher, input: PublishInput, options: RunPlanOptions): Promise<SendResult> {
  const sleep = options.sleep ?? defaultSleep;
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return { publication: await publisher.publish(input) };
    } catch (error) {
      const wait =
        error instanceof PublishError && error.outcome === "refused" && error.retryAfter !== undefined
          ? error.retryAfter * 1000
          : undefined;
      if (wait === undefined || attempt >= (options.retries ?? 2) || waited + wait > (options.maxRetryWaitMs ?? 60_000)) return { error };
      waited += wait;
      await sleep(wait);
    }
  }
}

/** What a create's answer means for the ledger: recorded, failed (refused: nothing made), or unknown (the claim stays). */
async function settle(
  intent: PublishIntent,
  id: string,
  channel: PlanChannel,
  held: StoredClaim,
  sent: SendResult,
  options: RunPlanOptions,
): Promise<Outcome> {
  const { ctx } = options;
  if ("error" in sent) {
    const { error } = sent;
    if (error instanceof PublishError && error.outcome === "refused") {
      await markFailed(ctx, { id, channel: channel.id, key: held.key, reason: error.message });
      return { intent, kind: "failed", channel: channel.id, detail: error.message };
    }
    // "unknown", or anything unexpected: the create may have happened. Keep the claim; never re-post here.
    return {
      intent,
      kind: "unknown",
      channel: channel.id,
      detail: `${messageOf(error)}; the next run asks the platform before anything else`,
    };
  }
  const { publication } = sent;
  const recorded = await record(ctx, { id, channel: channel.id, key: held.key, publication });
  if (!recorded.ok)
    return {
      intent,
      kind: "unknown",
      channel: channel.id,
      detail: "published, but the ledger no longer holds this run's claim",
      publication,
    };
  return { intent, kind: "published", channel: channel.id, publication };
}

/** One create under a claim this run holds, and what its answer means for the ledger. */
async function create(
  intent: PublishIntent,
  id: string,
  channel: PlanChannel,
  held: StoredClaim,
  publisher: ChannelPublisher,
  input: Omit<PublishInput, "claim">,
  options: RunPlanOptions,
): Promise<Outcome> {
  const attempt = await send(publisher, { ...input, claim: { key: held.key, at: held.at } }, options);
  return settle(intent, id, channel, held, attempt, options);
}

/** A claim whose create may or may not have happened: ask the platform, under a taken-over claim. */
async function resolveChannel(
  intent: PublishIntent,
  id: string,
  channel: PlanChannel,
  options: RunPlanOptions,
  ready?: Omit<PublishInput, "claim">,
): Promise<Outcome> {
  const { ctx } = options;
  const publisher = options.publishers(channel);
  if (!publisher) return { intent, kind: "failed", channel: channel.id, detail: `no publisher for ${channel.type} channel ${channel.id}` };
  let prepared = ready;
  if (!prepared) {
    const made = await prepare(intent, channel, options);
    if ("failed" in made) return made.failed;
    prepared = made.input;
  }
  const taken = await takeOver(ctx, { id, channel: channel.id, staleAfterMs: options.staleAfterMs ?? DEFAULT_STALE_AFTER_MS });
  if (taken.outcome !== "won")
    return taken.outcome === "settled"
      ? { intent, kind: "already", channel: channel.id, detail: taken.record.state }
      : { intent, kind: "claimed_elsewhere", channel: channel.id, detail: "another run is resolving it" };
  const input: PublishInput = { ...prepared, claim: { key: taken.claim.key, at: taken.claim.at } };
  let resolution: Awaited<ReturnType<ChannelPublisher["resolve"]>>;
  try {
    resolution = await publisher.resolve(input);
  } catch (error) {
    resolution = { state: "unknown", reason: messageOf(error) };
  }
  if (resolution.state === "published") {
    const recorded = await record(ctx, { id, channel: channel.id, key: taken.claim.key, publication: resolution.publication });
    if (recorded.ok)
      return { intent, kind: "published", channel: channel.id, detail: "found on the platform", publication: resolution.publication };
    return { intent, kind: "unknown", channel: channel.id, detail: "found on the platform, but the ledger no longer holds the claim" };
  }
  if (resolution.state === "absent") {
    return create(intent, id, channel, taken.claim, publisher, prepared, options);
  }
  await markInDoubt(ctx, { id, channel: channel.id, key: taken.claim.key, reason: resolution.reason });
  return { intent, kind: "in_doubt", channel: channel.id, detail: resolution.reason };
}

async function takeDownChannels(intent: Extract<Intent, { kind: "take_down" }>, options: RunPlanOptions): Promise<Outcome[]> {
  const { ctx } = options;
  const entry = await readEntry(ctx, intent.row.id);
  // The entry is the authority: a row the index kept from before (a concurrent run's late write) is repaired.
  if (entry) ctx.rows.set(entry.id, rowFromEntry(entry));
  const outcomes: Outcome[] = [];
  const nothingHere: string[] = [];
  const removals: { channel: PlanChannel; publication: Publication }[] = [];
  for (const channel of intent.channels) {
    const record = entry?.channels[channel.id];
    const manual = (detail: string): Outcome => ({ intent, kind: "manual_takedown", channel: channel.id, detail });
    if (record?.state === "taken_down") {
      outcomes.push({ intent, kind: "already", channel: channel.id, detail: "taken_down" });
    } else if (!record) {
      outcomes.push(manual("adopted (published by hand, if at all): take it down by hand, then confirm with a manual run"));
    } else if (record.state === "failed" || record.state === "skipped") {
      nothingHere.push(channel.id);
      outcomes.push({ intent, kind: "taken_down", channel: channel.id, detail: "nothing was published here" });
    } else if (record.state !== "published" || !record.publication) {
      outcomes.push(manual(`${record.state}: checkpost cannot tell what is live; check the platform, then confirm with a manual run`));
    } else removals.push({ channel, publication: record.publication });
  }
  // Every platform at once: a wrong post comes down everywhere as fast as the slowest platform answers.
  const removed = await Promise.all(
    removals.map(async ({ channel, publication }): Promise<Outcome> => {
      try {
        const publisher = options.publishers(channel);
        if (!publisher) throw new Error(`no publisher for ${channel.type} channel ${channel.id}`);
        const result = await publisher.remove(publication);
        return { intent, kind: "taken_down", channel: channel.id, detail: result, publication };
      } catch (error) {
        return { intent, kind: "manual_takedown", channel: channel.id, detail: `${messageOf(error)}: still live at ${publication.url}` };
      }
    }),
  );
  outcomes.push(...removed);
  const down = removed.filter((o) => o.kind === "taken_down").map((o) => o.channel as string);
  if (nothingHere.length)
    await takeDownAll(ctx, { id: intent.row.id, channels: nothingHere, reason: `${intent.reason}; nothing was published here` });
  // Who and what took it down (GitHub reads, after the deletes), recorded with them in one write.
  const wasLive = down.length > 0 || removed.some((o) => o.kind === "manual_takedown");
  if (!entry || !wasLive || entry.takedown) {
    if (down.length) await takeDownAll(ctx, { id: intent.row.id, channels: down, reason: intent.reason });
    return outcomes;
  }
  const trigger = intent.trigger ?? (await options.triggerOf?.(intent).catch(() => ({}))) ?? {};
  const takedown = { trigger, ...(intent.onBranch ? { onBranch: true } : {}) };
  if (down.length) await takeDownAll(ctx, { id: intent.row.id, channels: down, reason: intent.reason, takedown });
  else await recordTakedown(ctx, { id: entry.id, ...takedown });
  return outcomes;
}

/**
 * A correction: each published channel edited in place (the policy is edit and the platform can: Mastodon, Discord),
 * or replaced: the old post removed, the channel claimed again and the new version created under the exactly-once
 * protocol. When every channel has the new version, the entry moves to the new blob; until then the next run
 * tries again (an edit is repeat-safe; a replacement's claim is resolved like any other).
 */
async function correctChannels(intent: Extract<Intent, { kind: "correct" }>, options: RunPlanOptions): Promise<Outcome[]> {
  const { ctx } = options;
  const id = intent.row.id;
  const entry = await readEntry(ctx, id);
  const outcomes: Outcome[] = [];
  for (const channel of intent.channels) {
    const record = entry?.channels[channel.id];
    const publisher = options.publishers(channel);
    if (record?.state !== "published" || !record.publication || !publisher) {
      outcomes.push({
        intent,
        kind: "failed",
        channel: channel.id,
        detail: `${record?.state ?? "unknown"}: cannot be corrected by checkpost`,
      });
      continue;
    }
    const prepared = await prepare(intent, channel, options);
    if ("failed" in prepared) {
      outcomes.push(prepared.failed);
      continue;
    }
    try {
      if (intent.policy === "edit" && publisher.edit) {
        const claim = record.claim ?? { key: "", at: ctx.now().toISOString() };
        const publication = await publisher.edit(record.publication, { ...prepared.input, claim: { key: claim.key, at: claim.at } });
        await recordEdit(ctx, { id, channel: channel.id, publication, blob: intent.post.blob });
        outcomes.push({ intent, kind: "corrected", channel: channel.id, detail: "edited in place", publication });
        continue;
      }
      await publisher.remove(record.publication);
      const held = await startReplacement(ctx, { id, channel: channel.id, claim: publisher.newClaim(ctx.now()), blob: intent.post.blob });
      if (!held) {
        outcomes.push({ intent, kind: "claimed_elsewhere", channel: channel.id, detail: "another run is correcting it" });
        continue;
      }
      const created = await create(intent, id, channel, held, publisher, prepared.input, options);
      outcomes.push(
        created.kind === "published" ? { ...created, kind: "corrected", detail: "replaced (removed, then published again)" } : created,
      );
    } catch (error) {
      outcomes.push({ intent, kind: "failed", channel: channel.id, detail: `not corrected: ${messageOf(error)}` });
    }
  }
  if (outcomes.every((o) => o.kind === "corrected"))
    await recordVersion(ctx, { id, blob: intent.post.blob, ...(intent.post.pullRequest ? { pullRequest: intent.post.pullRequest } : {}) });
  return outcomes;
}
