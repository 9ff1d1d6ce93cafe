import { proseOf, segmentSpan } from "../../post/post-segments.js";
import { sentencesOf } from "../../text/prose.js";
import type { Rule, RuleMessage } from "../types.js";

export const DEFAULT_MAX_WORDS = 30;

/**
 * A very long sentence is the readability problem that matters in a feed. retext-readability's
 * grade formulas need a full parse and syllable counts per file; counting words per sentence on
 * the shared tokenizer catches the same sentences at a fraction of the cost.
 */
export const readabilityRule: Rule = {
  id: "readability",
  description: `Sentences stay readable: at most ${DEFAULT_MAX_WORDS} words (option max_words).`,
  defaultSeverity: "warning",
  check(post, { options }) {
    const max = typeof options.max_words === "number" && options.max_words > 0 ? options.max_words : DEFAULT_MAX_WORDS;
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      for (const sentence of sentencesOf(prose)) {
        if (sentence.words.length <= max) continue;
        const first = sentence.words[0];
        const last = sentence.words[sentence.words.length - 1];
        if (!first || !last) continue;
        messages.push({
          ...segmentSpan(post, prose.segment, first.start, last.end),
          message: `this sentence has ${sentence.words.length} words; expected at most ${max}: split it`,
        });
      }
    }
    return messages;
  },
};
