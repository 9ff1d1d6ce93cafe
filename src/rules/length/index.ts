import type { ResolvedChannel } from "../../config/types.js";
import { countBluesky, countDiscord, countLinkedIn, countMastodon, countWebhook, countX } from "../../render/count.js";
import { channelText } from "../../render/post-segments.js";
import type { Rule, RuleMessage } from "../types.js";

interface Measure {
  count: number;
  max: number;
  unit: string;
}

/** Every limit the channel enforces on the text, counted the way the platform counts. */
function measures(channel: ResolvedChannel, text: string): Measure[] {
  const settings = channel.settings;
  switch (settings.type) {
    case "bluesky": {
      const { graphemes, bytes } = countBluesky(text);
      return [
        { count: graphemes, max: 300, unit: "graphemes" },
        { count: bytes, max: 3000, unit: "UTF-8 bytes" },
      ];
    }
    case "mastodon":
      return [{ count: countMastodon(text), max: settings.max_characters ?? 500, unit: "characters (URLs count 23)" }];
    case "linkedin":
      return [{ count: countLinkedIn(text), max: 3000, unit: "characters after LinkedIn's escaping" }];
    case "discord":
      return [{ count: countDiscord(text), max: 2000, unit: "characters" }];
    case "webhook":
      return settings.max_length ? [{ count: countWebhook(text), max: settings.max_length, unit: "characters" }] : [];
    case "x":
      return [{ count: countX(text), max: 280, unit: "weighted characters" }];
    default:
      return [];
  }
}

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
      for (const { count, max, unit } of measures(channel, text)) {
        if (count <= max) continue;
        const where = segment.kind === "variant" ? post.spanOf(["variants", channelId]) : post.spanAt(post.bodyOffset);
        const fix = segment.kind === "variant" ? "shorten the variant" : `shorten the body or add variants.${channelId}`;
        messages.push({ ...where, message: `${count}/${max} ${unit} for ${channelId}: ${count - max} over; ${fix}` });
      }
    }
    return messages;
  },
};
