import type { ResolvedClient } from "../../config/types.js";
import { proseOf, segmentSpan } from "../../post/post-segments.js";
import { contractionOf, missingApostrophe } from "../../text/contractions.js";
import type { HashtagPart, Word } from "../../text/prose.js";
import { runTogetherOf } from "../../text/run-together.js";
import type { Severity } from "../../types.js";
import { ENOUGH_FINDINGS, type Rule, type RuleMessage } from "../types.js";
import { americanForms } from "./british.js";
import { localeForms } from "./locale-forms.js";
import { SOCIAL_WORDS } from "./social-words.js";
import { loadSpeller, type Speller } from "./speller.js";

const clientWords = new WeakMap<ResolvedClient, Promise<Set<string>>>();

/**
 * The built-in social-media and retail words, the British forms for an en-GB client, and the config's words
 * (global and the client's), compared without case: "Northwind" also accepts "NORTHWIND". One set, so these
 * words also split run-together hashtags ("#livestreamsale") and are offered as suggestions, as config words are.
 */
function extraWordsOf(client: ResolvedClient): Promise<Set<string>> {
  let words = clientWords.get(client);
  if (!words) {
    words = localeForms(client.language).then(
      (locale) => new Set([...SOCIAL_WORDS, ...locale, ...client.words.map((w) => w.toLowerCase().replace(/’/g, "'"))]),
    );
    clientWords.set(client, words);
  }
  return words;
}

/**
 * Short words in capitals are acronyms ("REI", "NASA"), and so are short words that start and end with a capital
 * ("SaaS", "DDoS", "GoT"): the dictionary cannot know them all.
 */
const ACRONYM = /^(?:\p{Lu}{2,5}|(?=\p{L}{3,5}s?$)\p{Lu}\p{L}*\p{Lu})s?$/u;

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
 * Whether a misspelt-looking hashtag part is a slip worth reporting. A hashtag is not prose: it runs words
 * together ("#wintercamping"), abbreviates ("#tbt"), coins ("#martech") and names ("#Hartley"), so a part is
 * reported only when it is clearly a slip of a known word (`nearTypo`), and never when it is a contraction,
 * which a hashtag cannot write with its apostrophe ("#DontGiveUp"), nor a one-part tag of at most 4 letters.
 * Asked only for parts that failed the word verdict, and once per distinct part.
 */
function hashtagSlip(part: HashtagPart, speller: Speller, extra: ReadonlySet<string>, verdicts: Map<string, boolean>): boolean {
  if (contractionOf(part.text)) return false;
  const whole = part.text.length === part.hashtag.length - 1;
  // "#" never starts a word, so these keys cannot meet a word's verdict.
  const key = `#${whole ? "" : " "}${part.text}`;
  let slip = verdicts.get(key);
  if (slip === undefined) {
    const lower = part.text.toLowerCase();
    slip = !(whole && lower.length <= 4) && (nearTypo(part.text, speller, extra) || (whole && slipInsideRun(lower, speller, extra)));
    verdicts.set(key, slip);
  }
  return slip;
}

/**
 * Whether a part is inside a run of 2 or 3 parts of its hashtag that is a known word as written: "#TikTok" is
 * split into "Tik" and "Tok", which the dictionary's "TikTok" joins again.
 */
function joinsIntoWord(parts: readonly HashtagPart[], at: number, text: string, speller: Speller, extra: ReadonlySet<string>): boolean {
  for (let first = Math.max(0, at - 2); first <= at; first++) {
    for (let last = Math.max(at, first + 1); last <= Math.min(parts.length - 1, first + 2); last++) {
      const from = parts[first] as HashtagPart;
      const to = parts[last] as HashtagPart;
      if (isKnown(text.slice(from.start, to.end), speller, extra)) return true;
    }
  }
  return false;
}

/** The parts of each hashtag, in order: parts of one hashtag follow each other, at most underscores apart. */
function hashtagsOf(parts: readonly HashtagPart[], text: string): HashtagPart[][] {
  const tags: HashtagPart[][] = [];
  let previous: HashtagPart | undefined;
  for (const part of parts) {
    const sameTag = previous?.hashtag === part.hashtag && /^_*$/.test(text.slice(previous.end, part.start));
    if (sameTag) tags.at(-1)?.push(part);
    else tags.push([part]);
    previous = part;
  }
  return tags;
}

/**
 * A typo often splits into words too ("writting": writ + ting; "publically": pub + li + cally), but it is near
 * the word it misspells: one edit away, or two letters left out or added with the same first letter
 * ("publically" → "publicly", "Wensday" → "Wednesday"). A word written with a capital may be near a name too
 * ("Shopfiy" → "Shopify"). A run of words rarely is; "nofilter" is two edits from "filter", but not from a word
 * starting with "n". A name two edits of other kinds from a word is as often a name ("Hartley": "Hardly").
 */
function nearTypo(word: string, speller: Speller, extra: ReadonlySet<string>): boolean {
  // The suggestions (cached, and what a report shows) first: they are one edit away when any word is.
  const lower = word.toLowerCase();
  const suggestions = speller.suggest(word, extra);
  if (suggestions.some((suggestion) => suggestion[0]?.toLowerCase() === lower[0] && lettersApart(lower, suggestion.toLowerCase()) <= 2))
    return true;
  return suggestions.length > 0 && speller.nearWord(word, extra);
}

/**
 * How many letters one string must lose or gain to become the other: both lengths less twice their longest
 * common subsequence. A letter left out or added counts 1, a swap or a wrong letter 2.
 */
export function lettersApart(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) {
      row.push(a[i - 1] === b[j - 1] ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, row[j - 1] as number));
    }
    previous = row;
  }
  return a.length + b.length - 2 * (previous[b.length] as number);
}

/** Hashtags longer than this are not split. */
const MAX_SPLIT = 100;
/** No word is longer: the search asks about each substring up to this length ending at each letter. */
const MAX_PART = 24;
/** A slip inside a run of words is looked for in parts of at least this many letters ("campign", not "tem"). */
const MIN_SLIP = 5;

/**
 * The two-letter parts a run of words may have. en_US holds some 160 two-letter forms, mostly abbreviations
 * ("ck", "gr", "mo"), which would let a typo pass as a chain of fragments ("tommorow": tom + mo + row).
 */
const TWO_LETTER_WORDS = new Set("ad ah am an as at be by do go he hi if in is it me my no of oh ok on or ox so to up us we".split(" "));

/**
 * Whether a lower-case run of letters is not words run together, but words with exactly one slip among them
 * ("wintercampign": winter + campign, one letter from "camping"): dynamic programming over its prefixes, with
 * and without the slip. A word is "a", "i", a common two-letter word, a contraction without its apostrophe, or
 * a longer dictionary or config word; from 4 letters also a name ("monday", "london"). The slip is a part of
 * at least 5 letters one edit from a word.
 */
export function slipInsideRun(text: string, speller: Speller, extra: ReadonlySet<string>): boolean {
  const n = text.length;
  if (n > MAX_SPLIT) return false;
  const isWord = (part: string) => {
    if (part.length < 3) return part.length === 1 ? part === "a" || part === "i" : TWO_LETTER_WORDS.has(part);
    if (extra.has(part) || speller.correct(part) || contractionOf(part) !== undefined) return true;
    return part.length >= 4 && speller.correct((part[0] as string).toUpperCase() + part.slice(1));
  };
  // clean[i]: text[0, i) is words; slipped[i]: words and one slip.
  const clean = [true];
  const slipped = [false];
  for (let end = 1; end <= n; end++) {
    let isClean = false;
    let isSlipped = false;
    for (let start = end - 1; start >= Math.max(0, end - MAX_PART) && !(isClean && isSlipped); start--) {
      const part = text.slice(start, end);
      const word = (clean[start] || slipped[start]) && isWord(part);
      if (word && clean[start]) isClean = true;
      if (word && slipped[start]) isSlipped = true;
      if (!isSlipped && clean[start] && part.length >= MIN_SLIP && !word && speller.nearWord(part, extra)) isSlipped = true;
    }
    clean.push(isClean);
    slipped.push(isSlipped);
  }
  // A run that is words as it stands is no slip, however else it could be read ("winterc" + "amping").
  return slipped[n] === true && clean[n] !== true;
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

/** A word written with a capital or in capitals: a name, unless it is near a known word. */
const CAPITALISED = /^\p{Lu}/u;

/** The command that adds a word to the client's words file; possessives are added without their "'s". */
const addCommand = (word: string, client: ResolvedClient) => `checkpost words add ${word.replace(/['’]s$/i, "")} --client ${client.id}`;

const SEVERITIES = new Set(["off", "info", "warning", "error"]);

export const spellingRule: Rule = {
  id: "spelling",
  description:
    "Words in the body, title, variants and alt texts are in the dictionary or the config's words; hashtags are checked by their parts, mentions, URLs and code are skipped; an unknown name is a warning (option unknown_names).",
  defaultSeverity: "error",
  bodyOnly: true,
  async check(post, { client, options }) {
    const [speller, extra] = await Promise.all([loadSpeller(), extraWordsOf(client)]);
    const verdicts = verdictsFor(extra);
    const nameSeverity = SEVERITIES.has(String(options.unknown_names)) ? String(options.unknown_names) : "warning";
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      const span = (word: Word) => segmentSpan(post, prose.segment, word.start, word.end);
      const report = (word: Word, message: string) => {
        const suggestions = speller.suggest(word.text.replace(/’/g, "'"), extra);
        messages.push({
          ...span(word),
          message: `${message} (if it is a word, add it: \`${addCommand(word.text, client)}\`)`,
          ...(suggestions.length ? { suggestions } : {}),
        });
      };
      for (const word of prose.words) {
        if (messages.length >= ENOUGH_FINDINGS) break;
        const parts = misspeltParts(word, speller, extra, verdicts);
        // A contraction without its apostrophe ("dont") is the apostrophe rule's to report, once; "alot" is confusables'.
        if (parts.length === 0 || missingApostrophe(prose.masked, word) || runTogetherOf(word.text)) continue;
        for (const part of parts) {
          // A capitalised word far from every known word is a name the team has not added yet ("Kestrelwood"),
          // near one it is a typo ("Shopfiy" → "Shopify").
          if (CAPITALISED.test(part.text) && !nearTypo(part.text.replace(/’/g, "'"), speller, extra)) {
            if (nameSeverity === "off") continue;
            messages.push({
              ...span(part),
              severity: nameSeverity as Severity,
              message: `"${part.text}" is not in the dictionary; if it is a name, add it: \`${addCommand(part.text, client)}\``,
            });
            continue;
          }
          report(part, `"${part.text}" is misspelt; expected a word from the dictionary or the config's words`);
        }
      }
      for (const tag of hashtagsOf(prose.hashtagParts, prose.segment.text)) {
        // A hashtag that is itself a configured or known word ("#AcmeOutdoor", "#TikTok") is fine whatever its parts.
        const whole = (tag[0] as HashtagPart).hashtag.slice(1);
        if (extra.has(whole.toLowerCase()) || acceptedAsIs(whole, speller, extra, verdicts)) continue;
        tag.forEach((part, at) => {
          if (part.text.length < 2) return;
          for (const bad of misspeltParts(part, speller, extra, verdicts)) {
            if (joinsIntoWord(tag, at, prose.segment.text, speller, extra) || !hashtagSlip(part, speller, extra, verdicts)) continue;
            report(bad, `"${bad.text}" in ${part.hashtag} is misspelt; expected a word from the dictionary or the config's words`);
          }
        });
      }
    }
    return messages;
  },
};
