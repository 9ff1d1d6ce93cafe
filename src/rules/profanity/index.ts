import { proseOf, segmentSpan } from "../../text/prose.js";
import { retextOnTriggered, retextRunner, singulars } from "../../text/retext.js";
import { PROFANITY_TRIGGERS } from "../../text/trigger-words.js";
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

const RATING_WORDS = ["may be profane in some senses", "may be profane", "is profane"];

export const profanityRule: Rule = {
  id: "profanity",
  description: `Profanity (retext-profanities) at cuss rating ${DEFAULT_SURENESS} or more (option sureness 0–2; ignore: words to allow).`,
  defaultSeverity: "warning",
  async check(post, { options }) {
    const sureness = typeof options.sureness === "number" ? options.sureness : DEFAULT_SURENESS;
    const ignore = Array.isArray(options.ignore) ? options.ignore.filter((w): w is string => typeof w === "string") : [];
    const ignored = new Set(ignore.map((w) => w.toLowerCase()));
    const isTrigger = (w: string) => singulars(w).some((s) => (PROFANITY_TRIGGERS[s] ?? -1) >= sureness && !ignored.has(s));
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      for (const f of await retextOnTriggered(prose, isTrigger, runnerFor(sureness, ignore))) {
        messages.push({
          ...segmentSpan(post, prose.segment, f.start, f.end),
          message: `"${f.actual}" ${RATING_WORDS[f.profanitySeverity ?? 1] ?? "may be profane"}; expected other wording`,
        });
      }
    }
    return messages;
  },
};
