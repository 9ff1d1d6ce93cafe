import type { ChannelState, IndexChannel, IndexRow, LedgerEntry } from "./types.js";

/** States in which a channel is (or may be) on the platform, or was put there by hand. */
export const LIVE_STATES: ReadonlySet<ChannelState> = new Set(["publishing", "published", "in_doubt", "adopted"]);

/** An entry whose every channel is down: a post that comes back later is a new publication (a new generation). */
export function isClosed(entry: { channels: Record<string, { state: ChannelState }> }): boolean {
  const records = Object.values(entry.channels);
  return records.some((r) => r.state === "taken_down") && !records.some((r) => LIVE_STATES.has(r.state));
}

/** Something checkpost published (or a person recorded as published) was live on one of its channels. */
export function wasLive(entry: LedgerEntry): boolean {
  return Object.values(entry.channels).some((r) => r.publication !== undefined);
}

/** A takedown of a post that was live, whose follow-up issue is not opened yet. */
export function retrospectivePending(entry: LedgerEntry): boolean {
  const down = Object.values(entry.channels).some((r) => r.state === "taken_down" && r.publication);
  return (down || entry.takedown !== undefined) && wasLive(entry) && entry.retrospective?.state !== "opened";
}

/**
 * The index row for an entry, or null when the entry is closed and leaves the index (its file stays). A closed
 * entry stays while its retrospective is pending, or while its file is still on the branch after an emergency
 * takedown (otherwise the next run would publish it again).
 */
export function rowFromEntry(entry: LedgerEntry): IndexRow | null {
  const pending = retrospectivePending(entry);
  const heldDown = entry.takedown?.onBranch === true;
  if (isClosed(entry) && !pending && !heldDown) return null;
  const channels: Record<string, IndexChannel> = {};
  for (const [id, r] of Object.entries(entry.channels)) {
    channels[id] = {
      type: r.type,
      state: r.state,
      at: r.at,
      ...(r.state === "publishing" && r.claim ? { heldSince: r.claim.heldSince, ...(r.claim.run ? { claimRun: r.claim.run } : {}) } : {}),
    };
  }
  return {
    id: entry.id,
    client: entry.client,
    path: entry.path,
    blob: entry.blob,
    channels,
    seq: entry.history.length,
    ...(pending ? { retrospective: "pending" as const } : {}),
    ...(heldDown ? { heldDown: true as const } : {}),
  };
}
