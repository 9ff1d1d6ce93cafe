import { proseOf, segmentSpan } from "../../post/post-segments.js";
import type { Word } from "../../text/prose.js";
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
      const joined = (from: number, to: number) => GAP.test(masked.slice((words[from] as Word).end, (words[to] as Word).start));
      for (let i = 0; i < words.length && messages.length < ENOUGH_FINDINGS; i++) {
        const length = repeatAt(words, i, joined);
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

/** The same word in any case; most pairs differ in length or first letter, which settles them without lower-casing. */
function sameWord(a: Word | undefined, b: Word | undefined): boolean {
  if (!a || !b || a.text.length !== b.text.length) return false;
  if (a.text === b.text) return true;
  const x = a.text.charCodeAt(0);
  const y = b.text.charCodeAt(0);
  // ASCII first letters that differ in more than case settle it.
  if (x < 128 && y < 128 && (x | 32) !== (y | 32)) return false;
  return a.text.toLowerCase() === b.text.toLowerCase();
}

/** The length of the phrase starting at word `i` that comes again right after it, or 0. */
function repeatAt(words: readonly Word[], i: number, joined: (from: number, to: number) => boolean): number {
  const first = words[i] as Word;
  if (first.numeric) return 0;
  for (let length = 1; length <= LONGEST_PHRASE && i + 2 * length <= words.length; length++) {
    if (!sameWord(first, words[i + length])) continue;
    let same = true;
    for (let k = 1; k < length && same; k++) same = sameWord(words[i + k], words[i + length + k]);
    if (!same || words.slice(i, i + length).every((word) => ALLOWED.has(word.text.toLowerCase()))) continue;
    let inOnePhrase = true;
    for (let k = i; k < i + 2 * length - 1 && inOnePhrase; k++) inOnePhrase = joined(k, k + 1);
    if (inOnePhrase) return length;
  }
  return 0;
}
