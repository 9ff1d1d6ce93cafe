import type { Word } from "./prose.js";

/**
 * Rules that read a word by its neighbours ("its a deal", "your going to") take a neighbour only when spaces
 * alone separate the two: a comma, a full stop or a line break ends the phrase ("Better, then…" is no slip).
 */
function spacesOnly(masked: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (masked[i] !== " ") return false;
  return true;
}

/** The word after `words[index]` in the same phrase, or undefined. */
export function nextInPhrase(masked: string, words: readonly Word[], index: number): Word | undefined {
  const word = words[index];
  const next = words[index + 1];
  return word && next && spacesOnly(masked, word.end, next.start) ? next : undefined;
}

/** The word before `words[index]` in the same phrase, or undefined. */
export function previousInPhrase(masked: string, words: readonly Word[], index: number): Word | undefined {
  const word = words[index];
  const previous = words[index - 1];
  return word && previous && spacesOnly(masked, previous.end, word.start) ? previous : undefined;
}

/** A word lower-cased with a curly apostrophe made straight: the form word lists are kept in. */
export function plainLower(word: Word | undefined): string {
  return word ? word.text.toLowerCase().replace("’", "'") : "";
}

/** `replacement` in the case of `original`: "Your" → "You're", "YOUR" → "YOU'RE". */
export function inCaseOf(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  const first = original[0] ?? "";
  return first !== first.toLowerCase() ? (replacement[0]?.toUpperCase() ?? "") + replacement.slice(1) : replacement;
}
