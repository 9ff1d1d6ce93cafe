import { proseOf, segmentSpan } from "../../text/prose.js";
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

function expectedFor(word: string): string | undefined {
  const direct = CONTRACTION_OF.get(word);
  if (direct) return direct;
  const lower = word.toLowerCase();
  const listed = lower !== word ? CONTRACTION_OF.get(lower) : undefined;
  if (!listed) return undefined;
  if (word === word.toUpperCase()) return listed.toUpperCase();
  return word === (word[0] ?? "") + lower.slice(1) ? (listed[0]?.toUpperCase() ?? "") + listed.slice(1) : undefined;
}

/**
 * retext-contractions' check on the shared tokenizer ("dont" → "don't"), plus "its'", which is
 * never a word. Straight and curly apostrophes are both fine: house styles differ.
 */
export const apostropheRule: Rule = {
  id: "apostrophe",
  description: 'Contractions keep their apostrophe ("don\'t", not "dont"); "its\'" is either "its" or "it\'s".',
  defaultSeverity: "error",
  check(post) {
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      const { masked } = prose;
      for (const word of prose.words) {
        const before = masked[word.start - 1] ?? "";
        const after = masked[word.end] ?? "";
        // A word quoted as a word ("hasnt" is misspelt) is a literal, as retext-contractions treats it.
        if (/["“'‘]/.test(before) && /["”'’]/.test(after)) continue;
        if (word.text.toLowerCase() === "its" && /['’]/.test(after)) {
          messages.push({
            ...segmentSpan(post, prose.segment, word.start, word.end + 1),
            message: `"${word.text}${after}" is not a word; expected "its" (belonging to it) or "it's" (it is)`,
            suggestions: [word.text, `${word.text.slice(0, 2)}'s`],
          });
          continue;
        }
        const expected = expectedFor(word.text);
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
