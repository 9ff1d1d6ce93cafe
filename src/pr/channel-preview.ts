import { adapterOf } from "../channels/registry.js";
import { countWebhook } from "../channels/webhook/adapter.js";
import type { ResolvedChannel } from "../config/types.js";
import type { ValidPost } from "../post/valid-post.js";

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
  const adapter = adapterOf(channel);
  const { segment, text } = adapter.text(post, channel.id);
  // The headline measure; a webhook without max_length has none, and its length is shown without a limit.
  const [first] = adapter.measure(channel, text);
  const m = first
    ? { length: first.count, limit: first.max, unit: first.unit }
    : { length: countWebhook(text), limit: undefined, unit: "characters" };
  return { channelId: channel.id, type: channel.settings.type, text, ...m, fromVariant: segment.kind === "variant" };
}
