import { proseOf, segmentSpan } from "../../post/post-segments.js";
import type { Rule, RuleMessage } from "../types.js";

// A sentence end (after a word), then two or more spaces, then the next sentence on the same line.
const GAP = /(?<=[\p{L}\p{N}][.!?…]["'’”)\]]*)( {2,}|\t+)(?=["'‘“([]?[\p{Lu}\p{N}])/gu;

/**
 * retext-sentence-spacing's check on the shared tokenizer: one space between sentences. Two spaces
 * at a line's end (a Markdown line break) are not between sentences and pass.
 */
export const spacingRule: Rule = {
  id: "spacing",
  description: "One space between sentences, not two.",
  defaultSeverity: "warning",
  check(post) {
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      for (const gap of prose.masked.matchAll(GAP)) {
        const start = gap.index ?? 0;
        messages.push({
          ...segmentSpan(post, prose.segment, start, start + gap[0].length),
          message: `${gap[0].length} ${gap[0][0] === "\t" ? "tabs" : "spaces"} between sentences; expected 1 space`,
          suggestions: [" "],
        });
      }
    }
    return messages;
  },
};
