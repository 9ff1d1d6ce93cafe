import { EQUALITY_PHRASES } from "../../generated/trigger-words.js";
import { proseOf, segmentSpan } from "../../post/post-segments.js";
import { PhraseIndex, retextOnTriggered, retextRunner } from "../../text/retext.js";
import type { Rule, RuleMessage } from "../types.js";

/**
 * Words retext-equality (alex) flags that marketing copy uses innocently ("special offers"); its "condescending"
 * list comes from advice on educational writing ("just", "simple", "easily") and offers no alternative: all of
 * that list is here (basically, clearly, easy, everyone knows, just, obvious, of course, simple, straightforward), and pronouns in a
 * post are about a named person; "guy" is also a tent's guy line. A client can add more with the `ignore` option.
 */
export const DEFAULT_IGNORE = [
  "basically",
  "clearly",
  "easy",
  "easily",
  "everyone knows",
  "just",
  "obvious",
  "obviously",
  "of course",
  "simple",
  "simply",
  "special",
  "straightforward",
  "straightforwardly",
  "straight forward",
  "straight forwardly",
  "guy",
  "he",
  "she",
  "her",
  "hers",
  "him",
  "his",
  "himself",
  "herself",
  "he'd",
  "he's",
  "she'd",
  "she's",
];

const runners = new Map<string, ReturnType<typeof retextRunner>>();

function runnerFor(ignore: string[]) {
  const key = ignore.join("\n");
  let runner = runners.get(key);
  if (!runner) {
    runner = retextRunner(async () => (await import("retext-equality")).default, { ignore });
    runners.set(key, runner);
  }
  return runner;
}

const indexes = new Map<string, PhraseIndex>();

function phrasesWithout(ignore: string[]): PhraseIndex {
  const key = ignore.join("\n");
  let index = indexes.get(key);
  if (!index) {
    const ignored = new Set(ignore.map((w) => w.toLowerCase().replace(/['’.]/g, "")));
    index = new PhraseIndex(EQUALITY_PHRASES.filter((p) => !ignored.has(p)));
    indexes.set(key, index);
  }
  return index;
}

export const inclusiveRule: Rule = {
  id: "inclusive",
  description: "Inclusive language (retext-equality), tuned for marketing copy; option ignore: more words to allow.",
  defaultSeverity: "warning",
  async check(post, { options }) {
    const extra = Array.isArray(options.ignore) ? options.ignore.filter((w): w is string => typeof w === "string") : [];
    const ignore = [...DEFAULT_IGNORE, ...extra];
    const phrases = phrasesWithout(ignore);
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      for (const f of await retextOnTriggered(prose, phrases, runnerFor(ignore))) {
        const alternatives = f.expected.length
          ? `; consider ${f.expected
              .slice(0, 3)
              .map((e) => `"${e}"`)
              .join(", ")}`
          : "";
        messages.push({
          ...segmentSpan(post, prose.segment, f.start, f.end),
          message: `"${f.actual}" may be insensitive${alternatives}`,
          ...(f.expected.length ? { suggestions: f.expected.slice(0, 3) } : {}),
        });
      }
    }
    return messages;
  },
};
