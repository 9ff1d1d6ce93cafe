import { type MediaLimits, VIDEO_EXTS } from "../../media/limits.js";
import { extensionOf, inspectMediaFile, type MediaLookup } from "../../media/media-file.js";
import { contentMismatch, isLfsPointer } from "../../media/media-type.js";
import { plural } from "../../text/plural.js";
import type { Rule, RuleMessage, ValidPost } from "../types.js";

/**
 * A size in decimal units (kB = 1000 bytes, MB = 1,000,000), as the platforms state their limits; one
 * decimal at most. `formatOver` falls back to exact bytes when both sides would round to the same text.
 */
export function formatSize(bytes: number): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, "MB"] : [bytes / 1000, "kB"];
  return `${Number(value.toFixed(1))} ${unit}`;
}

function formatOver(size: number, max: number): [string, string] {
  const [a, b] = [formatSize(size), formatSize(max)];
  return a === b ? [`${size.toLocaleString("en-US")} bytes`, `${max.toLocaleString("en-US")} bytes`] : [a, b];
}

export const mediaRule: Rule = {
  id: "media",
  description:
    "Each media file exists inside the content repository, its content matches its extension, and its type, size and count fit every channel of the post.",
  defaultSeverity: "error",
  check(post, { config, options, limitsOf }) {
    const messages: RuleMessage[] = [];
    // The Action injects a lookup through the GitHub API when the pull request is not checked out.
    const lookup = typeof options.lookup === "function" ? (options.lookup as MediaLookup) : undefined;
    const media = post.data.media ?? [];
    const channels = post.data.channels.flatMap((id) => {
      const channel = config.channels.get(id);
      return channel ? [{ id, limits: limitsOf(channel).media }] : [];
    });
    media.forEach((item, index) => {
      const at = post.spanOf(["media", index, "file"]);
      const found = inspectMediaFile(config.root, post.file, item.file, lookup);
      if (!found.ok) {
        messages.push({ ...at, message: `media[${index}].file: ${item.file} ${found.problem}` });
        return;
      }
      // A Git LFS pointer stands in for the file: neither its bytes nor its size are the media's, so say what
      // was not checked rather than call a picture "text" or pass its size.
      const lfs = found.head !== undefined && isLfsPointer(found.head);
      if (lfs) {
        messages.push({
          ...at,
          severity: "info",
          message: `media[${index}].file: ${item.file} is stored in Git LFS; its content and size were not checked here`,
        });
      }
      // The extension is only a claim: a text file named .png passes every check below but fails at upload.
      const mismatch = found.head && !lfs ? contentMismatch(found.ext, found.head) : undefined;
      if (mismatch) messages.push({ ...at, message: `media[${index}].file: ${item.file} ${mismatch}` });
      for (const { id, limits } of channels) {
        const max = limits.types[found.ext];
        if (lfs && max !== undefined) continue;
        if (max === undefined) {
          const accepted = Object.keys(limits.types).join(", ");
          messages.push({ ...at, message: `media[${index}].file: ${id} does not take .${found.ext} files (accepted: ${accepted})` });
        } else if (found.size > max) {
          const [size, limit] = formatOver(found.size, max);
          messages.push({
            ...at,
            message: `media[${index}].file: ${size} is over ${id}'s limit of ${limit} for .${found.ext} files; compress or resize it`,
          });
        }
      }
    });
    messages.push(...countMessages(post, media, channels));
    return messages;
  },
};

type Channel = { id: string; limits: MediaLimits };

/** Too many files for a channel, or a video where the channel takes a video only on its own. */
function countMessages(post: ValidPost, media: readonly { file: string }[], channels: readonly Channel[]): RuleMessage[] {
  const messages: RuleMessage[] = [];
  const videoIndexes: number[] = [];
  const imageIndexes: number[] = [];
  media.forEach((item, i) => {
    (VIDEO_EXTS.has(extensionOf(item.file)) ? videoIndexes : imageIndexes).push(i);
  });
  const images = imageIndexes.length;
  for (const { id, limits } of channels) {
    const alone = limits.video === "alone";
    // Where a video must be alone, the count limit is the image limit: a video is the mix finding's to report.
    const counted = alone ? images : media.length;
    if (counted > limits.maxCount) {
      // The first entry past the limit: the image past it, where only images count.
      const over = alone ? (imageIndexes[limits.maxCount] as number) : limits.maxCount;
      const what = alone ? "images" : "files";
      messages.push({
        ...post.spanOf(["media", over]),
        message: `media: ${counted} ${what}, but ${id} takes at most ${limits.maxCount} per post`,
      });
    }
    if (alone && videoIndexes.length > 0 && media.length > 1) {
      // Point at the video that cannot stay: the first one beside images, else the second video.
      const at = (images > 0 ? videoIndexes[0] : videoIndexes[1]) as number;
      const has =
        images > 0 ? `${plural(images, "image")} and ${plural(videoIndexes.length, "video")}` : plural(videoIndexes.length, "video");
      messages.push({
        ...post.spanOf(["media", at]),
        message: `media: ${has}, but ${id} takes up to ${limits.maxCount} images or 1 video per post, never both; keep one video alone or post it separately`,
      });
    }
  }
  return messages;
}
