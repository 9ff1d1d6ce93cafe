import type { WordTable } from "./word-table.js";

/**
 * The English dictionary (Hunspell's en_US, nspell's verdicts from a generated table), loaded once and only
 * when a post is spell-checked, which `checkpost rules` and other commands never pay.
 * Verdicts are cached per distinct word: a corpus repeats the same few thousand words.
 */
export interface Speller {
  correct(word: string): boolean;
  /** Up to `limit` corrections, computed once per distinct word and only for words that get reported. */
  suggest(word: string, extraWords: ReadonlySet<string>, limit?: number): string[];
  /**
   * Whether a dictionary or config word is one edit (swapped, missing, wrong or extra letter) from a lower-case
   * string: then the string is more likely a typo of that word than anything else. Not cached: callers cache.
   */
  nearWord(word: string, extraWords: ReadonlySet<string>): boolean;
}

let loading: Promise<Speller> | undefined;

export function loadSpeller(): Promise<Speller> {
  loading ??= (async () => {
    const { wordTable } = await import("./word-table.js");
    return createSpeller(wordTable());
  })();
  return loading;
}

/**
 * A set of string hashes as 2^size bits: a bit test is faster than a Set of numbers. Two strings may
 * share a bit, so it only rules strings out; what passes is checked exactly.
 */
class HashBits {
  private readonly bits: Uint32Array;
  private readonly shift: number;

  constructor(words: Iterable<string>, size: number) {
    this.bits = new Uint32Array(1 << (size - 5));
    this.shift = 32 - size;
    for (const word of words) this.add(hashOf(word));
  }

  add(hash: number): void {
    const bit = this.bitOf(hash);
    this.bits[bit >>> 5] = (this.bits[bit >>> 5] as number) | (1 << (bit & 31));
  }

  has(hash: number): boolean {
    const bit = this.bitOf(hash);
    return ((this.bits[bit >>> 5] as number) & (1 << (bit & 31))) !== 0;
  }

  /** The top bits after a multiplicative mix: the polynomial hash's low bits spread poorly over similar words. */
  private bitOf(hash: number): number {
    return Math.imul(hash, 0x9e3779b1) >>> this.shift;
  }
}

const hashesByWords = new WeakMap<ReadonlySet<string>, HashBits>();

function hashesOf(words: ReadonlySet<string>): HashBits {
  let hashes = hashesByWords.get(words);
  if (!hashes) {
    // 2^16 bits for a config's few hundred words; 2^20 for an en-GB client's 53,000 British forms.
    hashes = new HashBits(words, words.size > 4000 ? 20 : 16);
    hashesByWords.set(words, hashes);
  }
  return hashes;
}

/**
 * Lower-case letters, apostrophes and hyphens: for such a string nspell's correct() is true only if the
 * string is one of its word forms (no case alternatives apply, and en_US's compound rules need digits).
 */
const PLAIN = /^[a-z'-]+$/;

function createSpeller(spell: WordTable): Speller {
  let trigrams: Set<number> | undefined;
  let formHashes: HashBits | undefined;
  const verdicts = new Map<string, boolean>();
  // Per set of config words: two clients' lists of the same size must not share suggestions.
  const suggestionsFor = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();
  const correct = (word: string) => {
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      verdict = spell.correct(word);
      verdicts.set(word, verdict);
    }
    return verdict;
  };
  const longestByWords = new WeakMap<ReadonlySet<string>, number>();
  /** The length of the longest dictionary form or config word, worked out once per set of config words. */
  const longestOf = (extraWords: ReadonlySet<string>) => {
    let longest = longestByWords.get(extraWords);
    if (longest === undefined) {
      longest = spell.longestForm;
      for (const word of extraWords) longest = Math.max(longest, word.length);
      longestByWords.set(extraWords, longest);
    }
    return longest;
  };
  /** Words suggested for so far, all sets of config words together: the bit filter pays off from the second. */
  let suggestionCount = 0;
  // The candidates near a word: the same search for suggestions and for nearWord.
  const search = (word: string, extraWords: ReadonlySet<string>, limit: number, twoEdits: boolean) => {
    // No string more than two edits longer than every word can be two edits from one: skipping it changes no
    // answer, and a 250 KB "word" would otherwise cost billions of candidates.
    if (word.length > longestOf(extraWords) + 2) return [];
    // Candidates skip the verdict cache: hundreds per word, each asked once, would only grow it.
    trigrams ??= trigramsOf(spell.stemTrigrams, extraWords);
    const known = trigrams;
    const plain = PLAIN.test(word.toLowerCase());
    // 2^24 bits (2 MB) for about 124,000 forms: under 1 % of the strings no form has pass. Building it
    // (~20 ms) pays off for a two-edit search or a second word, not for one word's one-edit candidates.
    const hashFilter = (edits: 1 | 2) => {
      if (!plain || (edits === 1 && suggestionCount === 0 && !formHashes)) return undefined;
      formHashes ??= formsAndNames(spell);
      const forms = formHashes;
      const extra = hashesOf(extraWords);
      return (hash: number) => forms.has(hash) || extra.has(hash);
    };
    // Only a word written with a capital (a name, or a sentence's first word) may be a slip of a name or of a
    // form that exists only capitalised ("Shopfiy" → "Shopify", "Febuary" → "February"; "tnets" is not "Tets").
    const names = word.charAt(0) !== word.charAt(0).toLowerCase();
    const lower = word.toLowerCase();
    const found = nearWords(
      word,
      (candidate, at) =>
        (plausible(candidate, at, known) && (spell.correct(candidate) || (names && nameSlip(spell, lower, candidate)))) ||
        extraWords.has(candidate),
      limit,
      {
        secondEdit: (candidate) => secondEditWindow(candidate, known),
        // Only for plain words is every accepted candidate one of nspell's forms or a config word: a hash
        // test then rejects almost every candidate before a string is built or nspell is asked.
        mayBeWord: hashFilter,
        twoEdits,
        // Whether any word is near needs no ranking: the first found answers.
        ranked: twoEdits,
      },
    );
    // Candidates are searched in lower case: a name is given as it is written ("shopfiy" → "Shopify", not "shopify").
    return found.map((candidate) => (spell.correct(candidate) ? candidate : (spell.nameForm(candidate.toLowerCase()) ?? candidate)));
  };
  return {
    correct,
    suggest(word, extraWords, limit = 3) {
      let cache = suggestionsFor.get(extraWords);
      if (!cache) {
        cache = new Map();
        suggestionsFor.set(extraWords, cache);
      }
      const key = `${word}\u0000${limit}`;
      let found = cache.get(key);
      if (!found) {
        found = search(word, extraWords, limit, true);
        cache.set(key, found);
        suggestionCount++;
      }
      return found;
    },
    nearWord: (word, extraWords) => search(word, extraWords, 1, false).length > 0,
  };
}

/**
 * Whether a lower-case word is a slip of the name whose lower case is `candidate`: of a company name by any
 * edit ("Shopfiy" → "Shopify"), of a dictionary name (a month, a day, a place, a person) only by letters left
 * out or two letters swapped ("Febuary", "Wensday", "Manchestr", "Thrusday"). A name with a letter more or
 * another is as often a name of its own ("Hartley" beside "Harley", "Jaxon" beside "Jason"): of the capitalised
 * words in cspell's en_US and British lists that the table lacks, every edit would make 24 % errors, these 2.5 %.
 */
function nameSlip(spell: WordTable, word: string, candidate: string): boolean {
  if (spell.nameForm(candidate) === undefined) return false;
  return spell.properCase(candidate) !== undefined || lettersLeftOut(word, candidate) || swappedPair(word, candidate);
}

/** Whether `word` is `longer` with one or more letters left out. */
function lettersLeftOut(word: string, longer: string): boolean {
  if (word.length >= longer.length) return false;
  let matched = 0;
  for (let i = 0; i < longer.length && matched < word.length; i++) if (longer[i] === word[matched]) matched++;
  return matched === word.length;
}

/** Whether `word` is `other` with one pair of neighbouring letters swapped. */
function swappedPair(word: string, other: string): boolean {
  if (word.length !== other.length) return false;
  let i = 0;
  while (i < word.length && word[i] === other[i]) i++;
  return word[i] === other[i + 1] && word[i + 1] === other[i] && word.slice(i + 2) === other.slice(i + 2);
}

/**
 * The hashes of every form as written and in lower case, which suggestions search for ("shopify" → "Shopify",
 * "february" → "February"), in 2^24 bits (2 MB). The hashes are read from the table's text line by line: splitting
 * it into 140,000 strings cost a one-post check about 10 ms and as much again in garbage collection.
 */
function formsAndNames(spell: WordTable): HashBits {
  const bits = new HashBits([], 24);
  for (const text of spell.texts) {
    let hash = 0;
    let lower = 0;
    let start = 0;
    let ascii = true;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 10;
      if (code !== 10) {
        hash = (Math.imul(hash, BASE) + code) | 0;
        lower = (Math.imul(lower, BASE) + (code >= 65 && code <= 90 ? code + 32 : code)) | 0;
        if (code > 127) ascii = false;
        continue;
      }
      bits.add(hash);
      // A capital outside ASCII ("Škoda") is lowered as toLowerCase lowers the searched word: rare, so sliced.
      if (lower !== hash) bits.add(ascii ? lower : hashOf(text.slice(start, i).toLowerCase()));
      hash = 0;
      lower = 0;
      start = i + 1;
      ascii = true;
    }
  }
  return bits;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Three UTF-16 code units as one exact number (under 2^48): Set look-ups without building a string each. */
const trigramKey = (a: number, b: number, c: number) => (a * 65536 + b) * 65536 + c;

/** The code unit at `i` of the word padded with a space on each side, without building the padded string. */
const paddedCode = (word: string, i: number) => (i === 0 || i === word.length + 1 ? 32 : word.charCodeAt(i - 1));

/** The key of the sequence starting at `i` of the padded word. */
export const trigramAt = (word: string, i: number) => trigramKey(paddedCode(word, i), paddedCode(word, i + 1), paddedCode(word, i + 2));

/**
 * Every three-letter sequence of the dictionary's stems (and the config's words). A candidate whose
 * edit makes a sequence no English word has ("tqe") is no word: a Set look-up instead of ~1 µs in nspell,
 * which the hundreds of candidates per word add up to.
 */
function trigramsOf(stemTrigrams: readonly number[], extraWords: ReadonlySet<string>): Set<number> {
  const out = new Set(stemTrigrams);
  for (const word of extraWords) {
    const lower = word.toLowerCase();
    for (let i = 0; i + 3 <= lower.length + 2; i++) out.add(trigramAt(lower, i));
  }
  return out;
}

/** Whether the sequences around position `at` (anywhere when negative) of a candidate occur in some word. */
function plausible(candidate: string, at: number, trigrams: ReadonlySet<number>): boolean {
  const last = candidate.length - 1;
  for (let i = at < 0 ? 0 : Math.max(0, at - 1); i <= (at < 0 ? last : Math.min(at + 2, last)); i++) {
    if (!trigrams.has(trigramAt(candidate, i))) return false;
  }
  return true;
}

/**
 * Where a second edit of a one-edit candidate may go for the result to pass the full `plausible` check:
 * an edit at index p changes only the sequences starting at p-1 to p+2 of the padded string, so every
 * sequence no word has must lie in that range. Undefined when no single edit can fix them all.
 */
function secondEditWindow(candidate: string, trigrams: ReadonlySet<number>): [number, number] | undefined {
  let minBad = Number.POSITIVE_INFINITY;
  let maxBad = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 3 <= candidate.length + 2; i++) {
    if (trigrams.has(trigramAt(candidate, i))) continue;
    minBad = Math.min(minBad, i);
    maxBad = i;
  }
  if (maxBad < 0) return [0, candidate.length];
  const lo = Math.max(0, maxBad - 2);
  const hi = Math.min(candidate.length, minBad + 1);
  return lo <= hi ? [lo, hi] : undefined;
}

/** The kinds of edit `edits` makes, in its order: letters swapped, one removed, one replaced, one inserted. */
const SWAP = 0;
const DELETE = 1;
const REPLACE = 2;
const INSERT = 3;
type Edit = typeof SWAP | typeof DELETE | typeof REPLACE | typeof INSERT;

/**
 * What an edit costs a candidate's rank, in half steps: the slips typing makes most cost least. A swapped pair
 * and a missing letter ("Febuary", "Wensday" → "Wednesday": two missing letters) are cheaper than a wrong key
 * ("Weekday" is two wrong keys from "Wensday"); an extra letter costs between, and a doubled one ("mett") as
 * little as a swap.
 */
function editCost(word: string, at: number, kind: Edit): number {
  if (kind === DELETE) return word[at] === word[at - 1] || word[at] === word[at + 1] ? 2 : 3;
  return kind === REPLACE ? 3 : 2;
}

const CHEAPEST_EDIT = 2;

/** The rank of the last of the `limit` best candidates found. */
function worstKept(found: ReadonlyMap<string, number>, limit: number): number {
  return [...found.values()].sort((a, b) => a - b)[limit - 1] as number;
}

/** A candidate's rank among others: its edits' cost, then a changed first letter (rarely mistyped), then the length's change. */
function rankOf(word: string, candidate: string, cost: number): number {
  return (cost + (candidate[0] === word[0] ? 0 : 2)) * 64 + Math.min(63, Math.abs(candidate.length - word.length));
}

/**
 * Candidates one edit away, then two edits away only when one edit finds nothing, the cheapest first (`rankOf`),
 * ties in the order typing slips happen most (swapped letters, a doubled letter, a wrong key, a missing letter).
 * nspell's own suggest() takes about 59 ms a word; this takes about 0.3 ms for one edit.
 */
export function nearWords(
  word: string,
  isWord: (candidate: string, at: number) => boolean,
  limit: number,
  options: NearWordsOptions = {},
): string[] {
  const { secondEdit = (c: string) => [0, c.length] as const, mayBeWord = () => undefined, twoEdits = true, ranked = true } = options;
  const lower = word.toLowerCase();
  // Each candidate found and its rank; a Map keeps the order found, which breaks ties.
  const found = new Map<string, number>();
  const consider = (candidate: string, at: number, cost: number) => {
    if (candidate === lower) return false;
    const rank = found.get(candidate);
    if (rank !== undefined) found.set(candidate, Math.min(rank, rankOf(lower, candidate, cost)));
    else if (isWord(candidate, at)) found.set(candidate, rankOf(lower, candidate, cost));
    // Unranked, the first `limit` found will do; ranked, every candidate of the pass is needed.
    return !ranked && found.size >= limit;
  };
  const best = () =>
    [...found]
      .sort((a, b) => (ranked ? a[1] - b[1] : 0))
      .slice(0, limit)
      .map(([candidate]) => matchCase(word, candidate));
  edits(lower, (c, at, kind) => consider(c, at, editCost(lower, at, kind)), 0, lower.length, mayBeWord(1));
  if (found.size > 0 || !twoEdits || lower.length > 12) return best();
  // Two edits: every one-edit string, edited again. Costly (~10^5 look-ups), so only when one edit found nothing.
  const once: [string, number][] = [];
  edits(lower, (c, at, kind) => {
    once.push([c, editCost(lower, at, kind)]);
    return false;
  });
  // The second edit may be anywhere: check the candidate's sequences from its start.
  const filter = mayBeWord(2);
  // Cheapest first edits first: once `limit` candidates are found, a first edit whose cost with the cheapest
  // second edit ranks below them all cannot place, nor can any after it.
  once.sort((a, b) => a[1] - b[1]);
  for (const [c, cost] of once) {
    if (ranked && found.size >= limit && rankOf(lower, lower, cost + CHEAPEST_EDIT) > worstKept(found, limit)) break;
    const window = secondEdit(c);
    if (window && edits(c, (candidate, at, kind) => consider(candidate, -1, cost + editCost(c, at, kind)), window[0], window[1], filter))
      break;
  }
  return best();
}

export interface NearWordsOptions {
  /** For the two-edit pass: the index range where a second edit of a candidate can make a word, or undefined for none. */
  secondEdit?: (candidate: string) => readonly [number, number] | undefined;
  /**
   * For the one-edit pass (1) and the two-edit pass (2): a test that is false for a `hashOf` no word has, or
   * undefined for none. A candidate failing it is never built nor offered to `isWord`, which must then be
   * false for every string whose hash fails it. Most candidates end there, without a string.
   */
  mayBeWord?: (edits: 1 | 2) => ((hash: number) => boolean) | undefined;
  /** Whether to look two edits away when one edit finds nothing; default true. */
  twoEdits?: boolean;
  /**
   * Whether to rank every candidate of the pass and give the cheapest (default), or stop at the first `limit`
   * found, in the order found: enough to know whether any word is near.
   */
  ranked?: boolean;
}

const BASE = 31;

/** A 32-bit polynomial hash of a string's UTF-16 code units; `edits` computes it for a candidate without building it. */
export function hashOf(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
  return h;
}

const LETTER_CODES = [...LETTERS].map((c) => c.charCodeAt(0));

/**
 * Calls `visit` with each string one edit at an index in [lo, hi] from `word`, the edit's index and kind; stops
 * when it returns true. With `mayBeWord`, a candidate whose hash fails it is skipped before it is built.
 */
function edits(
  word: string,
  visit: (candidate: string, at: number, kind: Edit) => boolean,
  lo = 0,
  hi = word.length,
  mayBeWord?: (hash: number) => boolean,
): boolean {
  const n = word.length;
  // prefix[i]: hash of word[0, i); suffix[j]: hash of word[j, n); power[k]: BASE^k. Hash(A + B) = Hash(A)·BASE^|B| + Hash(B).
  const prefix = new Int32Array(n + 1);
  const suffix = new Int32Array(n + 1);
  const power = new Int32Array(n + 3);
  power[0] = 1;
  for (let k = 1; k < power.length; k++) power[k] = Math.imul(power[k - 1] as number, BASE);
  if (mayBeWord) {
    for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i] as number, BASE) + word.charCodeAt(i)) | 0;
    for (let j = n - 1; j >= 0; j--)
      suffix[j] = (Math.imul(word.charCodeAt(j), power[n - 1 - j] as number) + (suffix[j + 1] as number)) | 0;
  }
  // Hash of word[0, i) + middle (its hash and length) + word[j, n).
  const joined = (i: number, middle: number, length: number, j: number) =>
    (Math.imul((Math.imul(prefix[i] as number, power[length] as number) + middle) | 0, power[n - j] as number) + (suffix[j] as number)) | 0;

  for (let i = lo; i < Math.min(n - 1, hi + 1); i++) {
    if (mayBeWord && !mayBeWord(joined(i, (Math.imul(word.charCodeAt(i + 1), BASE) + word.charCodeAt(i)) | 0, 2, i + 2))) continue;
    if (visit(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), i, SWAP)) return true;
  }
  for (let i = lo; i < Math.min(n, hi + 1); i++) {
    if (mayBeWord && !mayBeWord(joined(i, 0, 0, i + 1))) continue;
    if (visit(word.slice(0, i) + word.slice(i + 1), i, DELETE)) return true;
  }
  for (let i = lo; i < Math.min(n, hi + 1); i++) {
    for (let k = 0; k < LETTERS.length; k++) {
      const c = LETTERS[k] as string;
      if (c === word[i] || (mayBeWord && !mayBeWord(joined(i, LETTER_CODES[k] as number, 1, i + 1)))) continue;
      if (visit(word.slice(0, i) + c + word.slice(i + 1), i, REPLACE)) return true;
    }
  }
  for (let i = lo; i <= Math.min(n, hi); i++) {
    for (let k = 0; k < LETTERS.length; k++) {
      if (mayBeWord && !mayBeWord(joined(i, LETTER_CODES[k] as number, 1, i))) continue;
      if (visit(word.slice(0, i) + LETTERS[k] + word.slice(i), i, INSERT)) return true;
    }
  }
  return false;
}

function matchCase(original: string, candidate: string): string {
  if (original.length > 1 && original === original.toUpperCase()) return candidate.toUpperCase();
  if (original[0] !== original[0]?.toLowerCase()) return (candidate[0]?.toUpperCase() ?? "") + candidate.slice(1);
  return candidate;
}
