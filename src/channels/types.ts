import type { ChannelType, ResolvedChannel } from "../config/types.js";
import type { ValidPost } from "../post/valid-post.js";
import type { ChannelLimits } from "../rules/types.js";
import type { TextSegment } from "../text/segments.js";

/**
 * The measuring side of a channel type: how the platform counts a text, its limits on text and media, and the
 * text a post gives it. One per type in src/channels/<type>/adapter.ts, listed in ./registry.ts; the publishing
 * side is ./publisher.ts. Rules see only the ChannelLimits part, handed in by src/check.
 */
export interface ChannelAdapter extends ChannelLimits {
  type: ChannelType;
  /** Loads what counting needs before the first measure (X's twitter-text); absent when nothing needs loading. */
  prepare?(): Promise<void>;
  /** The plain text the channel publishes for a post: its variant, or the body, flattened from Markdown. */
  text(post: ValidPost, channelId: ResolvedChannel["id"]): { segment: TextSegment; text: string };
}
