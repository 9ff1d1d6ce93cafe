/** The counts platforms build on; each channel adapter (src/channels/<type>/adapter.ts) counts the way its platform does. */

// Made on the first non-ASCII text: building ICU's segmenter is about 10 ms of a one-post run.
let graphemeSegmenter: Intl.Segmenter | undefined;

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
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
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

/** Unicode code points: what Discord, webhooks and most alt-text limits count as characters. */
export function countCodePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
