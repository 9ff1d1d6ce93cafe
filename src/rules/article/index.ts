import { proseOf, segmentSpan } from "../../post/post-segments.js";
import type { Word } from "../../text/prose.js";
import { ENOUGH_FINDINGS, type Rule, type RuleMessage } from "../types.js";
import { expectedArticle } from "./classify.js";

/**
 * retext-indefinite-article's logic on the shared tokenizer (see classify.ts): a retext parse
 * per file would cost more than all the other checkpoints together.
 */
export const articleRule: Rule = {
  id: "article",
  description: 'The indefinite article fits the sound of the next word: "an apology", "a user", "an hour".',
  defaultSeverity: "error",
  check(post) {
    const messages: RuleMessage[] = [];
    for (const prose of proseOf(post)) {
      const { words, masked } = prose;
      words.forEach((word, i) => {
        const lower = word.text.toLowerCase();
        const next = words[i + 1];
        if ((lower !== "a" && lower !== "an") || !next || messages.length >= ENOUGH_FINDINGS) return;
        // Only whitespace, perhaps an opening quote or bracket, between the article and the word.
        if (!/^\s+["“‘'([]?$/.test(masked.slice(word.end, next.start))) return;
        // "Station A equals", "a and b": a letter, not an article.
        if (word.text === "A" && !startsSentence(masked, word)) return;
        if (word.text === "a" && /^(and|nor|or)$/i.test(next.text)) return;
        // After "AN", a word in capitals is shouting ("AN UPDATE"), not an acronym read as letters.
        const expected = expectedArticle(next.text, word.text === "AN");
        if (!expected || expected === lower) return;
        const replacement = word.text[0] === "A" ? expected[0]?.toUpperCase() + expected.slice(1) : expected;
        messages.push({
          ...segmentSpan(post, prose.segment, word.start, word.end),
          message: `"${word.text} ${next.text}": expected "${replacement}" before "${next.text}"`,
          suggestions: [replacement],
        });
      });
    }
    return messages;
  },
};

function startsSentence(masked: string, word: Word): boolean {
  return /(^|[.!?:]["'’”)]*\s+|\n\s*)$/.test(masked.slice(Math.max(0, word.start - 20), word.start));
}
