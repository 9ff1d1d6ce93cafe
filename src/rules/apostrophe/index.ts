import { proseOf, segmentSpan } from "../../post/post-segments.js";
import { contractionOf, quotedAsWord } from "../../text/contractions.js";
import type { Word } from "../../text/prose.js";
import type { Rule, RuleMessage } from "../types.js";

/**
 * Words after which "its" can only mean "it is" or "it has": "its a deal", "its been fun", "its not over".
 * Kept to words a possessive never precedes ("its own", "its going rate" and "its very best" stay quiet).
 */
const AFTER_IT_IS = new Set(["a", "an", "the", "been", "not", "gonna", "ok", "okay", "never", "always", "getting"]);

/** The next word of a segment when only spaces separate it from `word` (a comma or line break ends the pair). */
function nextWord(masked: string, words: readonly Word[], index: number): Word | undefined {
  const word = words[index] as Word;
  const next = words[index + 1];
  if (!next) return undefined;
  for (let i = word.end; i < next.start; i++) if (masked[i] !== " ") return undefined;
  return next;
}

/** "its" where "it's" is meant, or "it's" where "its" is meant: one of the most common public slips. */
function itsConfusion(masked: string, words: readonly Word[], index: number): { expected: string; why: string } | undefined {
  const word = words[index] as Word;
  const lower = word.text.toLowerCase().replace("’", "'");
  if (lower !== "its" && lower !== "it's") return undefined;
  const next = nextWord(masked, words, index);
  if (!next) return undefined;
  const after = next.text.toLowerCase();
  if (lower === "its") {
    const meansItIs = AFTER_IT_IS.has(after) || (after === "going" && nextWord(masked, words, index + 1)?.text.toLowerCase() === "to");
    if (!meansItIs) return undefined;
    return { expected: `${word.text.slice(0, 2)}'s`, why: `(it is) before "${next.text}"` };
  }
  return after === "own" ? { expected: word.text.slice(0, 2) + "s", why: `(belonging to it) before "${next.text}"` } : undefined;
}

/**
 * retext-contractions' check on the shared tokenizer ("dont" → "don't"), plus "its'", which is
 * never a word, and "its"/"it's" mixed up where the next word decides. Straight and curly apostrophes are
 * both fine: house styles differ.
 */
export const apostropheRule: Rule = {
  id: "apostrophe",
  description:
    'Contractions keep their apostrophe ("don\'t", not "dont"); "its\'" is either "its" or "it\'s"; "its a deal" needs "it\'s", "it\'s own" needs "its".',
  defaultSeverity: "error",
  check(post) {
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      const { masked } = prose;
      for (const [index, word] of prose.words.entries()) {
        if (quotedAsWord(masked, word)) continue;
        const confusion = itsConfusion(masked, prose.words, index);
        if (confusion) {
          messages.push({
            ...segmentSpan(post, prose.segment, word.start, word.end),
            message: `"${word.text}" here means the other word; expected "${confusion.expected}" ${confusion.why}`,
            suggestions: [confusion.expected],
          });
          continue;
        }
        const after = masked[word.end] ?? "";
        if (word.text.toLowerCase() === "its" && /['’]/.test(after)) {
          messages.push({
            ...segmentSpan(post, prose.segment, word.start, word.end + 1),
            message: `"${word.text}${after}" is not a word; expected "its" (belonging to it) or "it's" (it is)`,
            suggestions: [word.text, `${word.text.slice(0, 2)}'s`],
          });
          continue;
        }
        // missingApostrophe(masked, word), without testing the quotes a second time.
        const expected = contractionOf(word.text);
        if (!expected) continue;
        messages.push({
          ...segmentSpan(post, prose.segment, word.start, word.end),
          message: `"${word.text}" is missing its apostrophe; expected "${expected}"`,
          suggestions: [expected],
        });
      }
    }
    return messages;
  },
};
