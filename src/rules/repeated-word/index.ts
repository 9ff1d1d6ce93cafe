import { proseOf, segmentSpan } from "../../post/post-segments.js";
import { ENOUGH_FINDINGS, type Rule, type RuleMessage } from "../types.js";

// Words that can legally occur twice ("they had had", "that that"), as in retext-repeated-words, and the
// reduplications a post uses on purpose ("bye bye", "very very good", "so so tired", "knock knock").
// Function words ("the", "a", "to", "and") are never doubled on purpose, so they stay errors.
const ALLOWED = new Set([
  "had",
  "that",
  "can",
  "blah",
  "beep",
  "yadda",
  "sapiens",
  "tse",
  "mau",
  "aye",
  "bang",
  "bye",
  "chop",
  "choo",
  "go",
  "ha",
  "hee",
  "ho",
  "hush",
  "knock",
  "many",
  "much",
  "night",
  "no",
  "really",
  "so",
  "tsk",
  "tut",
  "very",
  "win",
  "yum",
]);

/**
 * retext-repeated-words' logic on the shared tokenizer: a full retext parse costs about 0.75 ms per
 * file, more than every other checkpoint together.
 */
export const repeatedWordRule: Rule = {
  id: "repeated-word",
  description: 'The same word twice in a row ("the the").',
  defaultSeverity: "error",
  check(post) {
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      const { words, masked } = prose;
      for (let i = 1; i < words.length && messages.length < ENOUGH_FINDINGS; i++) {
        const first = words[i - 1];
        const second = words[i];
        if (!first || !second || first.numeric || first.text.toLowerCase() !== second.text.toLowerCase()) continue;
        if (ALLOWED.has(first.text.toLowerCase()) || !/^[ \t]*\n?[ \t]*$/.test(masked.slice(first.end, second.start))) continue;
        messages.push({
          ...segmentSpan(post, prose.segment, first.start, second.end),
          message: `"${second.text}" is repeated; expected it once`,
          suggestions: [first.text],
        });
      }
    }
    return messages;
  },
};
