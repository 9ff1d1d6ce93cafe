import { altTextRule } from "./alt-text/index.js";
import { apostropheRule } from "./apostrophe/index.js";
import { articleRule } from "./article/index.js";
import { factSourceRule } from "./fact-source/index.js";
import { hashtagsRule } from "./hashtags/index.js";
import { inclusiveRule } from "./inclusive/index.js";
import { lengthRule } from "./length/index.js";
import { linkRule } from "./link/index.js";
import { mediaRule } from "./media/index.js";
import { mentionsRule } from "./mentions/index.js";
import { profanityRule } from "./profanity/index.js";
import { publishWindowRule } from "./publish-window/index.js";
import { readabilityRule } from "./readability/index.js";
import { repeatedWordRule } from "./repeated-word/index.js";
import { schemaRule } from "./schema/index.js";
import { sensitiveTopicRule } from "./sensitive-topic/index.js";
import { spacingRule } from "./spacing/index.js";
import { spellingRule } from "./spelling/index.js";
import type { Rule } from "./types.js";
import { undeclaredClaimRule } from "./undeclared-claim/index.js";
import { wrongAccountRule } from "./wrong-account/index.js";

/** Every checkpoint, in report order. New rules register here. */
export const rules: readonly Rule[] = [
  schemaRule,
  wrongAccountRule,
  spellingRule,
  repeatedWordRule,
  articleRule,
  apostropheRule,
  spacingRule,
  readabilityRule,
  inclusiveRule,
  profanityRule,
  lengthRule,
  mediaRule,
  altTextRule,
  factSourceRule,
  undeclaredClaimRule,
  sensitiveTopicRule,
  publishWindowRule,
  linkRule,
  hashtagsRule,
  mentionsRule,
];

export function ruleIds(): string[] {
  return rules.map((rule) => rule.id);
}
