import path from "node:path";
import { countCodePoints, countGraphemes } from "../../text/count.js";
import type { Rule, RuleMessage } from "../types.js";

/** Alt texts that say nothing about the picture. */
const PLACEHOLDERS = new Set([
  "image",
  "photo",
  "picture",
  "pic",
  "img",
  "graphic",
  "screenshot",
  "banner",
  "alt",
  "alt text",
  "an image",
  "a photo",
  "a picture",
  "image of",
  "photo of",
  "todo",
  "tbd",
  "placeholder",
]);

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export const altTextRule: Rule = {
  id: "alt-text",
  description: 'Every image has alt text that describes it (not empty, not the file name, not "image") within each channel\'s limit.',
  defaultSeverity: "error",
  check(post, { config, limitsOf }) {
    const messages: RuleMessage[] = [];
    (post.data.media ?? []).forEach((item, index) => {
      const alt = item.alt.trim();
      const at = post.spanOf(["media", index, "alt"]);
      const fileName = path.posix.basename(item.file);
      const stem = fileName.replace(/\.[^.]+$/, "");
      // Pasting the path, the name or the bare name are all "the file name": compared as words, so case,
      // "-", "_", "/" and "." do not matter ("media/acme/big-tent.jpg", "Big_Tent", "big tent.JPG").
      const fileNames = new Set([item.file, item.file.replace(/\.[^./]+$/, ""), fileName, stem].map(words));
      const expected = "describe what the image shows for people who cannot see it";
      if (alt === "") {
        messages.push({ ...at, message: `media[${index}].alt: empty; ${expected}` });
      } else if (PLACEHOLDERS.has(words(alt))) {
        messages.push({ ...at, message: `media[${index}].alt: "${alt}" says nothing about the picture; ${expected}` });
      } else if (fileNames.has(words(alt))) {
        messages.push({ ...at, message: `media[${index}].alt: "${alt}" is the file name; ${expected}` });
      }
      for (const channelId of post.data.channels) {
        const channel = config.channels.get(channelId);
        if (!channel) continue;
        const { altMax, altUnit } = limitsOf(channel).media;
        const length = altUnit === "graphemes" ? countGraphemes(item.alt) : countCodePoints(item.alt);
        if (length > altMax) {
          messages.push({ ...at, message: `media[${index}].alt: ${length}/${altMax} ${altUnit} for ${channelId}; shorten it` });
        }
      }
    });
    return messages;
  },
};
