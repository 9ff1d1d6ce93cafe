import type { Word } from "../../text/prose.js";
import { RUN_TOGETHER } from "../../text/run-together.js";
import { inCaseOf, nextInPhrase, plainLower, previousInPhrase } from "../../text/word-pairs.js";

/** A real word in the wrong place: the span to replace, what to put there, and why. */
export interface Slip {
  start: number;
  end: number;
  expected: string;
  message: string;
}

/** A word with its neighbours in the same phrase (see src/text/word-pairs.ts), lower-cased. */
interface At {
  word: Word;
  previous: string;
  next: string;
  /** The word after `next`, when it is in the same phrase. */
  afterNext: string;
  /** The next word as written (case kept): "your A game" is no slip, "your a star" is. */
  nextText: string;
}

type Detector = (at: At) => Slip | undefined;

/** Nouns a writer owns: "you're whole funnel", "they're own team" can only be the possessive. */
const POSSESSED = new Set([
  "own",
  "whole",
  "entire",
  "favorite",
  "favourite",
  "team",
  "business",
  "brand",
  "audience",
  "customers",
  "account",
  "feed",
  "funnel",
  "profile",
  "order",
  "inbox",
  "website",
  "content",
  "friends",
  "family",
  "kids",
  "money",
  "store",
  "shop",
  "cart",
  "career",
  "goals",
  "followers",
]);

/** After "your", words that show "you're" (you are) is meant: "your going to", "your not", "your welcome!". */
const AFTER_YOU_ARE = new Set(["gonna", "not", "the", "so", "already", "always", "never", "really"]);
const AFTER_THEY_ARE = new Set(["gonna", "not", "already", "always", "never", "really"]);
const AFTER_THERE = new Set(["is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't"]);

/** Words "then" follows by mistake for "than" ("better then ever"); "later then" and "no longer then" are fine. */
const COMPARATIVES = new Set([
  "more",
  "less",
  "fewer",
  "better",
  "worse",
  "rather",
  "other",
  "greater",
  "bigger",
  "smaller",
  "faster",
  "cheaper",
  "higher",
  "lower",
  "larger",
  "easier",
  "harder",
  "stronger",
  "quicker",
  "sooner",
]);
/** Words "than" follows by mistake for "then" ("and than we", "since than", "back than"). */
const BEFORE_THEN = new Set(["and", "since", "until", "till", "back"]);

/** What "loose" stands before when "lose" is meant: "loose track", "loose weight", "loose your way". */
const LOST = new Set([
  "track",
  "weight",
  "money",
  "sleep",
  "sight",
  "interest",
  "touch",
  "heart",
  "hope",
  "focus",
  "control",
  "followers",
  "customers",
  "out",
  "my",
  "your",
  "our",
  "their",
  "his",
  "her",
  "them",
]);
/** Words after which only the verb can come: "will loose", "don't loose", "we'll loose". */
const BEFORE_VERB = new Set([
  "will",
  "won't",
  "don't",
  "dont",
  "didn't",
  "can't",
  "cannot",
  "could",
  "would",
  "might",
  "should",
  "may",
  "must",
  "i'll",
  "we'll",
  "you'll",
  "they'll",
]);
/** What "lose" stands before when "loose" is meant: "lose fit", "tie up lose ends". */
const LOOSE_THINGS = new Set(["fit", "fitting", "ends", "leaf", "threads"]);

/** Not "must": "a must of the season" is a noun. */
const MODALS = ["should", "could", "would", "shouldn't", "couldn't", "wouldn't"];

function swap(at: At, expected: string, why: string): Slip {
  const replacement = inCaseOf(at.word.text, expected);
  return {
    start: at.word.start,
    end: at.word.end,
    expected: replacement,
    message: `"${at.word.text}" here means ${why}; expected "${replacement}"`,
  };
}

const youAre: Detector = (at) =>
  AFTER_YOU_ARE.has(at.next) ||
  at.nextText === "a" ||
  at.nextText === "an" ||
  (at.next === "going" && at.afterNext === "to") ||
  // "Your welcome!" alone; "overstay your welcome" and "your welcome email" are fine.
  (at.next === "welcome" && at.afterNext === "" && at.previous === "")
    ? swap(at, "you're", `"you are" before "${at.nextText}"`)
    : undefined;

const theyAreOrThere: Detector = (at) => {
  if (AFTER_THEY_ARE.has(at.next) || (at.next === "going" && at.afterNext === "to")) {
    return swap(at, "they're", `"they are" before "${at.nextText}"`);
  }
  return AFTER_THERE.has(at.next) ? swap(at, "there", `"there" before "${at.nextText}"`) : undefined;
};

const possessive =
  (expected: string): Detector =>
  (at) =>
    POSSESSED.has(at.next) ? swap(at, expected, `belonging to them before "${at.nextText}"`) : undefined;

/** "alot" → "a lot": no neighbour needed. */
const runTogether =
  (fix: string): Detector =>
  (at) => {
    const expected = inCaseOf(at.word.text, fix);
    return { start: at.word.start, end: at.word.end, expected, message: `"${at.word.text}" is two words; expected "${expected}"` };
  };

const DETECTORS = new Map<string, Detector>([
  ["your", youAre],
  ["you're", (at) => (POSSESSED.has(at.next) ? swap(at, "your", `belonging to you before "${at.nextText}"`) : undefined)],
  ["their", theyAreOrThere],
  ["there", (at) => (at.next === "own" ? swap(at, "their", `belonging to them before "${at.nextText}"`) : undefined)],
  ["they're", (at) => (AFTER_THERE.has(at.next) ? swap(at, "there", `"there" before "${at.nextText}"`) : possessive("their")(at))],
  [
    "loose",
    (at) => {
      if (BEFORE_VERB.has(at.previous)) return swap(at, "lose", `the verb after "${at.previous}"`);
      return LOST.has(at.next) ? swap(at, "lose", `the verb before "${at.nextText}"`) : undefined;
    },
  ],
  ["lose", (at) => (LOOSE_THINGS.has(at.next) ? swap(at, "loose", `the adjective before "${at.nextText}"`) : undefined)],
  [
    "then",
    // "Prices were better then." is about time: only a word after "then" makes it a comparison.
    (at) => (COMPARATIVES.has(at.previous) && at.next !== "" ? swap(at, "than", `a comparison after "${at.previous}"`) : undefined),
  ],
  ["than", (at) => (BEFORE_THEN.has(at.previous) ? swap(at, "then", `a time or a sequence after "${at.previous}"`) : undefined)],
  [
    "of",
    // "would of course" is fine; "should of known" is "should have" heard as "should of".
    (at) => {
      if (!MODALS.includes(at.previous) || at.next === "course" || at.next === "") return undefined;
      return swap(at, "have", `"have" ("${at.previous} have", or "${at.previous}'ve")`);
    },
  ],
]);

for (const [word, fix] of RUN_TOGETHER) DETECTORS.set(word, runTogether(fix));
// Curly apostrophes are looked up as written: lower-casing is the only normalisation on the hot path.
for (const [word, detect] of [...DETECTORS]) if (word.includes("'")) DETECTORS.set(word.replace("'", "’"), detect);

/**
 * The slip at `words[index]` of a prose segment's masked text, or undefined. Most words are no trigger: one map
 * lookup of the word as written (lower-cased only when it starts with a capital) settles them.
 */
export function slipAt(masked: string, words: readonly Word[], index: number): Slip | undefined {
  const word = words[index] as Word;
  const text = word.text;
  const first = text.charCodeAt(0);
  const detect = DETECTORS.get(text) ?? (first >= 65 && first <= 90 ? DETECTORS.get(text.toLowerCase()) : undefined);
  if (!detect) return undefined;
  const nextWord = nextInPhrase(masked, words, index);
  const at: At = {
    word,
    previous: plainLower(previousInPhrase(masked, words, index)),
    next: plainLower(nextWord),
    afterNext: nextWord ? plainLower(nextInPhrase(masked, words, index + 1)) : "",
    nextText: nextWord?.text ?? "",
  };
  return detect(at);
}
