import type { ResolvedClient } from "../../config/types.js";
import { proseOf, segmentSpan, type Word } from "../../text/prose.js";
import type { Rule, RuleMessage } from "../types.js";
import { americanForms } from "./british.js";
import { loadSpeller, type Speller } from "./speller.js";

const clientWords = new WeakMap<ResolvedClient, Set<string>>();

/** The config's words (global and the client's), compared without case: "Northwind" also accepts "NORTHWIND". */
function extraWordsOf(client: ResolvedClient): Set<string> {
  let words = clientWords.get(client);
  if (!words) {
    words = new Set(client.words.map((w) => w.toLowerCase().replace(/’/g, "'")));
    clientWords.set(client, words);
  }
  return words;
}

/** Short all-capital words are acronyms ("REI", "NASA"): the dictionary cannot know them all. */
const ACRONYM = /^\p{Lu}{2,5}s?$/u;

function isKnown(word: string, speller: Speller, extra: ReadonlySet<string>): boolean {
  const lower = word.toLowerCase();
  if (extra.has(lower) || speller.correct(word)) return true;
  if (americanForms(word).some((form) => speller.correct(form))) return true;
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

/** The misspelt pieces of a word: the word itself, or the parts of a hyphenated word that are not words. */
function misspeltParts(word: Word, speller: Speller, extra: ReadonlySet<string>, verdicts: Map<string, boolean>): Word[] {
  if (word.numeric || acceptedAsIs(word.text, speller, extra, verdicts)) return [];
  const text = word.text.replace(/’/g, "'");
  if (!text.includes("-")) return [word];
  const parts: Word[] = [];
  let start = 0;
  for (const part of text.split("-")) {
    const w = {
      text: word.text.slice(start, start + part.length),
      start: word.start + start,
      end: word.start + start + part.length,
      numeric: false,
    };
    if (!/\p{N}/u.test(part) && !ACRONYM.test(part) && !isKnown(part, speller, extra)) parts.push(w);
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
        for (const part of misspeltParts(word, speller, extra, verdicts)) {
          report(part, `"${part.text}" is misspelt; expected a word from the dictionary or the config's words`);
        }
      }
      for (const part of prose.hashtagParts) {
        // A hashtag that is itself a configured word ("#AcmeOutdoor") is fine whatever its parts.
        if (extra.has(part.hashtag.slice(1).toLowerCase())) continue;
        if (part.text.length < 2) continue;
        for (const bad of misspeltParts(part, speller, extra, verdicts)) {
          report(bad, `"${bad.text}" in ${part.hashtag} is misspelt; expected a word from the dictionary or the config's words`);
        }
      }
    }
    return messages;
  },
};
