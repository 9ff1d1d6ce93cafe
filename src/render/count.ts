import twitter from "twitter-text";
import { URL_RE } from "./tokens.js";

/** How each platform counts a text. One function per platform; all take the rendered plain text. */

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const utf8 = new TextEncoder();

export function countGraphemes(text: string): number {
  let n = 0;
  for (const _ of graphemeSegmenter.segment(text)) n++;
  return n;
}

export function countUtf8Bytes(text: string): number {
  return utf8.encode(text).length;
}

/** Bluesky: at most 300 graphemes and 3000 UTF-8 bytes (app.bsky.feed.post `text`). */
export function countBluesky(text: string): { graphemes: number; bytes: number } {
  return { graphemes: countGraphemes(text), bytes: countUtf8Bytes(text) };
}

const MASTODON_URL_LENGTH = 23;
const REMOTE_MENTION_RE = /(?<![\p{L}\p{N}_@./])(@[A-Za-z0-9_]+)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;

/** Mastodon's StatusLengthValidator: every URL counts 23, `@user@domain` counts as `@user`, then graphemes. */
export function countMastodon(text: string): number {
  const countable = text.replace(URL_RE, "x".repeat(MASTODON_URL_LENGTH)).replace(REMOTE_MENTION_RE, "$1");
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
  return twitter.parseTweet(text).weightedLength;
}
