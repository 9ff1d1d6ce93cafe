import { schemaRule } from "./schema.js";
import type { Rule } from "./types.js";
import { wrongAccountRule } from "./wrong-account.js";

/** Every checkpoint, in report order. New rules register here. */
export const rules: readonly Rule[] = [schemaRule, wrongAccountRule];

export function ruleIds(): string[] {
  return rules.map((rule) => rule.id);
}
