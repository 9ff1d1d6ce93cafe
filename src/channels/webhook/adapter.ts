import { images, MB } from "../../media/limits.js";
import { channelText } from "../../post/post-segments.js";
import { countCodePoints } from "../../text/count.js";
import type { ChannelAdapter } from "../types.js";

/** A generic webhook receiver: Unicode code points. */
export const countWebhook = countCodePoints;

export const webhookAdapter: ChannelAdapter = {
  type: "webhook",
  measure(channel, text) {
    const settings = channel.settings;
    const max = settings.type === "webhook" ? settings.max_length : undefined;
    return max ? [{ count: countWebhook(text), max, unit: "characters" }] : [];
  },
  // A generic webhook gets media as links: no platform limit beyond sanity.
  media: {
    maxCount: 20,
    video: "mixed",
    types: { ...images(100 * MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 500 * MB },
    altMax: 5000,
    altUnit: "characters",
  },
  text: channelText,
};
