import type TwitterText from "twitter-text";
import { images, MB } from "../../media/limits.js";
import { channelText } from "../../post/post-segments.js";
import type { ChannelAdapter } from "../types.js";

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
 * Loads twitter-text (~45 ms, a third of start-up) for countX. It is this adapter's `prepare`, which the config
 * loading of src/check/load-config.ts calls only when a channel is of type x, so other configs never pay it. A dynamic import, not a lazy require(): the Action's bundler includes
 * what import() names, and the runner has no node_modules to find anything else in.
 */
export async function loadXCounter(): Promise<void> {
  twitter ??= (await import("twitter-text")).default;
}

export const xAdapter: ChannelAdapter = {
  type: "x",
  prepare: loadXCounter,
  measure: (_channel, text) => [{ count: countX(text), max: 280, unit: "weighted characters" }],
  // X: 4 images of 5 MB, or one video; alt text 1000 characters.
  media: {
    maxCount: 4,
    video: "alone",
    types: { ...images(5 * MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 512 * MB },
    altMax: 1000,
    altUnit: "characters",
  },
  text: channelText,
};
