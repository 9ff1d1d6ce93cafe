/**
 * Bluesky record keys for posts: TIDs ("timestamp identifiers"), 13 characters of base32-sortable text
 * encoding a 64-bit number whose top bit is 0, then 53 bits of microseconds since the Unix epoch, then a
 * 10-bit clock id. `app.bsky.feed.post` declares `key: tid`, so the PDS refuses anything else.
 *
 * The key is chosen at claim time and stored in the ledger before the create, so that an interrupted
 * create can be looked up by it (and a second create with it can never make a second post). The time and
 * randomness are injected so that tests get known keys; `@atproto/common-web`'s TID reads the clock itself.
 */

/** base32-sortable: ASCII order of the characters is numeric order, so keys sort by time. */
const S32 = "234567abcdefghijklmnopqrstuvwxyz";

export const TID_PATTERN = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

export function recordKey(now: Date, random: () => number): string {
  const millis = now.getTime();
  if (!Number.isFinite(millis) || millis < 0) throw new RangeError(`A record key needs a valid time, not ${String(now)}`);
  // Milliseconds are all a Date has: a random sub-millisecond part and clock id keep two claims made in
  // the same millisecond (two channels, two runs) apart.
  const micros = BigInt(millis) * 1000n + BigInt(pick(random, 1000));
  let n = (micros << 10n) | BigInt(pick(random, 1024));
  let key = "";
  for (let i = 0; i < 13; i++) {
    key = S32[Number(n & 31n)] + key;
    n >>= 5n;
  }
  return key;
}

function pick(random: () => number, size: number): number {
  return Math.min(size - 1, Math.max(0, Math.floor(random() * size)));
}
