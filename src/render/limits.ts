import type { ChannelType } from "../config/types.js";

/** What each platform accepts, from its API documentation and schemas (see docs in the rules using them). */
export interface MediaLimits {
  /** Most attachments per post. */
  maxCount: number;
  /** Accepted file extensions (lower case, no dot) and the largest size in bytes for each. */
  types: Readonly<Record<string, number>>;
  /** Longest alt text, and how it is counted. */
  altMax: number;
  altUnit: "graphemes" | "characters";
}

const MB = 1024 * 1024;
const images = (bytes: number, ...exts: string[]) => Object.fromEntries(exts.map((e) => [e, bytes]));

export const MEDIA_LIMITS: Readonly<Record<ChannelType, MediaLimits>> = {
  // app.bsky.embed.images: at most 4 images, blob maxSize 1,000,000 bytes; the lexicon sets no alt limit,
  // the Bluesky app stops at 2000 graphemes. Video: app.bsky.embed.video, 100 MB.
  bluesky: {
    maxCount: 4,
    types: { ...images(1_000_000, "png", "jpg", "jpeg", "webp", "gif"), mp4: 100 * MB },
    altMax: 2000,
    altUnit: "graphemes",
  },
  // Mastodon defaults: 4 attachments, images 16 MB, video 99 MB, description 1500 characters.
  mastodon: {
    maxCount: 4,
    types: { ...images(16 * MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 99 * MB, mov: 99 * MB },
    altMax: 1500,
    altUnit: "characters",
  },
  // LinkedIn Images API: up to 20 images in a multi-image post; altText up to 4086 characters.
  linkedin: {
    maxCount: 20,
    types: { ...images(36 * MB, "png", "jpg", "jpeg", "gif"), mp4: 500 * MB },
    altMax: 4086,
    altUnit: "characters",
  },
  // Discord webhook: 10 files, 10 MB per message without boosts, attachment description 1024.
  discord: {
    maxCount: 10,
    types: { ...images(10 * MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 10 * MB, mov: 10 * MB },
    altMax: 1024,
    altUnit: "characters",
  },
  // A generic webhook gets media as links: no platform limit beyond sanity.
  webhook: {
    maxCount: 20,
    types: { ...images(100 * MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 500 * MB },
    altMax: 5000,
    altUnit: "characters",
  },
  // X: 4 images of 5 MB, alt text 1000 characters.
  x: {
    maxCount: 4,
    types: { ...images(5 * MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 512 * MB },
    altMax: 1000,
    altUnit: "characters",
  },
};
