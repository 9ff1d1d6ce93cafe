import { images } from "../../media/limits.js";
import { channelText } from "../../post/post-segments.js";
import { countGraphemes, countUtf8Bytes } from "../../text/count.js";
import type { ChannelAdapter } from "../types.js";

/** Bluesky: at most 300 graphemes and 3000 UTF-8 bytes (app.bsky.feed.post `text`). */
export function countBluesky(text: string): { graphemes: number; bytes: number } {
  return { graphemes: countGraphemes(text), bytes: countUtf8Bytes(text) };
}

export const blueskyAdapter: ChannelAdapter = {
  type: "bluesky",
  measure(_channel, text) {
    const { graphemes, bytes } = countBluesky(text);
    return [
      { count: graphemes, max: 300, unit: "graphemes" },
      { count: bytes, max: 3000, unit: "UTF-8 bytes" },
    ];
  },
  // app.bsky.embed.images: at most 4 images, blob maxSize 1,000,000 bytes; the lexicon sets no alt limit,
  // the Bluesky app stops at 2000 graphemes. Video: app.bsky.embed.video, one mp4, blob maxSize 100,000,000.
  // A post has one embed, images or a video: never both.
  media: {
    maxCount: 4,
    video: "alone",
    types: { ...images(1_000_000, "png", "jpg", "jpeg", "webp", "gif"), mp4: 100_000_000 },
    altMax: 2000,
    altUnit: "graphemes",
  },
  text: channelText,
};
