/** What a platform accepts as media; each channel adapter (src/channels/<type>/adapter.ts) states its own, with sources. */
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

/** A binary megabyte: Mastodon and Discord state these (Mastodon's 16.megabytes is 16,777,216 bytes); Bluesky decimal ones. */
export const MB = 1024 * 1024;

/** The same largest size for each image extension. */
export const images = (bytes: number, ...exts: string[]): Record<string, number> => Object.fromEntries(exts.map((e) => [e, bytes]));
