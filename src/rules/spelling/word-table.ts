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

/** Builds the look-up from the generated text: a split and a Set, instead of nspell's affix expansion. */
export function wordTable(): WordTable {
  const forms = FORMS.split("\n");
  const known = new Set(forms);
  const onlyInCompound = new Set(ONLY_IN_COMPOUND);
  const compoundRules = COMPOUND_RULES.map((source) => new RegExp(source, "i"));
  const conversions = CONVERSIONS.map(([pattern, replacement]) => [new RegExp(pattern, "g"), replacement] as const);
  // nspell's util/exact.js: a form of the table that may stand alone, or a match of a compound rule.
  const exact = (value: string) => {
    if (known.has(value)) return !onlyInCompound.has(value);
    return value.length >= COMPOUND_MIN && compoundRules.some((rule) => rule.test(value));
  };
  return {
    forms,
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
