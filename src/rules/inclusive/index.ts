import { proseOf, segmentSpan } from "../../text/prose.js";
import { normalWord, retextOnTriggered, retextRunner, singulars } from "../../text/retext.js";
import { EQUALITY_TRIGGERS } from "../../text/trigger-words.js";
import type { Rule, RuleMessage } from "../types.js";

/**
 * Words retext-equality (alex) flags that marketing copy uses innocently: its "condescending"
 * list comes from advice on educational writing ("just", "simple", "easily"), and pronouns in a
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

const triggerSets = new Map<string, Set<string>>();

function triggersWithout(ignore: string[]): Set<string> {
  const key = ignore.join("\n");
  let set = triggerSets.get(key);
  if (!set) {
    const ignored = new Set(ignore.map(normalWord));
    set = new Set(EQUALITY_TRIGGERS.filter((w) => !ignored.has(w)));
    triggerSets.set(key, set);
  }
  return set;
}

export const inclusiveRule: Rule = {
  id: "inclusive",
  description: "Inclusive language (retext-equality), tuned for marketing copy; option ignore: more words to allow.",
  defaultSeverity: "warning",
  async check(post, { options }) {
    const extra = Array.isArray(options.ignore) ? options.ignore.filter((w): w is string => typeof w === "string") : [];
    const ignore = [...DEFAULT_IGNORE, ...extra];
    const triggers = triggersWithout(ignore);
    const isTrigger = (w: string) => singulars(w).some((s) => triggers.has(s));
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      for (const f of await retextOnTriggered(prose, isTrigger, runnerFor(ignore))) {
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
