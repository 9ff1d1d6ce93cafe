import { urlProblem } from "../../links/well-formed.js";
import { oneLine } from "../../text/one-line.js";
import { urlsIn } from "../../text/tokens.js";
import type { Rule, RuleMessage } from "../types.js";

/** A scheme glued to the rest ("mailto:x", "https://…"); "Interview: Jane Doe, 2026" is a plain reference. */
const LOOKS_LIKE_URL = /^[a-z][a-z0-9+.-]*:(?=\S)/i;
/** A date (2026-11-18, 18 November, Nov 2026) or a year makes a plain reference traceable. */
const HAS_DATE =
  /\b(?:\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}|\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\/\d{1,2}\/\d{2,4})\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
/** Capitalised words that do not name anyone: a reference made only of these is too vague. */
const GENERIC = new Set(
  "the a an email e-mail mail call phone meeting chat slack teams internet web website online google source client team they we our their from by on in with per via".split(
    " ",
  ),
);

/**
 * A plain reference is specific when it carries a date or names someone (a capitalised, non-generic word); one
 * that carries an http(s) URL is read before this, by that URL.
 */
function isSpecific(source: string): boolean {
  if (HAS_DATE.test(source)) return true;
  return (source.match(/\p{Lu}[\p{L}'-]*/gu) ?? []).some((word) => !GENERIC.has(word.toLowerCase()));
}

export const factSourceRule: Rule = {
  id: "fact-source",
  description:
    "Every fact has a claim, a traceable source (an http(s) URL, or a reference naming who or when) and provided_by; client facts are recorded.",
  defaultSeverity: "error",
  check(post) {
    const messages: RuleMessage[] = [];
    (post.data.facts ?? []).forEach((fact, index) => {
      const claim = fact.claim.trim();
      const source = fact.source.trim();
      if (claim === "")
        messages.push({
          ...post.spanOf(["facts", index, "claim"]),
          message: `facts[${index}].claim: empty; write the claim as the post makes it`,
        });
      const at = post.spanOf(["facts", index, "source"]);
      if (source === "") {
        messages.push({
          ...at,
          message: `facts[${index}].source: empty; expected an http(s) URL or a reference such as "email from Jane Doe, 2026-11-18"`,
        });
      } else if (/^www\./i.test(source)) {
        const problem = urlProblem(`https://${source}`);
        messages.push(
          problem
            ? { ...at, message: `facts[${index}].source: "${source}" has no scheme, and https://${source} ${problem}` }
            : {
                ...at,
                message: `facts[${index}].source: "${source}" has no scheme; expected https://${source}`,
                suggestions: [`https://${source}`],
              },
        );
      } else if (LOOKS_LIKE_URL.test(source)) {
        // The same check as rule link's, which leaves malformed sources to this rule so each is reported once.
        const problem = urlProblem(source);
        if (problem) messages.push({ ...at, message: `facts[${index}].source: "${source}" ${problem}` });
      } else if (urlsIn(source).length > 0) {
        // A plain reference that carries an http(s) URL ("giveaway terms at https://acme.example/terms") is as
        // traceable as the URL alone. Its URLs get the same check as a URL source, each malformed one reported once
        // (and not also as vague: the fix is the URL); rule link leaves fact sources to this rule.
        const problems = new Map<string, string>();
        for (const { text } of urlsIn(source)) {
          const problem = urlProblem(text);
          if (problem) problems.set(text, problem);
        }
        for (const [url, problem] of problems) messages.push({ ...at, message: `facts[${index}].source: "${url}" ${problem}` });
      } else if (!isSpecific(source)) {
        messages.push({
          ...at,
          message: `facts[${index}].source: "${oneLine(source)}" is too vague to trace; name who provided it or when (e.g. "email from Jane Doe, 2026-11-18")`,
        });
      }
      if (fact.provided_by === "client" && claim !== "") {
        // A claim or source written as a YAML block scalar holds line breaks: the record stays on one line.
        messages.push({
          ...post.spanOf(["facts", index, "provided_by"]),
          severity: "info",
          message: `provided by the client: "${oneLine(claim)}" (source: ${oneLine(source)})`,
        });
      }
    });
    return messages;
  },
};
