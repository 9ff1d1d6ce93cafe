import { MEDIA_LIMITS } from "../../render/limits.js";
import type { Rule, RuleMessage } from "../types.js";
import { inspectMediaFile, type MediaLookup } from "./media-file.js";

const formatSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${(bytes / 1000).toFixed(0)} kB`;

export const mediaRule: Rule = {
  id: "media",
  description: "Each media file exists inside the content repository, and its type, size and count fit every channel of the post.",
  defaultSeverity: "error",
  check(post, { config, options }) {
    const messages: RuleMessage[] = [];
    // The Action injects a lookup through the GitHub API when the pull request is not checked out.
    const lookup = typeof options.lookup === "function" ? (options.lookup as MediaLookup) : undefined;
    const media = post.data.media ?? [];
    const channels = post.data.channels.flatMap((id) => {
      const channel = config.channels.get(id);
      return channel ? [{ id, limits: MEDIA_LIMITS[channel.settings.type] }] : [];
    });
    media.forEach((item, index) => {
      const at = post.spanOf(["media", index, "file"]);
      const found = inspectMediaFile(config.root, post.file, item.file, lookup);
      if (!found.ok) {
        messages.push({ ...at, message: `media[${index}].file: ${item.file} ${found.problem}` });
        return;
      }
      for (const { id, limits } of channels) {
        const max = limits.types[found.ext];
        if (max === undefined) {
          const accepted = Object.keys(limits.types).join(", ");
          messages.push({ ...at, message: `media[${index}].file: ${id} does not take .${found.ext} files (accepted: ${accepted})` });
        } else if (found.size > max) {
          messages.push({
            ...at,
            message: `media[${index}].file: ${formatSize(found.size)} is over ${id}'s limit of ${formatSize(max)} for .${found.ext} files; compress or resize it`,
          });
        }
      }
    });
    for (const { id, limits } of channels) {
      if (media.length <= limits.maxCount) continue;
      messages.push({
        ...post.spanOf(["media", limits.maxCount]),
        message: `media: ${media.length} files, but ${id} takes at most ${limits.maxCount} per post`,
      });
    }
    return messages;
  },
};
