import type { ResolvedChannel } from "../config/types.js";
import { countBluesky, countDiscord, countLinkedIn, countMastodon, countWebhook, countX } from "./count.js";

export interface Measure {
  count: number;
  max: number;
  unit: string;
}

/**
 * Every limit a channel enforces on its text, counted the way the platform counts. The length rule
 * and the PR preview both read this, so the preview never disagrees with the check. The first
 * measure is the one people know the platform by (Bluesky's graphemes before its byte cap).
 */
export function channelMeasures(channel: ResolvedChannel, text: string): Measure[] {
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
