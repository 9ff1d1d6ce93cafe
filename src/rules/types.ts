import type { ResolvedClient, ResolvedConfig } from "../config/types.js";
import type { PostFrontMatter } from "../generated/post.js";
import type { ParsedPost } from "../post/parsed-post.js";
import type { Severity, SeveritySetting, Span } from "../types.js";

/** A post whose front-matter passed the schema and whose client exists. */
export interface ValidPost extends ParsedPost {
  data: PostFrontMatter;
}

export interface RuleContext {
  config: ResolvedConfig;
  client: ResolvedClient;
  /** The rule's options: global `checks.<rule>` merged with the client's. */
  options: Readonly<Record<string, unknown>>;
  /** The moment of the check, injected so rules that look at time are testable. */
  now: Date;
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
