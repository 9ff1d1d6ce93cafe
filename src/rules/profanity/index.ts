import { PROFANITY_PHRASES } from "../../generated/trigger-words.js";
import { proseOf, segmentSpan } from "../../post/post-segments.js";
import { PhraseIndex, retextOnTriggered, retextRunner } from "../../text/retext.js";
import type { Rule, RuleMessage } from "../types.js";

/**
 * cuss rates words 0 (profane in some senses: "bigger", "hell", "kill", "fire"), 1 (likely) and
 * 2 (surely). Rating-0 words are ordinary marketing words, so the default starts at 1; option
 * `sureness: 0` brings them back, `ignore` allows more words.
 */
export const DEFAULT_SURENESS = 1;

const runners = new Map<string, ReturnType<typeof retextRunner>>();

function runnerFor(sureness: number, ignore: string[]) {
  const key = `${sureness}\n${ignore.join("\n")}`;
  let runner = runners.get(key);
  if (!runner) {
    const load = async () => (await import("retext-profanities")).default;
    runner = retextRunner(load, { sureness, ignore });
    runners.set(key, runner);
  }
  return runner;
}

const indexes = new Map<string, PhraseIndex>();

function phrasesFor(sureness: number, ignore: string[]): PhraseIndex {
  const key = `${sureness}\n${ignore.join("\n")}`;
  let index = indexes.get(key);
  if (!index) {
    const ignored = new Set(ignore.map((w) => w.toLowerCase().replace(/['’.]/g, "")));
    index = new PhraseIndex(Object.keys(PROFANITY_PHRASES).filter((p) => (PROFANITY_PHRASES[p] ?? 0) >= sureness && !ignored.has(p)));
    indexes.set(key, index);
  }
  return index;
}

const RATING_WORDS = ["may be profane in some senses", "may be profane", "is profane"];

export const profanityRule: Rule = {
  id: "profanity",
  description: `Profanity (retext-profanities) at cuss rating ${DEFAULT_SURENESS} or more (option sureness 0–2; ignore: words to allow).`,
  defaultSeverity: "warning",
  async check(post, { options }) {
    const sureness = typeof options.sureness === "number" ? options.sureness : DEFAULT_SURENESS;
    const ignore = Array.isArray(options.ignore) ? options.ignore.filter((w): w is string => typeof w === "string") : [];
    const phrases = phrasesFor(sureness, ignore);
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      for (const f of await retextOnTriggered(prose, phrases, runnerFor(sureness, ignore))) {
        messages.push({
          ...segmentSpan(post, prose.segment, f.start, f.end),
          message: `"${f.actual}" ${RATING_WORDS[f.profanitySeverity ?? 1] ?? "may be profane"}; expected other wording`,
        });
      }
    }
    return messages;
  },
};
