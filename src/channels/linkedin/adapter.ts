import { images, MB } from "../../media/limits.js";
import { channelText } from "../../post/post-segments.js";
import type { ChannelAdapter } from "../types.js";

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

export const linkedinAdapter: ChannelAdapter = {
  type: "linkedin",
  measure: (_channel, text) => [{ count: countLinkedIn(text), max: 3000, unit: "characters after LinkedIn's escaping" }],
  // LinkedIn Images API: up to 20 images in a multi-image post; altText up to 4086 characters. A post's
  // content is one media (an image or a video) or a multiImage of images only: a video stands alone.
  media: {
    maxCount: 20,
    video: "alone",
    types: { ...images(36 * MB, "png", "jpg", "jpeg", "gif"), mp4: 500 * MB },
    altMax: 4086,
    altUnit: "characters",
  },
  text: channelText,
};
