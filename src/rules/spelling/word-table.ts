import { COMPOUND_MIN, COMPOUND_RULES, CONVERSIONS, FORMS, ONLY_IN_COMPOUND, STEM_TRIGRAMS } from "../../generated/en-words.js";

/** nspell's verdicts for dictionary-en from a table generated ahead of time (scripts/generate-word-table.mjs). */
export interface WordTable {
  /** The answer nspell's correct() gives. */
  correct(word: string): boolean;
  /** Every word form the dictionary holds. */
  readonly forms: readonly string[];
  /** The keys (`trigramAt`) of every letter sequence of the dictionary's stems, padded with a space each side. */
  readonly stemTrigrams: readonly number[];
}

/**
 * Builds the look-up from the generated text instead of nspell's affix expansion: a hash index of where each
 * form starts in the text, not a split and a Set, which made 124,000 strings at every start (twice the time,
 * and the garbage collector then copied them). The forms as strings are split out only when asked for.
 */
export function wordTable(): WordTable {
  const known = formIndex(FORMS);
  let forms: string[] | undefined;
  const onlyInCompound = new Set(ONLY_IN_COMPOUND);
  const compoundRules = COMPOUND_RULES.map((source) => new RegExp(source, "i"));
  const conversions = CONVERSIONS.map(([pattern, replacement]) => [new RegExp(pattern, "g"), replacement] as const);
  // nspell's util/exact.js: a form of the table that may stand alone, or a match of a compound rule.
  const exact = (value: string) => {
    if (known.has(value)) return !onlyInCompound.has(value);
    return value.length >= COMPOUND_MIN && compoundRules.some((rule) => rule.test(value));
  };
  return {
    get forms() {
      forms ??= FORMS.split("\n");
      return forms;
    },
    stemTrigrams: STEM_TRIGRAMS,
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
  };
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
