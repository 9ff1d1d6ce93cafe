import type { Found } from "../text/tokens.js";
import type { Span } from "../types.js";
import { channelText } from "./post-segments.js";
import type { ValidPost } from "./valid-post.js";

export interface CountLimitOptions {
  /** Most per post on every channel; absent or 0: no limit. */
  max?: number;
  /** Per channel id, overriding `max`. */
  per_channel?: Record<string, number>;
}

/**
 * Shared by `hashtags` and `mentions`: counts the tokens in the text each channel publishes and
 * reports, at the first token over the limit, how many there are and how many the channel allows.
 */
export function checkCountLimit(
  post: ValidPost,
  options: Readonly<Record<string, unknown>>,
  defaults: { max: number },
  noun: string,
  find: (text: string) => Found[],
): (Span & { message: string })[] {
  const { max = defaults.max, per_channel: perChannel = {} } = options as CountLimitOptions;
  const messages: (Span & { message: string })[] = [];
  for (const channelId of post.data.channels) {
    const limit = perChannel[channelId] ?? max;
    if (!limit) continue;
    const { segment } = channelText(post, channelId);
    const tokens = find(segment.text);
    const over = tokens[limit];
    if (!over) continue;
    messages.push({
      ...post.spanAt(segment.offsetAt(over.index), segment.offsetAt(over.index + over.text.length)),
      message: `${tokens.length} ${noun} for ${channelId}, at most ${limit}: remove ${tokens.length - limit} (from ${over.text} on)`,
    });
  }
  return messages;
}
