import type { ChannelType } from "../config/types.js";

/** What each platform accepts, from its API documentation and schemas (see docs in the rules using them). */
export interface MediaLimits {
  /** Most attachments per post (images, when a video must be alone). */
  maxCount: number;
  /**
   * How a video may be attached: "alone" means one video and nothing else in the post (the platform
   * takes images or a video, never both, and one video at most); "mixed" counts it like any file.
   */
  video: "alone" | "mixed";
  /** Accepted file extensions (lower case, no dot) and the largest size in bytes for each. */
  types: Readonly<Record<string, number>>;
  /** Longest alt text, and how it is counted. */
  altMax: number;
  altUnit: "graphemes" | "characters";
}

/** Extensions of video files, which channels with `video: "alone"` take one at a time, without images. */
export const VIDEO_EXTS: ReadonlySet<string> = new Set(["mp4", "mov", "m4v"]);

// Mastodon and Discord state binary megabytes (Mastodon's 16.megabytes is 16,777,216 bytes); Bluesky decimal ones.
const MB = 1024 * 1024;
const images = (bytes: number, ...exts: string[]) => Object.fromEntries(exts.map((e) => [e, bytes]));

export const MEDIA_LIMITS: Readonly<Record<ChannelType, MediaLimits>> = {
  // app.bsky.embed.images: at most 4 images, blob maxSize 1,000,000 bytes; the lexicon sets no alt limit,
  // the Bluesky app stops at 2000 graphemes. Video: app.bsky.embed.video, one mp4, blob maxSize 100,000,000.
  // A post has one embed, images or a video: never both.
  bluesky: {
    maxCount: 4,
    video: "alone",
    types: { ...images(1_000_000, "png", "jpg", "jpeg", "webp", "gif"), mp4: 100_000_000 },
    altMax: 2000,
    altUnit: "graphemes",
  },
  // Mastodon defaults: 4 attachments, images 16 MB, video 99 MB, description 1500 characters. The server
  // refuses a video beside images ("Cannot attach a video to a post that already contains images") and a
  // second video; an animated GIF is an image here (Mastodon turns it into a gifv, which may sit with images).
  mastodon: {
    maxCount: 4,
    video: "alone",
    types: { ...images(16 * MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 99 * MB, mov: 99 * MB },
    altMax: 1500,
    altUnit: "characters",
  },
  // LinkedIn Images API: up to 20 images in a multi-image post; altText up to 4086 characters. A post's
  // content is one media (an image or a video) or a multiImage of images only: a video stands alone.
  linkedin: {
    maxCount: 20,
    video: "alone",
    types: { ...images(36 * MB, "png", "jpg", "jpeg", "gif"), mp4: 500 * MB },
    altMax: 4086,
    altUnit: "characters",
  },
  // Discord webhook: 10 files, 10 MB per message without boosts, attachment description 1024.
  // Any mix of attachments is fine on Discord.
  discord: {
    maxCount: 10,
    video: "mixed",
    types: { ...images(10 * MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 10 * MB, mov: 10 * MB },
    altMax: 1024,
    altUnit: "characters",
  },
  // A generic webhook gets media as links: no platform limit beyond sanity.
  webhook: {
    maxCount: 20,
    video: "mixed",
    types: { ...images(100 * MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 500 * MB },
    altMax: 5000,
    altUnit: "characters",
  },
  // X: 4 images of 5 MB, or one video; alt text 1000 characters.
  x: {
    maxCount: 4,
    video: "alone",
    types: { ...images(5 * MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 512 * MB },
    altMax: 1000,
    altUnit: "characters",
  },
};
