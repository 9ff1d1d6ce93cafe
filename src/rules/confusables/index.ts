import { proseOf, segmentSpan } from "../../post/post-segments.js";
import { quotedAsWord } from "../../text/contractions.js";
import type { Rule, RuleMessage } from "../types.js";
import { slipAt } from "./slips.js";

/**
 * Real words in the wrong place, which no dictionary catches: each is told by its neighbours in the same
 * phrase ("your going to", "loose track", "better then ever", "should of known"), and only where they leave no
 * doubt, so ordinary prose ("your team", "lose weight", "and then") stays quiet. Each word is looked up once in
 * a map of the few trigger words before any neighbour is read.
 */
export const confusablesRule: Rule = {
  id: "confusables",
  description:
    'Real-word slips the context gives away: your/you\'re, their/there/they\'re, loose/lose, then/than, "should of", and words run together ("alot").',
  defaultSeverity: "error",
  bodyOnly: true,
  check(post) {
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      const { masked, words } = prose;
      for (let index = 0; index < words.length; index++) {
        const slip = slipAt(masked, words, index);
        // A word quoted as a word ("their" is possessive) is a literal.
        if (!slip || quotedAsWord(masked, words[index] as (typeof words)[number])) continue;
        messages.push({
          ...segmentSpan(post, prose.segment, slip.start, slip.end),
          message: slip.message,
          suggestions: [slip.expected],
        });
      }
    }
    return messages;
  },
};
