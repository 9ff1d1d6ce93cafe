import { proseOf, publishedSegments, segmentSpan } from "../../post/post-segments.js";
import { ENOUGH_FINDINGS, type Rule, type RuleMessage } from "../types.js";

// Two or more spaces (or tabs) before the next sentence on the same line. What must come before them, a
// sentence end after a word (/(?<=[\p{L}\p{N}][.!?…]["'’”)\]]*)/u), is tested by hand from each match: as a
// look-behind it ran at every position and walked back over every run of quotes, quadratic in a run of "'".
const GAP = /(?<![ \t])( {2,}|\t+)(?=["'‘“([]?[\p{Lu}\p{N}])/gu;
const CLOSERS = new Set(`"'’”)]`);
const ENDS = new Set(".!?…");
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;

/** Whether a sentence end after a word comes right before `index`: a word, [.!?…], then closing quotes or brackets. */
function endsSentenceBefore(text: string, index: number): boolean {
  let i = index;
  while (i > 0 && CLOSERS.has(text[i - 1] as string)) i--;
  if (i < 2 || !ENDS.has(text[i - 1] as string)) return false;
  // The code point before the full stop, a surrogate pair included.
  const low = text.charCodeAt(i - 2);
  const high = i >= 3 ? text.charCodeAt(i - 3) : 0;
  const start = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? i - 3 : i - 2;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(text.codePointAt(start) as number));
}

/**
 * Characters that show nothing or reorder what is shown: bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069), zero-width space, non-joiner, joiner and direction marks (U+200B–U+200F),
 * the word joiner (U+2060) and a zero-width no-break space (U+FEFF) inside the text. Pasted text carries them
 * unseen, and they let a post read one way in review and another way in a feed ("Trojan Source"), or split a
 * word so that checks and searches miss it.
 */
const HIDDEN = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
const ANY_HIDDEN = new RegExp(HIDDEN.source);
const NAMES: Record<string, string> = {
  "\u200B": "ZERO WIDTH SPACE",
  "\u200C": "ZERO WIDTH NON-JOINER",
  "\u200D": "ZERO WIDTH JOINER",
  "\u200E": "LEFT-TO-RIGHT MARK",
  "\u200F": "RIGHT-TO-LEFT MARK",
  "\u202A": "LEFT-TO-RIGHT EMBEDDING",
  "\u202B": "RIGHT-TO-LEFT EMBEDDING",
  "\u202C": "POP DIRECTIONAL FORMATTING",
  "\u202D": "LEFT-TO-RIGHT OVERRIDE",
  "\u202E": "RIGHT-TO-LEFT OVERRIDE",
  "\u2060": "WORD JOINER",
  "\u2066": "LEFT-TO-RIGHT ISOLATE",
  "\u2067": "RIGHT-TO-LEFT ISOLATE",
  "\u2068": "FIRST STRONG ISOLATE",
  "\u2069": "POP DIRECTIONAL ISOLATE",
  "\uFEFF": "ZERO WIDTH NO-BREAK SPACE",
};
// What a joiner inside an emoji sequence (👨‍👩‍👧) stands between: an emoji (perhaps with its skin tone or
// presentation selector) before, an emoji after.
// One code point is tested at a time, so an alternation, not a class (which the linter reads as joining marks).
const EMOJI_END = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F)$/u;
const EMOJI = /^\p{Extended_Pictographic}$/u;
// Persian, Arabic and Indic scripts spell some words with a (non-)joiner between two letters: that is orthography.
const JOINED_LETTER = /^[\p{L}\p{M}]$/u;
const LATIN = /^[\p{Script=Latin}\p{Script=Common}]$/u;

/** The code point that ends just before `index`, a surrogate pair included. */
function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  const start = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? index - 2 : index - 1;
  return index > 0 ? String.fromCodePoint(text.codePointAt(start) as number) : "";
}

function codePointAt(text: string, index: number): string {
  return index < text.length ? String.fromCodePoint(text.codePointAt(index) as number) : "";
}

/** A joiner where it belongs: between emoji, or between two letters of a script that writes it. */
function legitimateJoiner(text: string, index: number): boolean {
  const c = text[index];
  if (c !== "\u200D" && c !== "\u200C") return false;
  const before = codePointBefore(text, index);
  const after = codePointAt(text, index + 1);
  if (c === "\u200D" && EMOJI_END.test(before) && EMOJI.test(after)) return true;
  return [before, after].every((letter) => JOINED_LETTER.test(letter) && !LATIN.test(letter));
}

/** Runs of hidden characters in a published text, each with the distinct characters it holds. */
function hiddenRuns(text: string): { start: number; end: number; chars: Set<string> }[] {
  const runs: { start: number; end: number; chars: Set<string> }[] = [];
  for (const m of text.matchAll(HIDDEN)) {
    if (legitimateJoiner(text, m.index)) continue;
    const last = runs[runs.length - 1];
    if (last && last.end === m.index) {
      last.end++;
      last.chars.add(m[0]);
    } else runs.push({ start: m.index, end: m.index + 1, chars: new Set(m[0]) });
  }
  return runs;
}

const hex = (c: string) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, "0")}`;

/**
 * retext-sentence-spacing's check on the shared tokenizer: one space between sentences. Two spaces
 * at a line's end (a Markdown line break) are not between sentences and pass.
 */
export const spacingRule: Rule = {
  id: "spacing",
  description: "One space between sentences, not two; no hidden characters (bidirectional controls, zero-width spaces) in published text.",
  defaultSeverity: "warning",
  check(post) {
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      for (const gap of prose.masked.matchAll(GAP)) {
        const start = gap.index ?? 0;
        if (messages.length >= ENOUGH_FINDINGS) break;
        if (!endsSentenceBefore(prose.masked, start)) continue;
        messages.push({
          ...segmentSpan(post, prose.segment, start, start + gap[0].length),
          message: `${gap[0].length} ${gap[0][0] === "\t" ? "tabs" : "spaces"} between sentences; expected 1 space`,
          suggestions: [" "],
        });
      }
    }
    for (const segment of publishedSegments(post)) {
      if (segment.kind !== "body" && segment.kind !== "variant") continue;
      if (!ANY_HIDDEN.test(segment.text)) continue;
      for (const run of hiddenRuns(segment.text).slice(0, ENOUGH_FINDINGS)) {
        const names = [...run.chars].map((c) => `${hex(c)} ${NAMES[c]}`).join(", ");
        const count = run.end - run.start;
        messages.push({
          ...segmentSpan(post, segment, run.start, run.end),
          message: `${count === 1 ? "a hidden character" : `${count} hidden characters`} (${names}): invisible or reordering text, so readers may see other words than reviewers did; remove ${count === 1 ? "it" : "them"}`,
        });
      }
    }
    return messages;
  },
};
