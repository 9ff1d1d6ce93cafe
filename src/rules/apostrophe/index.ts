import { proseOf, segmentSpan, type Word } from "../../text/prose.js";
import type { Rule, RuleMessage } from "../types.js";

// retext-contractions' list: contractions written without their apostrophe. Case-sensitive keys stay as they are.
const CONTRACTIONS: Record<string, string> = {
  aint: "ain't",
  arent: "aren't",
  couldnt: "couldn't",
  didnt: "didn't",
  doesnt: "doesn't",
  dont: "don't",
  hadnt: "hadn't",
  hasnt: "hasn't",
  havent: "haven't",
  hes: "he's",
  howd: "how'd",
  hows: "how's",
  howll: "how'll",
  Id: "I'd",
  Im: "I'm",
  Ive: "I've",
  isnt: "isn't",
  mightnt: "mightn't",
  mustve: "must've",
  mustnt: "mustn't",
  neednt: "needn't",
  oclock: "o'clock",
  shant: "shan't",
  shouldve: "should've",
  shouldnt: "shouldn't",
  thatd: "that'd",
  thats: "that's",
  thered: "there'd",
  theres: "there's",
  therere: "there're",
  theyd: "they'd",
  theyll: "they'll",
  theyre: "they're",
  theyve: "they've",
  wasnt: "wasn't",
  weve: "we've",
  werent: "weren't",
  whatll: "what'll",
  whatre: "what're",
  whats: "what's",
  whatve: "what've",
  whens: "when's",
  wheres: "where's",
  whereve: "where've",
  whod: "who'd",
  wholl: "who'll",
  whos: "who's",
  whove: "who've",
  whys: "why's",
  wouldve: "would've",
  wouldnt: "wouldn't",
  yall: "y'all",
  youd: "you'd",
  youll: "you'll",
  youre: "you're",
  youve: "you've",
};

// A Map: looking every word of every post up as an object key would make the engine intern each one first.
const CONTRACTION_OF = new Map(Object.entries(CONTRACTIONS));

/**
 * The contraction a word is when written without its apostrophe ("dont" → "don't", "Theyre" → "They're"),
 * or undefined. Exported for the spelling rule, which accepts such words in hashtags (a hashtag cannot hold
 * an apostrophe) and must not report a word this rule reports.
 */
export function contractionOf(word: string): string | undefined {
  const direct = CONTRACTION_OF.get(word);
  if (direct) return direct;
  const lower = word.toLowerCase();
  const listed = lower !== word ? CONTRACTION_OF.get(lower) : undefined;
  if (!listed) return undefined;
  if (word === word.toUpperCase()) return listed.toUpperCase();
  return word === (word[0] ?? "") + lower.slice(1) ? (listed[0]?.toUpperCase() ?? "") + listed.slice(1) : undefined;
}

/** A word quoted as a word ("hasnt" is misspelt) is a literal, as retext-contractions treats it. */
function quotedAsWord(masked: string, word: Word): boolean {
  return /["“'‘]/.test(masked[word.start - 1] ?? "") && /["”'’]/.test(masked[word.end] ?? "");
}

/**
 * The contraction this rule reports a word of a prose segment's masked text as missing its apostrophe, or
 * undefined when it reports none: the spelling rule asks the same question so that the two never both report it.
 */
export function missingApostrophe(masked: string, word: Word): string | undefined {
  return quotedAsWord(masked, word) ? undefined : contractionOf(word.text);
}

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
