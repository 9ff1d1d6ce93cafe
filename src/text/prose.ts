import { memoized } from "../memo.js";
import type { TextSegment } from "./segments.js";

/** A run of letters (and digits) in a segment; `start`/`end` index the segment's text. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** Contains a digit: "10km", "3rd". Spelling skips these; the article check reads them. */
  numeric: boolean;
}

/** A word inside a hashtag (`#WinterCamping` gives "Winter" and "Camping"), with the hashtag it came from. */
export interface HashtagPart extends Word {
  hashtag: string;
}

/** A segment with its non-prose masked, tokenized once and shared by every language rule. */
export interface ProseSegment {
  segment: TextSegment;
  /**
   * The segment text with code, URLs, e-mail addresses, mentions, hashtags, link destinations,
   * HTML and comments replaced by MASK (newlines kept), so offsets still match `segment.text`.
   */
  masked: string;
  words: Word[];
  hashtagParts: HashtagPart[];
}

/** Not a letter, not whitespace, not punctuation: masked text never forms words or sentence gaps. */
export const MASK = "\u0000";

export function tokenizeSegment(segment: TextSegment): ProseSegment {
  const hashtagParts: HashtagPart[] = [];
  const masked = maskNonProse(segment.text, hashtagParts);
  return { segment, masked, words: wordsOf(masked), hashtagParts };
}

const blank = (match: string) => (match.includes("\n") ? match.replace(/[^\n]/g, MASK) : MASK.repeat(match.length));

// Order matters: code and comments first (nothing inside them is prose), then link syntax, then social syntax.
// Each pattern comes with text that any match of it contains: a post without it skips that scan.
const BLOCK_PATTERNS: [RegExp | ((text: string) => string), RegExp | string][] = [
  [/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm, /```|~~~/],
  [/<!--[\s\S]*?(?:-->|(?![\s\S]))/g, "<!--"],
  [/``[^\n]+?``|`[^`\n]+`/g, "`"],
  [/<(?:https?:|mailto:)[^>\s]*>/gi, "<"],
  [/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/g, "<"],
  [/\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g, "]("],
  [/^ {0,3}\[[^\]\n]+\]:[^\n]*/gm, "]:"],
  [/\b(?:https?:\/\/|www\.)[^\s<>"]*[^\s<>"'.,;:!?)\]]/gi, /:\/\/|www\./i],
  [maskEmails, "@"],
  [/(?<![\w@])@[\w.-]*\w(?:@[\w-]+(?:\.[\w-]+)+)?/g, "@"],
  // Bare domains with a path, or with a common top-level domain: "acme.example/sale", "acme.com".
  [maskDomainPaths, /\.[\w-]+\//],
  [maskBareDomains, /\.(?:com|org|net|io|dev|app|social|co|uk|de|fr|eu|shop|store|info|me|tv|ly|gg)\b/i],
  [/:[a-z0-9_+-]+:/g, ":"],
  [/&#?\w+;/g, "&"],
];

/**
 * `\w` without the u flag ([A-Za-z0-9_]) and `[\w-]`, at an index of a text: false before its start and past its end
 * (charCodeAt gives NaN). Codes, not one-character strings and a pattern: these run on every character of every
 * segment, twice.
 */
const isWordAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
};
const isLabelAt = (text: string, i: number) => text.charCodeAt(i) === 45 || isWordAt(text, i);

/**
 * Where a run of domain labels, /[\w-]+(?:\.[\w-]+)*\/, starting at `start` ends, and the index of each dot
 * between its labels. Any later start inside the run ends at the same place with fewer dots, which is why the
 * scanners below try a run once instead of from each of its labels (a pattern did, quadratic in "a.a.a.a…").
 */
function labelRun(text: string, start: number): { end: number; dots: number[] } {
  let i = start;
  while (isLabelAt(text, i)) i++;
  const dots: number[] = [];
  while (text.charCodeAt(i) === 46 && isLabelAt(text, i + 1)) {
    dots.push(i++);
    while (isLabelAt(text, i)) i++;
  }
  return { end: i, dots };
}

/**
 * Runs of domain labels, each from where `\b[\w-]` starts one, masked when `masks` gives the end of a match.
 * `masks` is asked only about runs with a dot (a lone label is no domain for either scanner), so the run of
 * every plain word is passed over without building its description.
 */
function maskLabelRuns(text: string, masks: (run: { start: number; end: number; dots: number[] }) => number | undefined): string {
  let out = "";
  let done = 0;
  for (let i = 0; i < text.length; ) {
    if (!isLabelAt(text, i) || isWordAt(text, i - 1) === isWordAt(text, i)) {
      i++;
      continue;
    }
    let label = i + 1;
    while (isLabelAt(text, label)) label++;
    if (text.charCodeAt(label) !== 46 || !isLabelAt(text, label + 1)) {
      i = label;
      continue;
    }
    const run = { start: i, ...labelRun(text, i) };
    const end = masks(run);
    if (end !== undefined) {
      out += text.slice(done, i) + blank(text.slice(i, end));
      done = end;
    }
    i = Math.max(run.end, end ?? 0, i + 1);
  }
  return done === 0 ? text : out + text.slice(done);
}

const PATH_STOP = /[\s<>"]/;

/** `text.replace(/\b[\w-]+(?:\.[\w-]+)+\/[^\s<>"]*[^\s<>"'.,;:!?)\]]?/g, blank)`: a bare domain with a path. */
export function maskDomainPaths(text: string): string {
  return maskLabelRuns(text, ({ end, dots }) => {
    if (dots.length === 0 || text[end] !== "/") return undefined;
    let stop = end + 1;
    while (stop < text.length && !PATH_STOP.test(text[stop] as string)) stop++;
    return stop;
  });
}

const TLDS = [
  "com",
  "org",
  "net",
  "io",
  "dev",
  "app",
  "social",
  "co",
  "uk",
  "de",
  "fr",
  "eu",
  "shop",
  "store",
  "info",
  "me",
  "tv",
  "ly",
  "gg",
];

/**
 * `text.replace(/\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|…|gg)\b/gi, blank)`: the match runs to the last dot of the run
 * that a top-level domain follows (the first listed that fits), and the rest of the run holds none.
 */
export function maskBareDomains(text: string): string {
  return maskLabelRuns(text, ({ dots }) => {
    for (let k = dots.length - 1; k >= 0; k--) {
      const dot = dots[k] as number;
      const label = text.slice(dot + 1, dot + 7).toLowerCase();
      const tld = TLDS.find((t) => label.startsWith(t) && !isWordAt(text, dot + 1 + t.length));
      if (tld) return dot + 1 + tld.length;
    }
    return undefined;
  });
}

export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const EMAIL_DOMAIN = /[\w-]+(?:\.[\w-]+)+/y;
const EMAIL_LOCAL = /[\w.+-]/;

/**
 * `text.replace(EMAIL, blank)`, found from each "@" instead of trying the pattern at every letter (a run of
 * letters not followed by "@" cost it a backtrack per letter). A match starts where the run of local-part
 * characters before an "@" starts (not before the previous match's end) and holds the domain after it; an
 * "@" whose domain does not match ends no match, wherever it would start.
 */
export function maskEmails(text: string): string {
  let out = "";
  let done = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > done && EMAIL_LOCAL.test(text[start - 1] as string)) start--;
    if (start === at) continue;
    EMAIL_DOMAIN.lastIndex = at + 1;
    if (!EMAIL_DOMAIN.test(text)) continue;
    const end = EMAIL_DOMAIN.lastIndex;
    out += text.slice(done, start) + MASK.repeat(end - start);
    done = end;
    at = end - 1;
  }
  return done === 0 ? text : out + text.slice(done);
}

const HASHTAG = /(?<![\p{L}\p{M}\p{N}_&#/])#([\p{L}\p{M}\p{N}_]*[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*)/gu;
// Parts of a hashtag: "WinterCamping" → Winter, Camping; "XMLParser" → XML, Parser; "tent_care2026" → tent, care, 2026.
// An acronym written in mixed case is one part ("SaaSTips" → SaaS, Tips; "GoT"): a capital, up to three small
// letters and a capital that ends the tag or comes before the next capitalised word ("BigSALE" stays Big, SALE).
const HASHTAG_PART = /\p{Lu}\p{Ll}{1,3}\p{Lu}(?![\p{Ll}\p{M}]|\p{Lu}(?!\p{Ll}))|\p{Lu}+(?![\p{Ll}])|\p{Lu}?[\p{Ll}\p{M}]+|\p{N}+|\p{Lu}/gu;

function maskNonProse(text: string, hashtagParts: HashtagPart[]): string {
  let masked = text;
  for (const [pattern, needs] of BLOCK_PATTERNS) {
    // Masking only replaces characters, so text the original lacks the masked text lacks too.
    if (!(typeof needs === "string" ? text.includes(needs) : needs.test(text))) continue;
    masked = typeof pattern === "function" ? pattern(masked) : masked.replace(pattern, blank);
  }
  return masked.replace(HASHTAG, (match: string, tag: string, offset: number) => {
    for (const part of tag.matchAll(HASHTAG_PART)) {
      const start = offset + 1 + (part.index ?? 0);
      hashtagParts.push({ text: part[0], start, end: start + part[0].length, numeric: hasNumber(part[0]), hashtag: match });
    }
    return blank(match);
  });
}

// A word starts with a letter or digit: a lone combining mark (an emoji's variation selector) is not a word.
// WORD is the definition; wordsOf scans for the same matches by hand (a test compares them), without a match
// object and a Unicode regex test per word.
export const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const NUMBER = /^\p{N}$/u;
const MARK = /^\p{M}$/u;

const NONE = 0;
const MARK_ONLY = 1;
const LETTER = 2;
const DIGIT = 3;

/** What the code point at `i` is to WORD; ASCII without a regex. */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER;
    return c >= 48 && c <= 57 ? DIGIT : NONE;
  }
  const char = String.fromCodePoint(text.codePointAt(i) as number);
  if (LETTER_OR_NUMBER.test(char)) return NUMBER.test(char) ? DIGIT : LETTER;
  return MARK.test(char) ? MARK_ONLY : NONE;
}

/** UTF-16 length of the code point at `i`. */
const sizeAt = (text: string, i: number) => ((text.codePointAt(i) as number) > 0xffff ? 2 : 1);

export function wordsOf(masked: string): Word[] {
  const words: Word[] = [];
  const n = masked.length;
  let i = 0;
  while (i < n) {
    const first = classAt(masked, i);
    if (first < LETTER) {
      i += sizeAt(masked, i);
      continue;
    }
    const start = i;
    let numeric = first === DIGIT;
    i += sizeAt(masked, i);
    for (;;) {
      const k = i < n ? classAt(masked, i) : NONE;
      if (k !== NONE) {
        if (k === DIGIT) numeric = true;
        i += sizeAt(masked, i);
        continue;
      }
      // An apostrophe or hyphen joins two parts only when a letter or digit follows it.
      const c = masked.charCodeAt(i);
      if ((c === 39 || c === 0x2019 || c === 45) && i + 1 < n) {
        const next = classAt(masked, i + 1);
        if (next >= LETTER) {
          if (next === DIGIT) numeric = true;
          i += 1 + sizeAt(masked, i + 1);
          continue;
        }
      }
      break;
    }
    words.push({ text: masked.slice(start, i), start, end: i, numeric });
  }
  return words;
}

const ANY_NUMBER = /\p{N}/u;

/** Same answer as /\p{N}/u, without running a Unicode regex for the common word made of ASCII letters. */
function hasNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c >= 128) return ANY_NUMBER.test(word);
  }
  return false;
}

/** A sentence: a range of a segment, ended by terminal punctuation or a line break. */
export interface Sentence {
  start: number;
  end: number;
  words: Word[];
}

const SENTENCES = Symbol("sentences");

/** Sentences of a segment, split once for every rule that asks. A line break ends one too: social posts put one thought per line, rarely hard-wrapped prose. */
export function sentencesOf(prose: ProseSegment): Sentence[] {
  return memoized(prose, SENTENCES, splitSentences);
}

// A full stop after a decimal's digits is never followed by a space ("3.5 kg"), so it never matches here.
// Only from the first of a run of stops: every later one fails exactly where the first did, and trying each
// against the end of the run made a long run of dots quadratic.
const SENTENCE_BOUNDARY = /(?<![.!?…])[.!?…]+["'’”)\]]*(?=\s|$)|\n/g;

function splitSentences(prose: ProseSegment): Sentence[] {
  const sentences: Sentence[] = [];
  const { masked } = prose;
  let start = 0;
  let w = 0;
  const push = (end: number) => {
    const words: Word[] = [];
    while (w < prose.words.length && (prose.words[w] as Word).start < end) words.push(prose.words[w++] as Word);
    if (words.length) sentences.push({ start, end, words });
    start = end;
  };
  for (const m of masked.matchAll(SENTENCE_BOUNDARY)) {
    const at = m.index ?? 0;
    if (m[0] === "." && abbreviationEndsAt(masked, at)) continue;
    push(at + m[0].length);
  }
  push(masked.length);
  return sentences;
}

// Abbreviations that a name or a word always follows: "Mr. Smith", "St. Ives", "tents vs. tarps", "approx. 5 kg".
const TITLES = new Set(["Mr", "Mrs", "Ms", "Dr", "St", "Prof"]);
const ALWAYS_FOLLOWED = new Set(["vs", "approx"]);
// Letters with full stops ("e.g", "i.e", "p.m", "U.S"); with "etc", they end a sentence unless a lower-case word follows.
const DOTTED = /^(?:[A-Za-z]\.)+[A-Za-z]$/;

/**
 * Whether the full stop at `dot` ends an abbreviation rather than a sentence. Only a lone "." gets here
 * (one per sentence at most), and the test reads a few characters either side, so splitting stays linear.
 */
function abbreviationEndsAt(masked: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && isAsciiLetterOrDot(masked.charCodeAt(from - 1))) {
    from--;
    // None of these abbreviations is longer than "approx" or "a.b.c.d": a longer word is not one.
    if (dot - from > 7) return false;
  }
  // Part of a longer word ("Café.", "naïve."), or nothing before the stop: not an abbreviation.
  if (from === dot || (from > 0 && classAt(masked, from - 1) !== NONE) || masked[from] === ".") return false;
  const token = masked.slice(from, dot);
  let after = dot + 1;
  while (masked[after] === " " || masked[after] === "\t") after++;
  const next = masked.charCodeAt(after);
  const lower = token.toLowerCase();
  if (TITLES.has(token) || ALWAYS_FOLLOWED.has(lower)) return true;
  // "No. 5", "no. 12".
  if (lower === "no") return next >= 48 && next <= 57;
  if (lower === "etc" || DOTTED.test(token)) return next >= 97 && next <= 122;
  // An initial before a name: "J. Smith", "John F. Kennedy". Not "I", which ends many sentences.
  return token.length === 1 && token !== "I" && token >= "A" && token <= "Z" && next >= 65 && next <= 90;
}

const isAsciiLetterOrDot = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
