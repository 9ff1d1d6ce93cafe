import type { ResolvedClient } from "../../config/types.js";
import { proseOf, segmentSpan } from "../../post/post-segments.js";
import { contractionOf, missingApostrophe } from "../../text/contractions.js";
import type { HashtagPart, Word } from "../../text/prose.js";
import { ENOUGH_FINDINGS, type Rule, type RuleMessage } from "../types.js";
import { americanForms } from "./british.js";
import { SOCIAL_WORDS } from "./social-words.js";
import { loadSpeller, type Speller } from "./speller.js";

const clientWords = new WeakMap<ResolvedClient, Set<string>>();

/**
 * The built-in social-media and retail words and the config's words (global and the client's), compared
 * without case: "Northwind" also accepts "NORTHWIND". One set, so the built-in words also split run-together
 * hashtags ("#livestreamsale") and are offered as suggestions, as config words are.
 */
function extraWordsOf(client: ResolvedClient): Set<string> {
  let words = clientWords.get(client);
  if (!words) {
    words = new Set([...SOCIAL_WORDS, ...client.words.map((w) => w.toLowerCase().replace(/’/g, "'"))]);
    clientWords.set(client, words);
  }
  return words;
}

/** Short all-capital words are acronyms ("REI", "NASA"): the dictionary cannot know them all. */
const ACRONYM = /^\p{Lu}{2,5}s?$/u;

/** URL pieces left as words by a malformed URL ("https:/example.com"): the `link` rule reports those, not this one. */
const URL_PIECES = new Set(["http", "https", "www"]);

const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;

function isKnown(word: string, speller: Speller, extra: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (extra.has(lower) || speller.correct(word)) return true;
  if (americanForms(word).some((form) => speller.correct(form))) return true;
  if (URL_PIECES.has(lower)) return true;
  // en_US holds no accented form at all, only the English spelling without accents ("cafe", "naive",
  // "resume", "fiancee", "jalapeno"): a word is known when its letters without their accents are.
  if (NON_ASCII.test(word)) {
    const plain = word.normalize("NFD").replace(MARKS, "");
    if (plain !== word && isKnown(plain, speller, extra)) return true;
  }
  // A possessive of an accepted word: "Acme's".
  return /'s$/.test(lower) && extra.has(lower.slice(0, -2));
}

const wholeWordVerdicts = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/** Verdicts on whole words as written, per set of config words. */
function verdictsFor(extra: ReadonlySet<string>): Map<string, boolean> {
  let verdicts = wholeWordVerdicts.get(extra);
  if (!verdicts) {
    verdicts = new Map();
    wholeWordVerdicts.set(extra, verdicts);
  }
  return verdicts;
}

/** Whether a word as written is an acronym or known, asked once per distinct word and set of config words. */
function acceptedAsIs(text: string, speller: Speller, extra: ReadonlySet<string>, verdicts: Map<string, boolean>): boolean {
  let accepted = verdicts.get(text);
  if (accepted === undefined) {
    accepted = ACRONYM.test(text) || isKnown(text.replace(/’/g, "'"), speller, extra);
    verdicts.set(text, accepted);
  }
  return accepted;
}

/**
 * Whether a misspelt-looking hashtag part is fine as a hashtag: a contraction, which a hashtag cannot write
 * with its apostrophe ("#DontGiveUp"); and for a hashtag of one part ("#tbt", "#wintercamping"), an
 * abbreviation of at most 4 letters or a run of words written together. Asked only for parts that failed
 * the word verdict, and once per distinct part.
 */
function hashtagAccepts(part: HashtagPart, speller: Speller, extra: ReadonlySet<string>, verdicts: Map<string, boolean>): boolean {
  if (contractionOf(part.text)) return true;
  if (part.text.length !== part.hashtag.length - 1) return false;
  // "#" never starts a word, so these keys cannot meet a word's verdict.
  const key = `#${part.text}`;
  let accepted = verdicts.get(key);
  if (accepted === undefined) {
    const lower = part.text.toLowerCase();
    accepted = lower.length <= 4 || (splitsIntoWords(lower, speller, extra) && !nearTypo(lower, speller, extra));
    verdicts.set(key, accepted);
  }
  return accepted;
}

/**
 * A typo often splits into words too ("writting": writ + ting; "publically": pub + li + cally), but it is near
 * the word it misspells: one edit away, or two with the same first letter ("publically" → "publicly"). A run
 * of words rarely is; "nofilter" is two edits from "filter", but not from a
 * word starting with "n". The suggestions are cached, and the one-edit test comes first.
 */
function nearTypo(lower: string, speller: Speller, extra: ReadonlySet<string>): boolean {
  if (speller.nearWord(lower, extra)) return true;
  return speller.suggest(lower, extra).some((word) => word[0]?.toLowerCase() === lower[0]);
}

/** Hashtags longer than this are not split. */
const MAX_SPLIT = 100;
/** No word is longer: the search asks about each substring up to this length ending at each letter. */
const MAX_PART = 24;

/**
 * The two-letter parts a run of words may have. en_US holds some 160 two-letter forms, mostly abbreviations
 * ("ck", "gr", "mo"), which would let a typo pass as a chain of fragments ("tommorow": tom + mo + row).
 */
const TWO_LETTER_WORDS = new Set("ad ah am an as at be by do go he hi if in is it me my no of oh ok on or ox so to up us we".split(" "));

/**
 * Whether a lower-case run of letters is a sequence of words ("wintercamping" → winter + camping): dynamic
 * programming over its prefixes. A part is "a", "i", a common two-letter word, a contraction without its
 * apostrophe, or a longer dictionary or config word; from 4 letters also a name ("monday", "london").
 */
export function splitsIntoWords(text: string, speller: Speller, extra: ReadonlySet<string>): boolean {
  const n = text.length;
  if (n > MAX_SPLIT) return false;
  const isPart = (part: string) => {
    if (part.length < 3) return part.length === 1 ? part === "a" || part === "i" : TWO_LETTER_WORDS.has(part);
    if (extra.has(part) || speller.correct(part) || contractionOf(part) !== undefined) return true;
    return part.length >= 4 && speller.correct((part[0] as string).toUpperCase() + part.slice(1));
  };
  // splits[i]: text[0, i) is a sequence of words.
  const splits = [true];
  for (let end = 1; end <= n; end++) {
    let ok = false;
    for (let start = end - 1; start >= Math.max(0, end - MAX_PART) && !ok; start--)
      ok = splits[start] === true && isPart(text.slice(start, end));
    splits.push(ok);
  }
  return splits[n] === true;
}

/**
 * Prefixes written with a hyphen before a word ("pre-order", "eco-friendly", "tri-state"): accepted as the
 * first part of a hyphenated word, where en_US cannot know them as they are no words alone ("pre", "eco",
 * "un", "de"). The rest of the word is still checked: "pre-ordr" reports "ordr". Only prefixes English
 * hyphenates productively; those that are words too ("post", "self", "co") are listed so the rule does not
 * hang on en_US holding them.
 */
const HYPHEN_PREFIXES = new Set(
  (
    "pre post re co eco non anti multi semi sub super ex mid mini micro macro inter intra over under out bi tri " +
    "un de e self well low high all half cross counter pro neo mega ultra vice cyber socio geo bio hyper " +
    "extra auto retro quasi pseudo"
  ).split(" "),
);

/** The misspelt pieces of a word: the word itself, or the parts of a hyphenated word that are not words. */
function misspeltParts(word: Word, speller: Speller, extra: ReadonlySet<string>, verdicts: Map<string, boolean>): Word[] {
  if (word.numeric || acceptedAsIs(word.text, speller, extra, verdicts)) return [];
  const text = word.text.replace(/’/g, "'");
  if (!text.includes("-")) return [word];
  const parts: Word[] = [];
  let start = 0;
  for (const [i, part] of text.split("-").entries()) {
    const w = {
      text: word.text.slice(start, start + part.length),
      start: word.start + start,
      end: word.start + start + part.length,
      numeric: false,
    };
    const prefix = i === 0 && HYPHEN_PREFIXES.has(part.toLowerCase());
    if (!prefix && !/\p{N}/u.test(part) && !ACRONYM.test(part) && !isKnown(part, speller, extra)) parts.push(w);
    start += part.length + 1;
  }
  return parts;
}

export const spellingRule: Rule = {
  id: "spelling",
  description:
    "Words in the body, title, variants and alt texts are in the dictionary or the config's words; hashtags are checked by their parts, mentions, URLs and code are skipped.",
  defaultSeverity: "error",
  async check(post, { client }) {
    const speller = await loadSpeller();
    const extra = extraWordsOf(client);
    const verdicts = verdictsFor(extra);
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      const report = (word: Word, message: string) => {
        const suggestions = speller.suggest(word.text.replace(/’/g, "'"), extra);
        messages.push({
          ...segmentSpan(post, prose.segment, word.start, word.end),
          message,
          ...(suggestions.length ? { suggestions } : {}),
        });
      };
      for (const word of prose.words) {
        if (messages.length >= ENOUGH_FINDINGS) break;
        const parts = misspeltParts(word, speller, extra, verdicts);
        // A contraction without its apostrophe ("dont") is the apostrophe rule's to report, once.
        if (parts.length === 0 || missingApostrophe(prose.masked, word)) continue;
        for (const part of parts) {
          report(part, `"${part.text}" is misspelt; expected a word from the dictionary or the config's words`);
        }
      }
      for (const part of prose.hashtagParts) {
        // A hashtag that is itself a configured word ("#AcmeOutdoor") is fine whatever its parts.
        if (extra.has(part.hashtag.slice(1).toLowerCase())) continue;
        if (part.text.length < 2) continue;
        for (const bad of misspeltParts(part, speller, extra, verdicts)) {
          if (hashtagAccepts(part, speller, extra, verdicts)) continue;
          report(bad, `"${bad.text}" in ${part.hashtag} is misspelt; expected a word from the dictionary or the config's words`);
        }
      }
    }
    return messages;
  },
};
