import { proseOf, segmentSpan } from "../../post/post-segments.js";
import type { Word } from "../../text/prose.js";
import type { Rule, RuleMessage } from "../types.js";

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

/** Only spaces and at most one line break between two words: a phrase broken across lines is still one phrase. */
const GAP = /^[ \t]*\n?[ \t]*$/;

/** The longest phrase looked for twice in a row: "at some at some point" is two, "as soon as as soon as" three. */
const LONGEST_PHRASE = 4;

/**
 * retext-repeated-words' logic on the shared tokenizer, extended to phrases ("at some at some point"): a full
 * retext parse costs about 0.75 ms per file, more than every other checkpoint together. A phrase is compared
 * only when its first word comes back after it, so a post without repeats costs one comparison per word and length.
 */
export const repeatedWordRule: Rule = {
  id: "repeated-word",
  description: 'The same word or phrase twice in a row ("the the", "at some at some point").',
  defaultSeverity: "error",
  bodyOnly: true,
  check(post) {
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      const { words, masked } = prose;
      const lower = words.map((word) => word.text.toLowerCase());
      const joined = (from: number, to: number) => GAP.test(masked.slice((words[from] as Word).end, (words[to] as Word).start));
      for (let i = 0; i < words.length; i++) {
        const length = repeatAt(lower, words, i, joined);
        if (!length) continue;
        const first = words[i] as Word;
        const last = words[i + 2 * length - 1] as Word;
        const phrase = words
          .slice(i + length, i + 2 * length)
          .map((word) => word.text)
          .join(" ");
        messages.push({
          ...segmentSpan(post, prose.segment, first.start, last.end),
          message: `"${phrase}" is repeated; expected it once`,
          suggestions: [masked.slice(first.start, (words[i + length - 1] as Word).end)],
        });
        // The repeat is reported once, not again from its second half.
        i += 2 * length - 1;
      }
    }
    return messages;
  },
};

/** The length of the phrase starting at word `i` that comes again right after it, or 0. */
function repeatAt(lower: readonly string[], words: readonly Word[], i: number, joined: (from: number, to: number) => boolean): number {
  const first = words[i] as Word;
  if (first.numeric) return 0;
  for (let length = 1; length <= LONGEST_PHRASE && i + 2 * length <= lower.length; length++) {
    if (lower[i] !== lower[i + length]) continue;
    let same = true;
    for (let k = 1; k < length && same; k++) same = lower[i + k] === lower[i + length + k];
    if (!same || lower.slice(i, i + length).every((word) => ALLOWED.has(word))) continue;
    let inOnePhrase = true;
    for (let k = i; k < i + 2 * length - 1 && inOnePhrase; k++) inOnePhrase = joined(k, k + 1);
    if (inOnePhrase) return length;
  }
  return 0;
}
