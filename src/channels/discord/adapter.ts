import { images, MB } from "../../media/limits.js";
import { channelText } from "../../post/post-segments.js";
import { countCodePoints } from "../../text/count.js";
import type { ChannelAdapter } from "../types.js";

/** Discord: 2000 characters, counted as Unicode code points. */
export const countDiscord = countCodePoints;

export const discordAdapter: ChannelAdapter = {
  type: "discord",
  measure: (_channel, text) => [{ count: countDiscord(text), max: 2000, unit: "characters" }],
  // Discord webhook: 10 files, 10 MB per message without boosts, attachment description 1024.
  // Any mix of attachments is fine on Discord.
  media: {
    maxCount: 10,
    video: "mixed",
    types: { ...images(10 * MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 10 * MB, mov: 10 * MB },
    altMax: 1024,
    altUnit: "characters",
  },
  text: channelText,
};
