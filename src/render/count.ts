import type TwitterText from "twitter-text";
import { trimUrl, URL_RE } from "./tokens.js";

/** How each platform counts a text. One function per platform; all take the rendered plain text. */

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

const NON_ASCII_RUN = /[^\x00-\x7f]+/g;
/** Non-ASCII runs closer than this are segmented together: one segmenter call per "“a“a…" character cost a second. */
const JOIN_GAP = 32;

/**
 * Grapheme clusters, as Intl.Segmenter counts them, but segmenting only the non-ASCII runs (with the
 * character before each, which a combining mark or keycap may join): ASCII never extends a cluster
 * except CR LF, and segmenting everything was half of the length check's time.
 */
export function countGraphemes(text: string): number {
  // Bluesky's and Mastodon's counts of one text without URLs ask twice: segmenting costs ~1 µs a cluster.
  if (text === lastCounted.text) return lastCounted.count;
  const count = countClusters(text);
  lastCounted = { text, count };
  return count;
}

let lastCounted = { text: "", count: 0 };

function countClusters(text: string): number {
  let count = text.length;
  for (let i = text.indexOf("\r\n"); i !== -1; i = text.indexOf("\r\n", i + 2)) count--;
  // Spans to segment: each run with the character before it, runs a short gap without CR apart taken together.
  let spanStart = -1;
  let spanEnd = -1;
  const flush = () => {
    // The span's code units were counted as characters above; replace them by its clusters.
    if (spanStart >= 0) count += clustersIn(text.slice(spanStart, spanEnd)) - (spanEnd - spanStart);
  };
  for (const run of text.matchAll(NON_ASCII_RUN)) {
    const start = Math.max(0, run.index - 1);
    const end = run.index + run[0].length;
    if (spanStart >= 0 && start - spanEnd < JOIN_GAP && !text.slice(spanEnd, start + 1).includes("\r")) spanEnd = end;
    else {
      flush();
      spanStart = start;
      spanEnd = end;
    }
  }
  flush();
  return count;
}

/** Code units segmented per call: V8's segmenter slows down with the length of what it segments (quadratic). */
const SEGMENT_CHUNK = 1024;

/**
 * Intl.Segmenter's grapheme count of a text, segmented a chunk at a time. A boundary inside a chunk is one in the
 * text (grapheme rules look one code point ahead, and the chunk starts at a boundary); the chunk's last cluster
 * may go on past it, so the next chunk starts where that cluster does.
 */
export function clustersIn(text: string): number {
  let count = 0;
  let start = 0;
  let size = SEGMENT_CHUNK;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    // Never between the halves of a surrogate pair: a lone half would be a cluster of its own.
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end++;
    let clusters = 0;
    let last = 0;
    for (const segment of graphemeSegmenter.segment(text.slice(start, end))) {
      clusters++;
      last = segment.index;
    }
    if (end === text.length) return count + clusters;
    if (clusters > 1) {
      count += clusters - 1;
      start += last;
      size = SEGMENT_CHUNK;
    } else size *= 2;
  }
  return count;
}

export function countUtf8Bytes(text: string): number {
  // Counts without allocating the encoded bytes (TextEncoder.encode did, per text).
  return Buffer.byteLength(text, "utf8");
}

/** Bluesky: at most 300 graphemes and 3000 UTF-8 bytes (app.bsky.feed.post `text`). */
export function countBluesky(text: string): { graphemes: number; bytes: number } {
  return { graphemes: countGraphemes(text), bytes: countUtf8Bytes(text) };
}

const MASTODON_URL_LENGTH = 23;
const REMOTE_MENTION_RE = /(?<![\p{L}\p{N}_@./])(@[A-Za-z0-9_]+)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;

const MASTODON_URL = "x".repeat(MASTODON_URL_LENGTH);

/**
 * Mastodon's StatusLengthValidator: every URL counts 23, `@user@domain` counts as `@user`, then graphemes.
 * Only the URL itself counts 23: the punctuation after it ("…/x.") is text, as Mastodon's URL match leaves it out.
 */
export function countMastodon(text: string): number {
  const countable = text.replace(URL_RE, (match) => MASTODON_URL + match.slice(trimUrl(match).length)).replace(REMOTE_MENTION_RE, "$1");
  return countGraphemes(countable);
}

/**
 * LinkedIn's "little" text format: reserved characters must be escaped with a backslash (an unescaped
 * `(` truncates the post) and a hashtag is sent as `{hashtag|\#|tag}`. The 3000-character limit applies
 * to what is sent, so the escaped form is counted, in UTF-16 code units like LinkedIn's API.
 */
export function toLinkedInLittleText(text: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/(?<![\p{L}\p{N}_&/#])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/gu)) {
    parts.push(escapeLittle(text.slice(last, m.index)), `{hashtag|\\#|${m[1]}}`);
    last = m.index + m[0].length;
  }
  parts.push(escapeLittle(text.slice(last)));
  return parts.join("");
}

function escapeLittle(text: string): string {
  return text.replace(/[|{}@[\]()<>#\\*_~]/g, "\\$&");
}

export function countLinkedIn(text: string): number {
  return toLinkedInLittleText(text).length;
}

/** Discord: 2000 characters, counted as Unicode code points. */
export function countDiscord(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** A generic webhook receiver: Unicode code points. */
export const countWebhook = countDiscord;

/** X: twitter-text v3 weighted length (URLs 23, most non-Latin characters and emoji 2, NFC). */
export function countX(text: string): number {
  if (!twitter)
    throw new Error("the X counter is not loaded: await loadXCounter() first (resolveConfigText does for a config with an X channel)");
  if (text.length <= X_EXACT_MAX) return twitter.parseTweet(text).weightedLength;
  // twitter-text's URL search is quadratic in a long run without spaces ("a.a.a.a…": 0.1 s for 4,000 characters):
  // a text this far over 280 is counted in short pieces, cut after a space where there is one. Exact but for a URL
  // or an emoji sequence a cut would split, which only a text with no space for hundreds of characters risks.
  let weighted = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + X_PIECE);
    const space = text.lastIndexOf(" ", end - 1);
    if (end < text.length && space > start + X_PIECE / 2) end = space + 1;
    const code = text.charCodeAt(end - 1);
    if (end < text.length && code >= 0xd800 && code <= 0xdbff) end++;
    weighted += twitter.parseTweet(text.slice(start, end)).weightedLength;
    start = end;
  }
  return weighted;
}

/** Longest text counted by X's own parser in one piece: far over the 280 any X post may have. */
const X_EXACT_MAX = 10_000;
/** Code units per piece of a longer text. */
const X_PIECE = 256;

let twitter: typeof TwitterText | undefined;

/**
 * Loads twitter-text (~45 ms, a third of start-up) for countX. Config resolution calls it when a channel is of
 * type x, so other configs never pay it. A dynamic import, not a lazy require(): the Action's bundler includes
 * what import() names, and the runner has no node_modules to find anything else in.
 */
export async function loadXCounter(): Promise<void> {
  twitter ??= (await import("twitter-text")).default;
}
