import type { TextSegment } from "../text/segments.js";
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
 * Shared by `hashtags` and `mentions`: counts the tokens in the text each channel publishes and reports, at the
 * first token over the limit, how many there are and how many the channel allows. Channels that publish the same
 * text (the body) share one finding naming them all: one text, one problem, one thing to fix.
 */
export function checkCountLimit(
  post: ValidPost,
  options: Readonly<Record<string, unknown>>,
  defaults: { max: number },
  noun: string,
  find: (text: string) => Found[],
): (Span & { message: string })[] {
  const { max = defaults.max, per_channel: perChannel = {} } = options as CountLimitOptions;
  // By the text's start in the file: the body is one text whichever channels publish it; each variant its own.
  const overByText = new Map<number, { segment: TextSegment; tokens: Found[]; channels: { id: string; limit: number }[] }>();
  for (const channelId of post.data.channels) {
    const limit = perChannel[channelId] ?? max;
    if (!limit) continue;
    const { segment } = channelText(post, channelId);
    const key = segment.offsetAt(0);
    const known = overByText.get(key);
    const tokens = known?.tokens ?? find(segment.text);
    if (tokens.length <= limit) continue;
    if (known) known.channels.push({ id: channelId, limit });
    else overByText.set(key, { segment, tokens, channels: [{ id: channelId, limit }] });
  }
  const messages: (Span & { message: string })[] = [];
  for (const { segment, tokens, channels } of overByText.values()) {
    const limit = Math.min(...channels.map((c) => c.limit));
    const over = tokens[limit] as Found;
    const sameLimit = channels.every((c) => c.limit === limit);
    const names = listed(channels.map((c) => (sameLimit ? c.id : `${c.id} (at most ${c.limit})`)));
    messages.push({
      ...post.spanAt(segment.offsetAt(over.index), segment.offsetAt(over.index + over.text.length)),
      message: `${tokens.length} ${noun} for ${names}${sameLimit ? `, at most ${limit}` : ""}: remove ${tokens.length - limit} (from ${over.text} on)`,
    });
  }
  return messages;
}

/** "a", "a and b", "a, b and c". */
function listed(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? "");
}
