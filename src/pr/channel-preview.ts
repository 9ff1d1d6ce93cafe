import type { ResolvedChannel } from "../config/types.js";
import { countBluesky, countDiscord, countLinkedIn, countMastodon, countWebhook, countX } from "../render/count.js";
import { channelText } from "../render/post-segments.js";
import type { ValidPost } from "../rules/types.js";

export interface ChannelPreview {
  channelId: string;
  type: string;
  /** The plain text the channel will publish. */
  text: string;
  length: number;
  /** Undefined when the channel has no limit (a webhook without max_length). */
  limit: number | undefined;
  unit: string;
  fromVariant: boolean;
}

/** The text a channel will get and its length, counted the way the platform counts (as the length rule does). */
export function channelPreview(post: ValidPost, channel: ResolvedChannel): ChannelPreview {
  const { segment, text } = channelText(post, channel.id);
  const settings = channel.settings;
  const measure = (length: number, limit: number | undefined, unit: string) => ({ length, limit, unit });
  const m = (() => {
    switch (settings.type) {
      case "bluesky":
        return measure(countBluesky(text).graphemes, 300, "graphemes");
      case "mastodon":
        return measure(countMastodon(text), settings.max_characters ?? 500, "characters");
      case "linkedin":
        return measure(countLinkedIn(text), 3000, "characters");
      case "discord":
        return measure(countDiscord(text), 2000, "characters");
      case "webhook":
        return measure(countWebhook(text), settings.max_length, "characters");
      case "x":
        return measure(countX(text), 280, "weighted characters");
      default:
        return measure(countDiscord(text), undefined, "characters");
    }
  })();
  return { channelId: channel.id, type: settings.type, text, ...m, fromVariant: segment.kind === "variant" };
}
