import type { ValidPost } from "../post/valid-post.js";
import { renderChannelText } from "../text/channel-text.js";
import type { TextSegment } from "../text/segments.js";
import type { Message } from "../types.js";

/** Where a finding shows on the preview page. */
export type Place =
  /** Characters [start, end) of each listed channel's published text. */
  | { kind: "text"; ranges: Map<string, { start: number; end: number }> }
  | { kind: "alt"; index: number }
  | { kind: "fact"; index: number }
  | { kind: "schedule" }
  /** Nowhere in particular (the title, the channels list, the file itself): listed with the post only. */
  | { kind: "post" };

/** A channel of the post with the segment it publishes and the text rendered from it (the channel adapter's). */
export interface ChannelTextOf {
  channelId: string;
  segment: TextSegment;
  text: string;
}

/**
 * Places a finding (a line and column of the post's file) on the page: in the channel texts that publish the
 * characters it points at, or on the alt text, fact or schedule it points into. A finding whose message names
 * some of the post's channels (the length rule's "… for acme-linkedin") is placed on those channels only.
 */
export function placeFinding(post: ValidPost, message: Message, channels: readonly ChannelTextOf[]): Place {
  const start = post.lines.lineStart(message.line) + message.column - 1;
  const end =
    message.endLine !== undefined && message.endColumn !== undefined
      ? post.lines.lineStart(message.endLine) + message.endColumn - 1
      : start;
  const named = channels.filter((c) => new RegExp(`(?<![\\w-])${escapeRegExp(c.channelId)}(?![\\w-])`).test(message.message));
  const candidates = named.length > 0 ? named : channels;
  const ranges = new Map<string, { start: number; end: number }>();
  for (const channel of candidates) {
    const range = rangeInText(channel, post, start, Math.max(end, start));
    if (range) ranges.set(channel.channelId, range);
  }
  if (ranges.size > 0) return { kind: "text", ranges };
  // A whole mapping is located by its start only: a fact or a media item is where any of its fields is.
  const inAny = (paths: (string | number)[][]) => paths.some((p) => inValue(post, p, start));
  for (const [index, item] of (post.data.media ?? []).entries()) {
    if (inAny(Object.keys(item).map((key) => ["media", index, key]))) return { kind: "alt", index };
  }
  for (const [index, fact] of (post.data.facts ?? []).entries()) {
    if (inAny(Object.keys(fact).map((key) => ["facts", index, key]))) return { kind: "fact", index };
  }
  if (post.data.publish_at && inValue(post, ["publish_at"], start)) return { kind: "schedule" };
  return { kind: "post" };
}

/** Whether file offset `at` is on a front-matter value, or on the line of its key ("alt:" before a block scalar). */
function inValue(post: ValidPost, path: (string | number)[], at: number): boolean {
  const range = post.frontMatter?.yaml.locate(path);
  if (!range) return false;
  const base = post.frontMatter?.offset ?? 0;
  return at >= post.lines.lineStart(post.lines.position(base + range.start).line) && at <= base + range.end;
}

/**
 * The characters of a channel's text that file offsets [start, end) became. The segment maps its characters to
 * the file; the Markdown flattening moves them, so the flagged source is looked up in the rendered text: its
 * k-th occurrence when it is the k-th in the source (as written, then as rendered). Undefined when the
 * offsets are outside the segment, or the flagged characters did not survive the flattening (a link's URL part).
 */
function rangeInText(channel: ChannelTextOf, post: ValidPost, at: number, until: number): { start: number; end: number } | undefined {
  const { segment, text } = channel;
  const first = segment.offsetAt(0);
  // A finding on a variant's block scalar header ("|" before the text's first line) is on the text's start.
  const header = at < first && /^[|>][-+0-9]*[ \t]*(#[^\n]*)?\n[ \t]*$/.test(post.text.slice(at, first));
  const start = header ? first : at;
  const end = header ? Math.max(first, until) : until;
  const last = segment.offsetAt(segment.text.length);
  if (start < first || start > last || (start === last && segment.text.length > 0)) return undefined;
  const from = firstAtOrAfter(segment, start);
  let to = Math.max(from, firstAtOrAfter(segment, end));
  if (to === from) {
    // A point (no end): the word it starts, so that there is something to mark.
    to = from;
    while (to < segment.text.length && /[\p{L}\p{N}_'’-]/u.test(segment.text[to] as string)) to++;
    if (to === from) to = Math.min(from + 1, segment.text.length);
  }
  const flagged = segment.text.slice(from, to);
  if (flagged.trim() === "") return undefined;
  const nth = occurrences(segment.text.slice(0, from), flagged);
  for (const candidate of [flagged, renderChannelText(flagged)]) {
    if (!candidate) continue;
    const at = nthIndex(text, candidate, nth) ?? nthIndex(text, candidate, 0);
    if (at !== undefined) return { start: at, end: at + candidate.length };
  }
  return undefined;
}

/** The first index of the segment whose file offset is at or after `offset` (offsets never decrease along a segment). */
function firstAtOrAfter(segment: TextSegment, offset: number): number {
  let lo = 0;
  let hi = segment.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segment.offsetAt(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function occurrences(text: string, needle: string): number {
  let n = 0;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

function nthIndex(text: string, needle: string, n: number): number | undefined {
  let i = text.indexOf(needle);
  for (let k = 0; k < n && i !== -1; k++) i = text.indexOf(needle, i + needle.length);
  return i === -1 ? undefined : i;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
