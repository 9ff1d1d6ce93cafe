import type { ChannelState, IndexChannel, IndexRow, LedgerEntry } from "./types.js";

/** States in which a channel is (or may be) on the platform, or was put there by hand. */
export const LIVE_STATES: ReadonlySet<ChannelState> = new Set(["publishing", "published", "in_doubt", "adopted"]);

/** An entry whose every channel is down: a post that comes back later is a new publication (a new generation). */
export function isClosed(entry: { channels: Record<string, { state: ChannelState }> }): boolean {
  const records = Object.values(entry.channels);
  return records.some((r) => r.state === "taken_down") && !records.some((r) => LIVE_STATES.has(r.state));
}

/** The index row for an entry, or null when the entry is closed and leaves the index (its file stays). */
export function rowFromEntry(entry: LedgerEntry): IndexRow | null {
  if (isClosed(entry)) return null;
  const channels: Record<string, IndexChannel> = {};
  for (const [id, r] of Object.entries(entry.channels)) {
    channels[id] = {
      type: r.type,
      state: r.state,
      at: r.at,
      ...(r.state === "publishing" && r.claim ? { heldSince: r.claim.heldSince, ...(r.claim.run ? { claimRun: r.claim.run } : {}) } : {}),
    };
  }
  return { id: entry.id, client: entry.client, path: entry.path, blob: entry.blob, channels, seq: entry.history.length };
}
