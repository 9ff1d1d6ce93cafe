/** The counts platforms build on; each channel adapter (src/channels/<type>/adapter.ts) counts the way its platform does. */

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

const NON_ASCII_RUN = /[^\x00-\x7f]+/g;

/**
 * Grapheme clusters, as Intl.Segmenter counts them, but segmenting only the non-ASCII runs (with the
 * character before each, which a combining mark or keycap may join): ASCII never extends a cluster
 * except CR LF, and segmenting everything was half of the length check's time.
 */
export function countGraphemes(text: string): number {
  let count = text.length;
  for (let i = text.indexOf("\r\n"); i !== -1; i = text.indexOf("\r\n", i + 2)) count--;
  for (const run of text.matchAll(NON_ASCII_RUN)) {
    const start = Math.max(0, run.index - 1);
    let clusters = 0;
    for (const _ of graphemeSegmenter.segment(text.slice(start, run.index + run[0].length))) clusters++;
    // The run's code units were counted as characters above; replace them by its clusters.
    count += clusters - run[0].length - (start < run.index ? 1 : 0);
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
