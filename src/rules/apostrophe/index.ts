import { proseOf, segmentSpan } from "../../post/post-segments.js";
import { contractionOf, quotedAsWord } from "../../text/contractions.js";
import type { Word } from "../../text/prose.js";
import { inCaseOf, nextInPhrase, plainLower, previousInPhrase } from "../../text/word-pairs.js";
import type { Rule, RuleMessage } from "../types.js";

/**
 * Words after which "its" can only mean "it is" or "it has": "its a deal", "its been fun", "its not over", "its so
 * good". Kept to words a possessive never precedes ("its own", "its going rate" and "its very best" stay quiet).
 */
const AFTER_IT_IS = new Set([
  "a",
  "an",
  "the",
  "been",
  "not",
  "gonna",
  "ok",
  "okay",
  "never",
  "always",
  "getting",
  "so",
  "really",
  "just",
  "also",
  "too",
]);

/** "its time to go", "its time for tea": the time is no possession there. */
const AFTER_ITS_TIME = new Set(["to", "for"]);

/**
 * "cant" and "wont" are words too ("political cant", "as is her wont"): they stand for "can't" and "won't" only
 * after a subject or before a verb ("we cant wait", "it wont be long").
 */
const SUBJECTS = new Set(["i", "we", "you", "they", "he", "she", "it", "who", "that", "this", "people"]);
const VERBS = new Set([
  "be",
  "wait",
  "stop",
  "believe",
  "get",
  "go",
  "have",
  "do",
  "make",
  "see",
  "help",
  "find",
  "miss",
  "let",
  "last",
  "work",
  "say",
  "tell",
  "take",
  "give",
  "keep",
  "hear",
  "afford",
  "beat",
  "imagine",
  "remember",
  "happen",
  "change",
  "even",
]);
const CANT_WONT = new Map([
  ["cant", "can't"],
  ["wont", "won't"],
]);

/** "can't"/"won't" for "cant"/"wont" where a subject or a verb shows the contraction is meant, or undefined. */
function cantWont(masked: string, words: readonly Word[], index: number): string | undefined {
  const word = words[index] as Word;
  if (word.text.length !== 4) return undefined;
  const contraction = CANT_WONT.get(word.text.toLowerCase());
  if (!contraction) return undefined;
  const meant =
    SUBJECTS.has(plainLower(previousInPhrase(masked, words, index))) || VERBS.has(plainLower(nextInPhrase(masked, words, index)));
  return meant ? inCaseOf(word.text, contraction) : undefined;
}

/** "its" where "it's" is meant, or "it's" where "its" is meant: one of the most common public slips. */
function itsConfusion(masked: string, words: readonly Word[], index: number): { expected: string; why: string } | undefined {
  const word = words[index] as Word;
  // Every word comes here: a length test spares nearly all of them the lower-casing.
  if (word.text.length !== 3 && word.text.length !== 4) return undefined;
  const lower = word.text.toLowerCase().replace("’", "'");
  if (lower !== "its" && lower !== "it's") return undefined;
  const next = nextInPhrase(masked, words, index);
  if (!next) return undefined;
  const after = next.text.toLowerCase();
  if (lower === "its") {
    const afterNext = plainLower(nextInPhrase(masked, words, index + 1));
    const meansItIs =
      AFTER_IT_IS.has(after) || (after === "going" && afterNext === "to") || (after === "time" && AFTER_ITS_TIME.has(afterNext));
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
    'Contractions keep their apostrophe ("don\'t", not "dont"); "its\'" is either "its" or "it\'s"; "its a deal" needs "it\'s", "it\'s own" needs "its"; "cant"/"wont" where a subject or verb shows the contraction.',
  defaultSeverity: "error",
  bodyOnly: true,
  check(post) {
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      const { masked, words } = prose;
      for (let index = 0; index < words.length; index++) {
        const found = findingAt(masked, words, index);
        // A word quoted as a word ("dont" is misspelt on purpose) is a literal: tested only for the few found.
        if (!found || quotedAsWord(masked, words[index] as Word)) continue;
        messages.push({
          ...segmentSpan(post, prose.segment, found.start, found.end),
          message: found.message,
          suggestions: found.suggestions,
        });
      }
    }
    return messages;
  },
};

function findingAt(
  masked: string,
  words: readonly Word[],
  index: number,
): { start: number; end: number; message: string; suggestions: string[] } | undefined {
  const word = words[index] as Word;
  const confusion = itsConfusion(masked, words, index);
  if (confusion) {
    return {
      start: word.start,
      end: word.end,
      message: `"${word.text}" here means the other word; expected "${confusion.expected}" ${confusion.why}`,
      suggestions: [confusion.expected],
    };
  }
  const after = masked[word.end] ?? "";
  if (word.text.length === 3 && word.text.toLowerCase() === "its" && (after === "'" || after === "’")) {
    return {
      start: word.start,
      end: word.end + 1,
      message: `"${word.text}${after}" is not a word; expected "its" (belonging to it) or "it's" (it is)`,
      suggestions: [word.text, `${word.text.slice(0, 2)}'s`],
    };
  }
  // missingApostrophe(masked, word), with the quotes tested by the caller.
  const expected = contractionOf(word.text) ?? cantWont(masked, words, index);
  return expected
    ? {
        start: word.start,
        end: word.end,
        message: `"${word.text}" is missing its apostrophe; expected "${expected}"`,
        suggestions: [expected],
      }
    : undefined;
}
