import { channelMeasures } from "../../render/measure.js";
import { channelText } from "../../render/post-segments.js";
import type { Rule, RuleMessage } from "../types.js";

export const lengthRule: Rule = {
  id: "length",
  description: "The text each channel publishes (its variant or the body) fits the channel, counted the way the platform counts.",
  defaultSeverity: "error",
  check(post, { config }) {
    const messages: RuleMessage[] = [];
    for (const channelId of post.data.channels) {
      const channel = config.channels.get(channelId);
      if (!channel) continue;
      const { segment, text } = channelText(post, channelId);
      for (const { count, max, unit } of channelMeasures(channel, text)) {
        if (count <= max) continue;
        const where = segment.kind === "variant" ? post.spanOf(["variants", channelId]) : post.spanAt(post.bodyOffset);
        const fix = segment.kind === "variant" ? "shorten the variant" : `shorten the body or add variants.${channelId}`;
        messages.push({ ...where, message: `${count}/${max} ${unit} for ${channelId}: ${count - max} over; ${fix}` });
      }
    }
    return messages;
  },
};
