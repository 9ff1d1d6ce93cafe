import type { Word } from "./prose.js";

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
 * or undefined. Shared by the apostrophe rule, which reports such words, and the spelling rule, which accepts them in hashtags
 * (a hashtag cannot hold an apostrophe) and must not report a word the apostrophe rule reports.
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
export function quotedAsWord(masked: string, word: Word): boolean {
  return /["“'‘]/.test(masked[word.start - 1] ?? "") && /["”'’]/.test(masked[word.end] ?? "");
}

/**
 * The contraction the apostrophe rule reports a word of a prose segment's masked text as missing its apostrophe, or
 * undefined when it reports none: the spelling rule asks the same question so that the two never both report it.
 */
export function missingApostrophe(masked: string, word: Word): string | undefined {
  return quotedAsWord(masked, word) ? undefined : contractionOf(word.text);
}
