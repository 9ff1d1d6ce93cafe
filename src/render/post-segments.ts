import { memoized } from "../memo.js";
import type { ValidPost } from "../rules/types.js";
import { channelSegment, type TextSegment, textSegments } from "../text/segments.js";
import { renderChannelText } from "./channel-text.js";

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
