import type { ValidPost } from "../rules/types.js";
import { channelSegment, type TextSegment, textSegments } from "../text/segments.js";
import { renderChannelText } from "./channel-text.js";

const cache = new WeakMap<ValidPost, TextSegment[]>();

/** The post's text segments, computed once per post and shared by every rule that needs them. */
export function segmentsOf(post: ValidPost): TextSegment[] {
  let segments = cache.get(post);
  if (!segments) {
    segments = textSegments(post);
    cache.set(post, segments);
  }
  return segments;
}

/** The segments that get published: body, variants and alt texts (the title is internal). */
export function publishedSegments(post: ValidPost): TextSegment[] {
  return segmentsOf(post).filter((s) => s.kind !== "title");
}

const rendered = new WeakMap<TextSegment, string>();

/** The plain text a channel publishes: its variant, or the body, rendered from Markdown once per segment (channels share the body). */
export function channelText(post: ValidPost, channelId: string): { segment: TextSegment; text: string } {
  const segment = channelSegment(segmentsOf(post), channelId);
  let text = rendered.get(segment);
  if (text === undefined) {
    text = renderChannelText(segment.text);
    rendered.set(segment, text);
  }
  return { segment, text };
}
