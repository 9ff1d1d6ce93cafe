import type { ResolvedChannel, ResolvedClient, ResolvedConfig } from "../config/types.js";
import type { MediaLimits } from "../media/limits.js";
import type { ValidPost } from "../post/valid-post.js";
import type { Severity, SeveritySetting, Span } from "../types.js";

// Rules take a ValidPost; it lives in src/post/ because the text, preview and PR code read it too.
export type { ValidPost };

/** One limit on the text a channel publishes, counted the way the platform counts. */
export interface Measure {
  count: number;
  max: number;
  unit: string;
}

/**
 * What rules know of a channel's type. Each adapter in src/channels/ implements it and src/check hands it to
 * rules through RuleContext: src/channels is an outer layer, which rules never import.
 */
export interface ChannelLimits {
  /**
   * Every limit the channel enforces on its text; the length rule and the PR preview both read this, so the
   * preview never disagrees with the check. The first is the one people know the platform by.
   */
  measure(channel: ResolvedChannel, text: string): Measure[];
  media: MediaLimits;
}

export interface RuleContext {
  config: ResolvedConfig;
  client: ResolvedClient;
  /** The rule's options: global `checks.<rule>` merged with the client's. */
  options: Readonly<Record<string, unknown>>;
  /** The moment of the check, injected so rules that look at time are testable. */
  now: Date;
  /** The limits of a channel's type (injected by src/check from src/channels). */
  limitsOf(channel: ResolvedChannel): ChannelLimits;
}

export interface RuleMessage extends Span {
  message: string;
  suggestions?: string[];
  /** A rule may lower its own message (an acknowledged topic is a warning); configured severity applies otherwise. */
  severity?: Severity;
}

/** A checkpoint: a pure function from a parsed post and the config to messages. */
export interface Rule {
  id: string;
  description: string;
  defaultSeverity: SeveritySetting;
  check(post: ValidPost, context: RuleContext): RuleMessage[] | Promise<RuleMessage[]>;
}

/**
 * Findings after which a rule may stop looking in a post: a post is listed with at most 200 per rule, and a text
 * that repeats one mistake 60,000 times ("a a a …") cost seconds in findings nobody reads. Five times the listed
 * number, so that findings inside a region where a comment disables the rule rarely use it all up.
 */
export const ENOUGH_FINDINGS = 1000;
