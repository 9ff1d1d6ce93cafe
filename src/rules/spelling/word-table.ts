import {
  ADDED_TRIGRAMS,
  COMPANY_FORMS,
  COMPOUND_MIN,
  COMPOUND_RULES,
  CONVERSIONS,
  FORMS,
  ONLY_IN_COMPOUND,
  STEM_TRIGRAMS,
  US_FORMS,
} from "../../generated/en-words.js";

/**
 * nspell's verdicts for dictionary-en from a table generated ahead of time (scripts/generate-word-table.mjs),
 * with the forms cspell's maintained lists add (inflections from en_US, company names), answered the same way.
 */
export interface WordTable {
  /** The answer nspell's correct() gives, over the added forms too. */
  correct(word: string): boolean;
  /** Every word form the table holds. */
  readonly forms: readonly string[];
  /** The same forms as the texts they are stored in, one a line: read without making 140,000 strings. */
  readonly texts: readonly string[];
  /** The length of the longest form. */
  readonly longestForm: number;
  /**
   * The keys (`trigramAt`) of every letter sequence of the dictionary's stems and of the added forms, padded with a
   * space each side.
   */
  readonly stemTrigrams: readonly number[];
  /**
   * The company or brand name whose lower case is `lower` ("shopify" → "Shopify", "hubspot" → "HubSpot"), when
   * `lower` is no form itself: suggestions are searched in lower case and given in the name's own case. Only
   * company names: a person's or place's name one letter from another is as often right ("Hartley", "Harley").
   */
  properCase(lower: string): string | undefined;
  /**
   * The form written with a capital whose lower case is `lower`, when `lower` is no form itself: a company name
   * as `properCase` gives it, else a dictionary form that exists only capitalised ("february" → "February",
   * "manchester" → "Manchester"). Suggestions for a word written with a capital search these too: a month is
   * misspelt as often as any word.
   */
  nameForm(lower: string): string | undefined;
}

/**
 * Builds the look-up from the generated text instead of nspell's affix expansion. A run that asks about a few
 * hundred words (one post: the pre-commit hook's case) searches the sorted lists by halves, with no work at
 * start-up; a run that asks about many builds a hash index once (about 20 ms for 140,000 forms), which then
 * answers each look-up faster. The forms as strings are split out only when asked for. `searchesBeforeIndex` is
 * for the tests, which check both ways of looking up.
 */
export function wordTable(searchesBeforeIndex = SEARCHES_BEFORE_INDEX): WordTable {
  const lists = [FORMS, US_FORMS, COMPANY_FORMS];
  const known = formLookup(lists, searchesBeforeIndex);
  let forms: string[] | undefined;
  let stemTrigrams: number[] | undefined;
  let longestForm: number | undefined;
  const onlyInCompound = new Set(ONLY_IN_COMPOUND);
  const compoundRules = COMPOUND_RULES.map((source) => new RegExp(source, "i"));
  const conversions = CONVERSIONS.map(([pattern, replacement]) => [new RegExp(pattern, "g"), replacement] as const);
  // nspell's util/exact.js: a form of the table that may stand alone, or a match of a compound rule.
  const exact = (value: string) => {
    if (known(value)) return !onlyInCompound.has(value);
    return value.length >= COMPOUND_MIN && compoundRules.some((rule) => rule.test(value));
  };
  let capitalised: Map<string, string> | undefined;
  // Built on the first suggestion only; the first name listed wins ("MasterCard" before "Mastercard").
  const names = () => {
    if (!capitalised) {
      capitalised = new Map();
      for (const form of COMPANY_FORMS.split("\n")) {
        const folded = form.toLowerCase();
        if (folded !== form && !capitalised.has(folded)) capitalised.set(folded, form);
      }
    }
    return capitalised;
  };
  return {
    get forms() {
      forms ??= lists.join("\n").split("\n");
      return forms;
    },
    texts: lists,
    get longestForm() {
      longestForm ??= Math.max(...lists.map(longestLine));
      return longestForm;
    },
    // Only suggestions read these: the copy is made for the first reported word, not at every start.
    get stemTrigrams() {
      stemTrigrams ??= [...STEM_TRIGRAMS, ...ADDED_TRIGRAMS];
      return stemTrigrams;
    },
    // nspell's util/form.js without KEEPCASE and FORBIDDENWORD, which dictionary-en does not use (the generator checks).
    correct(value) {
      let normal = value.trim();
      if (!normal) return false;
      for (const [pattern, replacement] of conversions) normal = normal.replace(pattern, replacement);
      if (exact(normal)) return true;
      if (normal.toUpperCase() === normal && exact(normal.charAt(0) + normal.slice(1).toLowerCase())) return true;
      const lower = normal.toLowerCase();
      return lower !== normal && exact(lower);
    },
    properCase(lower) {
      return known(lower) ? undefined : names().get(lower);
    },
    nameForm(lower) {
      if (known(lower)) return undefined;
      const company = names().get(lower);
      if (company) return company;
      // A look-up, not a map of the 21,000 capitalised forms: a one-post check asks about a few candidates.
      const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
      return capitalised !== lower && known(capitalised) && !onlyInCompound.has(capitalised) ? capitalised : undefined;
    },
  };
}

/**
 * Look-ups searched by halves before the hash index is built. A search costs about 0.7 µs a list and the index
 * about 25 ms to build, then 0.3 µs a look-up: a one-post check asks 60–300 times, and never builds it; the
 * benchmark's 2,000 posts ask 21,000 times, and build it early.
 */
const SEARCHES_BEFORE_INDEX = 2_000;

/** Whether a string is a line of one of the sorted texts: searched by halves at first, then through a hash index. */
function formLookup(sortedTexts: readonly string[], searchesBeforeIndex: number): (word: string) => boolean {
  let searches = 0;
  let index: { has(word: string): boolean } | undefined;
  return (word) => {
    if (index) return index.has(word);
    if (++searches > searchesBeforeIndex) {
      index = formIndex(sortedTexts.join("\n"));
      return index.has(word);
    }
    return sortedTexts.some((text) => hasLine(text, word));
  };
}

/**
 * Whether `word` is a whole line of `text`, whose lines are sorted by UTF-16 code units: the search halves a range
 * of characters whose ends are line starts, comparing the word with the line around the middle, in place.
 */
export function hasLine(text: string, word: string): boolean {
  let low = 0;
  // One past the end: the start of the line after the last, as if the text ended with a line break.
  let high = text.length + 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = middle === 0 ? 0 : text.lastIndexOf("\n", middle - 1) + 1;
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const order = compareWithLine(word, text, start, end);
    if (order === 0) return true;
    if (order < 0) high = start;
    else low = end + 1;
  }
  return false;
}

/** Negative, zero or positive as `word` sorts before, equal to or after `text.slice(start, end)`, without slicing. */
function compareWithLine(word: string, text: string, start: number, end: number): number {
  const length = end - start;
  const shorter = Math.min(word.length, length);
  for (let i = 0; i < shorter; i++) {
    const difference = word.charCodeAt(i) - text.charCodeAt(start + i);
    if (difference !== 0) return difference;
  }
  return word.length - length;
}

/** The length of the longest line of a text. */
function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  for (let end = text.indexOf("\n"); ; end = text.indexOf("\n", start)) {
    longest = Math.max(longest, (end === -1 ? text.length : end) - start);
    if (end === -1) return longest;
    start = end + 1;
  }
}

/** The polynomial hash both the index and its look-ups use (a form never holds a line break). */
function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + code) | 0;
}

/**
 * An open-addressing hash table of the offsets at which each line of `text` starts, at most half full,
 * answering whether a string is one of the lines: one pass over the text and one typed array.
 */
function formIndex(text: string): { has(word: string): boolean } {
  let lines = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) lines++;
  const bits = Math.max(4, Math.ceil(Math.log2(lines * 2)));
  const shift = 32 - bits;
  const mask = (1 << bits) - 1;
  const starts = new Int32Array(1 << bits).fill(-1);
  // The top bits after a multiplicative mix: the polynomial hash's low bits spread poorly over similar words.
  const slotOf = (hash: number) => Math.imul(hash, 0x9e3779b1) >>> shift;
  let hash = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code !== 10) {
      hash = hashStep(hash, code);
      continue;
    }
    let slot = slotOf(hash);
    while (starts[slot] !== -1) slot = (slot + 1) & mask;
    starts[slot] = start;
    hash = 0;
    start = i + 1;
  }
  return {
    has(word) {
      let hash = 0;
      for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
      for (let slot = slotOf(hash); ; slot = (slot + 1) & mask) {
        const at = starts[slot] as number;
        if (at === -1) return false;
        const end = at + word.length;
        if (text.startsWith(word, at) && (end === text.length || text.charCodeAt(end) === 10)) return true;
      }
    },
  };
}
