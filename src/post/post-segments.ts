import { memoized } from "../memo.js";
import { renderChannelText } from "../text/channel-text.js";
import { type ProseSegment, tokenizeSegment } from "../text/prose.js";
import { channelSegment, type TextSegment } from "../text/segments.js";
import type { ValidPost } from "./valid-post.js";

const SEGMENTS = Symbol("text segments");

/** The post's text segments, computed once per post and shared by every rule that needs them. */
export function segmentsOf(post: ValidPost): TextSegment[] {
  return memoized(post, SEGMENTS, textSegments);
}

/** The segments that get published: body, variants and alt texts (the title is internal). */
export function publishedSegments(post: ValidPost): TextSegment[] {
  return segmentsOf(post).filter((s) => s.kind !== "title");
}

const RENDERED = Symbol("rendered text");

/** The plain text a channel publishes: its variant, or the body, rendered from Markdown once per segment (channels share the body). */
export function channelText(post: ValidPost, channelId: string): { segment: TextSegment; text: string } {
  const segment = channelSegment(segmentsOf(post), channelId);
  return { segment, text: memoized(segment, RENDERED, (s) => renderChannelText(s.text)) };
}

const PROSE = Symbol("prose segments");

/** Every prose segment of a post, tokenized once per post however many rules ask. */
export function proseOf(post: ValidPost): ProseSegment[] {
  return memoized(post, PROSE, (p) => segmentsOf(p).map(tokenizeSegment));
}

/** A span in the file for characters [start, end) of a segment. */
export function segmentSpan(post: ValidPost, segment: TextSegment, start: number, end: number) {
  // The end maps from the last character: in a block scalar, offsetAt(end) may already sit on the next line.
  return post.spanAt(segment.offsetAt(start), end > start ? segment.offsetAt(end - 1) + 1 : segment.offsetAt(start));
}

/**
 * Every prose segment of a post, each able to map its characters back to the file,
 * so a finding inside a YAML block scalar points at the right line and column.
 */
export function textSegments(post: ValidPost): TextSegment[] {
  const segments: TextSegment[] = [{ kind: "body", text: post.body, offsetAt: (i) => post.bodyOffset + i }];
  const yamlSegment = (kind: TextSegment["kind"], path: (string | number)[], text: string, extra: Partial<TextSegment> = {}) => {
    const map = alignScalar(post, path, text);
    if (map) segments.push({ kind, path, text, offsetAt: (i) => map[Math.min(i, map.length - 1)] as number, ...extra });
  };
  if (post.data.title) yamlSegment("title", ["title"], post.data.title);
  for (const [channel, text] of Object.entries(post.data.variants ?? {})) {
    if (typeof text === "string") yamlSegment("variant", ["variants", channel], text, { channel });
  }
  for (const [index, media] of (post.data.media ?? []).entries()) {
    if (media.alt) yamlSegment("alt", ["media", index, "alt"], media.alt, { mediaIndex: index });
  }
  return segments;
}

/**
 * Maps each character of a scalar's parsed value to its offset in the file. The value is the
 * source minus indentation, quotes, escapes and block headers, in order: a greedy walk that
 * matches each value character to the next equal source character recovers the mapping
 * (a folded line break in the value is a space in place of a source newline).
 */
function alignScalar(post: ValidPost, path: (string | number)[], value: string): Int32Array | undefined {
  const range = post.frontMatter?.yaml.locate(path);
  if (!range || !post.frontMatter) return undefined;
  const base = post.frontMatter.offset;
  let source = post.text.slice(base + range.start, base + range.end);
  let shift = base + range.start;
  if (/^[|>]/.test(source)) {
    const headerEnd = source.indexOf("\n");
    if (headerEnd !== -1) {
      shift += headerEnd + 1;
      source = source.slice(headerEnd + 1);
    }
  }
  const map = new Int32Array(value.length + 1);
  let j = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    let k = j;
    while (k < source.length && source[k] !== ch && !(ch === " " && source[k] === "\n")) k++;
    if (k < source.length) j = k;
    map[i] = shift + Math.min(j, Math.max(0, source.length - 1));
    if (k < source.length) j++;
  }
  map[value.length] = shift + Math.min(j, source.length);
  return map;
}
