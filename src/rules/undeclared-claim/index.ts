import { publishedSegments } from "../../render/post-segments.js";
import { maskSocialSyntax } from "../../render/tokens.js";
import type { Rule, RuleMessage } from "../types.js";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const NUMBER = "\\d+(?:[.,]\\d+)*";
const UNIT =
  "(?:km|kilomet(?:re|er)s?|miles?|m|met(?:re|er)s?|cm|mm|kg|kilos?|g|grams?|lbs?|l|lit(?:re|er)s?|ml|°\\s?[CF]|degrees?|hours?|hrs?|minutes?|mins?|years?|months?|weeks?|days?|people|customers|clients|members|users|employees|stores|shops|countries|trees|tonnes?|tons?|times|x)";

/**
 * What reads as a checkable fact, each kind compiled once. Times of day ("9:30", "9 am") are not claims:
 * they are opening hours and schedules, which the post itself states; bare numbers ("3 tips") are not either.
 */
const KINDS: { kind: string; re: RegExp; needsDigit?: true; needs?: RegExp }[] = [
  { kind: "a quotation", re: /"([^"\n]+?)"|“([^”\n]+?)”/gu, needs: /["“]/ },
  {
    kind: "an amount of money",
    needsDigit: true,
    needs: /[$€£¥]|u[sſ]d|eur|gbp|dollar/i,
    re: new RegExp(`[$€£¥]\\s?${NUMBER}(?:\\s?(?:k|m|bn|million|billion)\\b)?|\\b${NUMBER}\\s?(?:usd|eur|gbp|dollars?|euros?)\\b`, "giu"),
  },
  { kind: "a percentage", needsDigit: true, needs: /%|per ?cent/i, re: new RegExp(`\\b${NUMBER}\\s?(?:%|percent\\b|per cent\\b)`, "giu") },
  {
    kind: "a date",
    needsDigit: true,
    // "ſ" matches "s" under the pattern's case-insensitive Unicode mode.
    needs: /\d{4}-\d\d-\d\d|jan|feb|mar|apr|may|jun|jul|aug|[sſ]ep|oct|nov|dec/i,
    re: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}\\b|\\b${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`, "giu"),
  },
  {
    kind: "a statistic",
    needsDigit: true,
    needs: /\d\s(?:in|out of)\s\d|\d,\d{3}/i,
    re: /\b\d+\s(?:in|out of)\s\d+\b|\b\d{1,3}(?:,\d{3})+\b/giu,
  },
  { kind: "a number with a unit", needsDigit: true, re: new RegExp(`\\b${NUMBER}\\s?-?${UNIT}\\b`, "giu") },
  {
    kind: "a superlative",
    // Unicode case-insensitive like the pattern, without its look-behinds at every position.
    needs:
      /first|only|largest|biggest|best|fastest|cheapest|lowest|highest|greatest|oldest|most popular|leading|number one|no\. ?1|award[- ]winning|world[- ]class|unbeatable|unrivalled|unmatched|#1/iu,
    re: /(?<![\p{L}-])(?<!\b(?:your|my) )(?:first|(?<!\b(?:not|if) )only|largest|biggest|best|fastest|cheapest|lowest|highest|greatest|oldest|most popular|leading|number one|no\. ?1|award[- ]winning|best[- ]selling|world[- ]class|unbeatable|unrivalled|unmatched)(?![\p{L}-])|#1\b/giu,
  },
];

const normalize = (text: string) =>
  text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s*(?:per ?cent\b|%)/g, "%")
    .replace(/\s+/g, " ")
    .trim();

export const undeclaredClaimRule: Rule = {
  id: "undeclared-claim",
  description:
    "Numbers with a unit, percentages, prices, dates, statistics, superlatives and quotes in the text are covered by a declared fact.",
  defaultSeverity: "warning",
  check(post) {
    const claims = (post.data.facts ?? []).map((fact) => normalize(fact.claim));
    const reported = new Set<string>();
    const messages: RuleMessage[] = [];
    for (const segment of publishedSegments(post)) {
      if (segment.kind === "alt") continue;
      const prose = maskSocialSyntax(segment.text);
      const taken: [number, number][] = [];
      // Every kind but quotations and superlatives needs a digit (\d is ASCII even with the u flag): skip their scans.
      const hasDigit = /\d/.test(prose);
      for (const { kind, re, needsDigit, needs } of KINDS) {
        // Each `needs` is a cheap test any match of the kind passes ("ſ" stands for the "s" the patterns' Unicode
        // case folding lets it match): text failing it cannot hold one.
        if ((needsDigit && !hasDigit) || (needs && !needs.test(prose))) continue;
        for (const m of prose.matchAll(re)) {
          const start = m.index;
          const end = start + m[0].length;
          // A percentage's number or a superlative inside a quote is not a second claim: the first kind wins.
          if (taken.some(([a, b]) => start < b && end > a)) continue;
          taken.push([start, end]);
          const quoted = m[1] ?? m[2];
          if (quoted !== undefined && quoted.trim().split(/\s+/).length < 3) continue;
          const key = normalize(quoted ?? m[0]);
          if (reported.has(key) || claims.some((claim) => claim.includes(key))) continue;
          reported.add(key);
          const where = segment.kind === "variant" ? ` (variant for ${segment.channel})` : "";
          messages.push({
            ...post.spanAt(segment.offsetAt(start), segment.offsetAt(end)),
            message: `${quoted === undefined ? `"${m[0]}"` : m[0]}${where} is ${kind} that no declared fact covers; add it to facts with its source, or rephrase`,
          });
        }
      }
    }
    return messages.sort((a, b) => a.line - b.line || a.column - b.column);
  },
};
