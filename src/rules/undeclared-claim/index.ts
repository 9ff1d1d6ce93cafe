import { publishedSegments } from "../../post/post-segments.js";
import { maskSocialSyntax } from "../../text/tokens.js";
import type { Rule, RuleMessage } from "../types.js";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** A month, or an abbreviation with its full stop ("Dec. 6"); not "may." or "march.", whose full stop ends a sentence. */
const MONTH_OR_ABBREVIATION =
  "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|jun(?:e|\\.)?|jul(?:y|\\.)?|aug(?:ust|\\.)?|sep(?:t(?:ember|\\.)?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";
const YEAR = "(?:19|20)\\d\\d";
// At most 20 groups ("1,234,567.89" has 3): unbounded, every digit of "1,1,1,…" started a scan to the end of the run.
const NUMBER = "\\d+(?:[.,]\\d+){0,20}";
/**
 * Units that make a number a measurement or a count worth a source. Longer spellings come before their
 * prefixes ("km/h" before "km") because the first alternative that fits wins. Not "in" (inches: "3 in 4",
 * "2 in stock") nor "s" (seconds), which ordinary text uses after numbers all the time.
 */
const UNIT =
  "(?:km\\/h|kmh|kph|mph|km|kilomet(?:re|er)s?|miles?|m|met(?:re|er)s?|cm|mm|ft|feet|foot|inch(?:es)?|yards?|yd|kg|kilos?|g|grams?|lbs?|oz|ounces?|l|lit(?:re|er)s?|ml|gallons?|°\\s?[CF]|degrees?|kb|mb|gb|tb|mah|kwh|kw|watts?|ha|hectares?|acres?|seconds?|secs?|hours?|hrs?|minutes?|mins?|nights?|years?|months?|weeks?|days?|people|customers|clients|members|users|employees|visitors|guests|followers|subscribers|downloads|participants|volunteers|stores|shops|locations|cities|countries|trees|tonnes?|tons?|times|x)";
/** Words written after an amount of money. "pounds" is read as money: a weight in pounds is usually "lb". */
const CURRENCY_WORD = "(?:usd|eur|gbp|dollars?|euros?|pounds?)";

// Context tests for superlatives, run only on the few characters around a match (so only where a match is).
const BEFORE_POSSESSIVE = /\b(?:your|my)\s$/iu;
const SENTENCE_START = /(?:^\s*|[.!?]\s+|\n\s*)$/u;
// "the/our/its/their first", "Acme's first", "the world's (very) first"; not "it's first come" nor "a first hike".
const FIRST_DETERMINER_BEFORE =
  /(?:\b(?:the|our|its|their)|(?<!\b(?:it|that|what|who|he|she|there|here|this|where|how|which|let))['’]s)\s(?:very\s)?$/iu;
const FOR_THE_FIRST_TIME = /\bfor the\s(?:very\s)?$/iu;
const TIME_NOT_EVER_OR_IN = /^\stimes?\b(?!\s(?:ever|in)\b)/iu;
const FIRST_AFTER = /^(?:\s(?:come|things first|of all|and foremost|aid|off)\b)/iu;
const BEST_BEFORE = /\b(?:all the|at|(?:do|does|did|doing|done|try|tries|tried|trying)\s(?:our|their|his|her|its))\s$/iu;
const MAY_THE_BEFORE = /\bmay the\s$/iu;
// "may the best bake win", "may the best chocolate-chip cookie win": up to three words, then "win".
const MAY_THE_BEST_AFTER = /^\s(?:[\p{L}'’-]+\s){0,3}win\b/iu;
const BEST_AFTER = /^\s(?:wishes|regards|of luck|before|practices?)\b/iu;
// "Acme's only" but not "it's only", "let's only" or "that's leading to".
const DETERMINER_BEFORE =
  /(?:\b(?:the|a|an|our|its|their|one and)|(?<!\b(?:it|that|what|who|he|she|there|here|this|where|how|which|let))['’]s)\s$/iu;
const ONLY_NOT_CLAIM_BEFORE = /\bnot the\s$/iu;
const ONLY_NOT_CLAIM_AFTER = /^\s(?:way|thing)\b/iu;

/**
 * Superlative words used in ordinary phrases that claim nothing. Conservative: each case is an idiom or a
 * grammatical use that cannot be a claim about the brand; anything in doubt stays reported.
 * - any word after "your"/"my" speaks of the reader ("your first order", "my best day");
 * - "first" claims to be first only after a determiner that singles the brand or its product out ("the first tent",
 *   "our first sale", "Europe's first", "the world's very first") or before "ever" ("our first ever", "a first-ever
 *   bake-off", which is always a claim). Without a determiner it is an ordinal or an adverb ("from first sketch",
 *   "at first", "first come, first served", "First, pitch the tent"), and after "a"/"an" it means "an initial one"
 *   ("a first overnight hike", "a first look"). Among determined ones, "first things first", "first of all", "first
 *   and foremost", "first aid", "first off" are idioms, and "for the (very) first time" speaks of the brand's own
 *   history, not of others; but "for the first time ever" or "… in Europe" compares, so it is reported;
 * - "best": "best wishes", "best regards", "all the best", "at best", "best of luck", "best before", "best
 *   practice(s)", "do/try our best", "may the best … win" (a contest's cheer), and a sentence opening "Best," (a
 *   sign-off); "vote for the best photo" stays reported: nothing in the words tells a contest from a claim;
 * - "only" claims exclusivity only after a determiner ("the only tent that…", "Acme's only", "one and only"):
 *   the adverb ("only on Sundays", "not only … but", "if only") does not; "not the only", "the only way" and
 *   "the only thing" are idioms;
 * - "leading" is the adjective only after a determiner ("the leading brand", "a leading", "Europe's leading");
 *   otherwise it is the verb ("leading to confusion", "leading up to"). "industry-leading" always claims.
 */
function ordinarySuperlative(prose: string, start: number, end: number): boolean {
  const before = prose.slice(Math.max(0, start - 24), start);
  if (BEFORE_POSSESSIVE.test(before)) return true;
  // Long enough for "may the best" and three words before "win".
  const after = prose.slice(end, end + 40);
  switch (prose.slice(start, end).toLowerCase()) {
    case "first":
      return (
        !FIRST_DETERMINER_BEFORE.test(before) ||
        FIRST_AFTER.test(after) ||
        (FOR_THE_FIRST_TIME.test(before) && TIME_NOT_EVER_OR_IN.test(after))
      );
    case "best":
      return (
        BEST_BEFORE.test(before) ||
        BEST_AFTER.test(after) ||
        (after.startsWith(",") && SENTENCE_START.test(before)) ||
        (MAY_THE_BEFORE.test(before) && MAY_THE_BEST_AFTER.test(after))
      );
    case "only":
      return !DETERMINER_BEFORE.test(before) || ONLY_NOT_CLAIM_BEFORE.test(before) || ONLY_NOT_CLAIM_AFTER.test(after);
    case "leading":
      return !DETERMINER_BEFORE.test(before);
    default:
      return false;
  }
}

/**
 * A quotation in any of the usual quote marks. ‘…’ closes at a ’ not followed by a letter, so "‘it’s the best’"
 * is one quotation, not "‘it’". `quotations` finds its matches.
 */
export const QUOTATION = /"([^"\n]+?)"|“([^”\n]+?)”|‘((?:[^’\n]|’(?=\p{L}))+?)’(?!\p{L})|«([^»\n]+?)»|„([^“”\n]+?)[“”]/gu;

const LETTER = /^\p{L}$/u;
const letterAt = (text: string, i: number) => i < text.length && LETTER.test(String.fromCodePoint(text.codePointAt(i) as number));

/** Each opening mark, the index of its group in QUOTATION, and whether the character at an index closes it (or ends the line). */
const QUOTE_MARKS: Record<string, [group: number, closes: (text: string, i: number) => boolean]> = {
  '"': [1, (text, i) => text[i] === '"'],
  "“": [2, (text, i) => text[i] === "”"],
  "‘": [3, (text, i) => text[i] === "’" && !letterAt(text, i + 1)],
  "«": [4, (text, i) => text[i] === "»"],
  "„": [5, (text, i) => text[i] === "“" || text[i] === "”"],
};

/**
 * text.matchAll(QUOTATION), found by hand: the pattern searched the rest of the line from every opening mark
 * that has no closing one ("“a“a“a…"); here each kind of mark looks its next closing mark up once for all the
 * opening marks before it. A quotation is its opening mark, at least one character, and the first closing mark
 * on the same line.
 */
export function* quotations(text: string): Generator<RegExpExecArray> {
  const next = new Map<string, { from: number; at: number }>();
  for (let p = 0; p < text.length; p++) {
    const mark = QUOTE_MARKS[text[p] as string];
    if (!mark) continue;
    const [group, closes] = mark;
    let found = next.get(text[p] as string);
    if (!found || found.from > p + 1 || found.at < p + 1) {
      let at = p + 1;
      while (at < text.length && text[at] !== "\n" && !closes(text, at)) at++;
      found = { from: p + 1, at };
      next.set(text[p] as string, found);
    }
    const close = found.at;
    if (close === p + 1 || close >= text.length || text[close] === "\n") continue;
    const match = [text.slice(p, close + 1)] as unknown as RegExpExecArray;
    for (let g = 1; g <= 5; g++) match.push(g === group ? text.slice(p + 1, close) : (undefined as unknown as string));
    match.index = p;
    yield match;
    p = close;
  }
}

export const NUMBER_WITH_UNIT = new RegExp(`\\b${NUMBER}\\s?-?${UNIT}\\b`, "gi");
const NUMBER_AT_BOUNDARY = new RegExp(`\\b${NUMBER}`, "g");
const UNIT_AFTER_NUMBER = new RegExp(`\\s?-?${UNIT}\\b`, "iy");

/**
 * text.matchAll(NUMBER_WITH_UNIT), as a number found first and its unit tried where it ends. V8 compiled the
 * whole pattern in about 7 ms on its first use (each one-post check's), the unit part alone in about 2 ms.
 * Only the longest number can be followed by a unit (what a shorter one leaves next is a digit, "." or ",",
 * which no unit nor space starts with), so where the unit does not follow, the next start is tried, as the
 * pattern does.
 */
export function* numbersWithUnit(text: string): Generator<RegExpExecArray> {
  for (let from = 0; from < text.length; ) {
    NUMBER_AT_BOUNDARY.lastIndex = from;
    const number = NUMBER_AT_BOUNDARY.exec(text);
    if (!number) return;
    UNIT_AFTER_NUMBER.lastIndex = number.index + number[0].length;
    if (!UNIT_AFTER_NUMBER.test(text)) {
      from = number.index + 1;
      continue;
    }
    const match = [text.slice(number.index, UNIT_AFTER_NUMBER.lastIndex)] as unknown as RegExpExecArray;
    match.index = number.index;
    yield match;
    from = UNIT_AFTER_NUMBER.lastIndex;
  }
}

interface Kind {
  kind: string;
  re: RegExp;
  /** The matches of `re`, when a scanner finds them in linear time. */
  matches?: (text: string) => Iterable<RegExpExecArray>;
  needsDigit?: true;
  /** A cheap test that any match of the kind passes: text failing it cannot hold one. */
  needs?: RegExp;
  /** The pattern's groups hold a quotation's text. */
  quote?: true;
  /** A match that is ordinary text, not a claim. */
  ordinary?: (prose: string, start: number, end: number) => boolean;
}

/**
 * What reads as a checkable fact, each kind compiled once. Times of day ("9:30", "9 am") are not claims:
 * they are opening hours and schedules, which the post itself states; bare numbers ("3 tips") are not either.
 * The order matters: where matches overlap, the earlier kind wins.
 *
 * The patterns read the prose with its two letters that Unicode case folding maps to ASCII folded (see `foldToAscii`),
 * so they need no `u` flag, which makes V8's scans of digits and word boundaries about ten times slower. Only the
 * quotations and superlatives, which need `\p{L}`, keep it.
 */
const KINDS: Kind[] = [
  {
    kind: "a quotation",
    quote: true,
    re: QUOTATION,
    matches: quotations,
    needs: /["“‘«„]/,
  },
  {
    kind: "an amount of money",
    needsDigit: true,
    needs: /[$€£¥]|usd|eur|gbp|dollar|pound/i,
    re: new RegExp(`[$€£¥]\\s?${NUMBER}(?:\\s?(?:k|m|bn|million|billion)\\b)?|\\b${NUMBER}\\s?(?:[$€£¥]|${CURRENCY_WORD}\\b)`, "gi"),
  },
  { kind: "a percentage", needsDigit: true, needs: /%|per ?cent/i, re: new RegExp(`\\b${NUMBER}\\s?(?:%|percent\\b|per cent\\b)`, "gi") },
  {
    kind: "a date",
    needsDigit: true,
    // Every numeric form has a digit, a separator and a digit; every other form holds a month's first three letters.
    needs: /\d[-/.]\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i,
    // One \b for all forms, then one branch per first character (a day, a month, a year), so most positions fail
    // at once: this scan runs on nearly every post, since "mar" and "dec" are in "market" and "decide".
    re: new RegExp(
      "\\b(?:" +
        // "6 December", "6th of Dec", "06/12/2026", "06/12/26", "06.12.2026", "06-12-2026". Two-digit years only
        // after slashes: "1.12.10" is more likely a version than a date.
        `\\d{1,2}(?:(?:st|nd|rd|th)?\\s(?:of\\s)?${MONTH}\\b|\\/\\d{1,2}\\/(?:\\d{4}|\\d{2})\\b|[.-]\\d{1,2}[.-]${YEAR}\\b)` +
        // "December 6", "Dec. 6th", "December 2026"
        `|${MONTH_OR_ABBREVIATION}\\s(?:\\d{1,2}(?:st|nd|rd|th)?|${YEAR})\\b` +
        // "2026-12-06", "2026/12/06"
        `|${YEAR}(?:-\\d{1,2}-|\\/\\d{1,2}\\/)\\d{1,2}\\b` +
        ")",
      "gi",
    ),
  },
  {
    kind: "a statistic",
    needsDigit: true,
    needs: /\d\s(?:in|out of)\s\d|\d,\d{3}/i,
    re: /\b\d+\s(?:in|out of)\s\d+\b|\b\d{1,3}(?:,\d{3})+\b/gi,
  },
  { kind: "a number with a unit", needsDigit: true, re: NUMBER_WITH_UNIT, matches: numbersWithUnit },
  {
    // A bare year is a date claim only after a word that dates an event ("founded in 1998", "since 2010"):
    // elsewhere four digits are as likely a count or a model number. After the units, so "in 2000 stores" is a
    // count. The look-behind sits after the year so it runs only where a year matched.
    kind: "a date",
    needsDigit: true,
    re: new RegExp(`\\b${YEAR}\\b(?<=\\b(?:in|since|from|by|until|till|before|after|of|founded|established|est\\.)\\s\\d{4})`, "gi"),
  },
  {
    kind: "a superlative",
    // Without the pattern's look-behinds at every position.
    needs:
      /first|only|largest|biggest|best|fastest|cheapest|lowest|highest|greatest|oldest|most popular|leading|number one|no\. ?1|award[- ]winning|world[- ]class|unbeatable|unrivalled|unmatched|#1/i,
    re: /(?<![\p{L}-])(?:first[- ]ever|first|only|largest|biggest|best|fastest|cheapest|lowest|highest|greatest|oldest|most popular|leading|number one|no\. ?1|award[- ]winning|best[- ]selling|world[- ]class|(?:industry|market|world)-leading|unbeatable|unrivalled|unmatched)(?![\p{L}-])|#1\b/giu,
    ordinary: ordinarySuperlative,
  },
];

/** Spaces between a number and its unit, currency, percent sign or multiplier: "5km" and "5 km" are one claim. */
const NUMBER_UNIT_SPACE = new RegExp(`(\\d) (?=(?:${UNIT}|${CURRENCY_WORD}|k|bn|million|billion)(?![\\p{L}\\p{N}])|[$€£¥°])`, "gu");
const CURRENCY_SIGNS = new Set("$€£¥");
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/**
 * An amount with its currency sign after the number ("199€") is the same as with the sign before ("€199"):
 * text.replace(/(\d[\d.,]*\d|\d)([$€£¥])/g, "$2$1"), found from each sign backwards, where the pattern tried every
 * digit of a long number against its end. The number is the run of digits, "." and "," before the sign, from its
 * first digit, when a digit ends it.
 */
function currencyFirst(text: string): string {
  let out = "";
  let done = 0;
  for (let i = 1; i < text.length; i++) {
    if (!CURRENCY_SIGNS.has(text[i] as string) || !isDigit(text[i - 1])) continue;
    let start = i - 1;
    while (start > done && (isDigit(text[start - 1]) || text[start - 1] === "." || text[start - 1] === ",")) start--;
    while (!isDigit(text[start])) start++;
    out += text.slice(done, start) + text[i] + text.slice(start, i);
    done = i + 1;
  }
  return done === 0 ? text : out + text.slice(done);
}

/**
 * "ſ" (U+017F, long s) and "K" (U+212A, Kelvin sign) are the only letters whose Unicode case folding is ASCII ("s", "k"): folding
 * them up front lets case-insensitive patterns without the `u` flag match "12 ſep" as "12 sep". One code unit
 * each, so offsets stay valid.
 */
const foldToAscii = (text: string) => (/[\u017f\u212a]/.test(text) ? text.replace(/\u017f/g, "s").replace(/\u212a/g, "k") : text);

const normalize = (text: string) =>
  currencyFirst(
    text
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[“”«»„]/g, '"')
      .replace(/[‘’]/g, "'")
      // From the first space of a run only: the later ones fail or match exactly where it does.
      .replace(/(?<!\s)\s*(?:per ?cent\b|%)/g, "%")
      .replace(/\s+/g, " ")
      .trim()
      .replace(/([$€£¥]) (?=\d)|(°) (?=[cf]\b)/g, "$1$2")
      .replace(NUMBER_UNIT_SPACE, "$1"),
  );

/** Sentence punctuation at either end of a quotation's text; not "%", "#" or "$", which are part of a claim. */
const LEADING_PUNCTUATION = /^[\s.,;:!?¡¿…—–-]$/u;
const TRAILING_PUNCTUATION = /^[\s.,;:!?…—–-]$/u;

/**
 * text.replace(/^[\s.,;:!?¡¿…—–-]+|[\s.,;:!?…—–-]+$/gu, ""), walking in from each end: the pattern tried every
 * punctuation mark inside a long quotation against its end.
 */
function trimQuoteEdges(text: string): string {
  let start = 0;
  while (start < text.length && LEADING_PUNCTUATION.test(text[start] as string)) start++;
  let end = text.length;
  while (end > start && TRAILING_PUNCTUATION.test(text[end - 1] as string)) end--;
  return text.slice(start, end);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;

/**
 * Whether a normalised claim contains the key as a whole: a letter or digit at the key's edge must not continue a
 * word or a number in the claim ("5 km" is not in "15 km", "$45" is not in "$450", "0%" is not in "40%"), and a
 * number must not continue a decimal ("5 km" is not in "1.5 km" nor "1,5 km"; "$45" not in "$45.50").
 */
function containsWhole(claim: string, key: string): boolean {
  if (key === "") return false;
  const first = key[0] as string;
  const last = key[key.length - 1] as string;
  for (let i = claim.indexOf(key); i !== -1; i = claim.indexOf(key, i + 1)) {
    const before = claim[i - 1] ?? "";
    const after = claim[i + key.length] ?? "";
    if (WORD_CHAR.test(first) && WORD_CHAR.test(before)) continue;
    if (WORD_CHAR.test(last) && WORD_CHAR.test(after)) continue;
    if (DIGIT.test(first) && (before === "." || before === ",") && DIGIT.test(claim[i - 2] ?? "")) continue;
    if (DIGIT.test(last) && (after === "." || after === ",") && DIGIT.test(claim[i + key.length + 1] ?? "")) continue;
    return true;
  }
  return false;
}

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
      const original = maskSocialSyntax(segment.text);
      const prose = foldToAscii(original);
      // The characters earlier claims took, one flag each: a list of ranges was searched once per match.
      const taken = new Uint8Array(prose.length);
      // Every kind but quotations and superlatives needs a digit (\d is ASCII even with the u flag): skip their scans.
      const hasDigit = /\d/.test(prose);
      for (const { kind, re, matches, needsDigit, needs, quote, ordinary } of KINDS) {
        if ((needsDigit && !hasDigit) || (needs && !needs.test(prose))) continue;
        for (const m of matches ? matches(prose) : prose.matchAll(re)) {
          const start = m.index;
          const end = start + m[0].length;
          const text = original.slice(start, end);
          // A percentage's number or a superlative inside a quote is not a second claim: the first kind wins.
          if (taken.subarray(start, end).includes(1)) continue;
          // A quote's own sentence punctuation ("…rain," or "…and then") is not part of what was said: the fact
          // quotes the words, often without it.
          const quoted = quote
            ? (() => {
                const group = m.slice(1).find((g) => g !== undefined);
                return group === undefined ? undefined : trimQuoteEdges(group);
              })()
            : undefined;
          // A short quotation ("#1 tent") is emphasis, not a quote of someone: it is not reported, and what it
          // holds is still read by the later kinds, so it is not taken. Ordinary text is skipped before it takes
          // its place or its key, so a later real claim with the same word is still reported.
          if (quoted !== undefined && quoted.trim().split(/\s+/).length < 3) continue;
          if (ordinary?.(prose, start, end)) continue;
          taken.fill(1, start, end);
          const key = normalize(quoted ?? text);
          if (reported.has(key) || claims.some((claim) => containsWhole(claim, key))) continue;
          reported.add(key);
          const where = segment.kind === "variant" ? ` (variant for ${segment.channel})` : "";
          messages.push({
            ...post.spanAt(segment.offsetAt(start), segment.offsetAt(end)),
            message: `${quoted === undefined ? `"${text}"` : text}${where} is ${kind} that no declared fact covers; add it to facts with its source, or rephrase`,
          });
        }
      }
    }
    return messages.sort((a, b) => a.line - b.line || a.column - b.column);
  },
};
