import { showControlCharacters } from "../text/control-characters.js";

/**
 * Values from a post or its path, made safe for the Markdown of the preview comment, the check run and the job
 * summary: each renders as exactly its text, whatever it holds. A title must not become an image (a tracking
 * pixel), a link, a fake badge, an HTML comment hiding the rest of the review, or a mention notifying a team.
 */

/** Punctuation that can start Markdown or HTML inline: escaped with a backslash, which renders as the character. */
const INLINE_PUNCTUATION = /[\\`*_[\]()<>!|~&]/g;

/** Text in running Markdown (a heading, a list item, a table cell): one line, no markup, no mention or reference. */
export function mdText(text: string): string {
  return (
    showControlCharacters(text.replace(/\s*[\r\n]\s*/g, " ").replace(/\t/g, " "))
      .replace(INLINE_PUNCTUATION, "\\$&")
      // GitHub links @login, @org/team and #123 in text (never in code): a zero-width space keeps them text.
      .replace(/([@#])(?=[\p{L}\p{N}])/gu, "$1\u200b")
  );
}

/** A path (or any name) as an inline code span: verbatim, control characters written out, never closed early. */
export function mdCode(text: string): string {
  const shown = showControlCharacters(text);
  const longest = Math.max(0, ...[...shown.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  // A span starting or ending with a backtick (or only spaces) needs a space inside each delimiter, which Markdown strips.
  const pad = /^`|`$|^ +$/.test(shown) || shown === "" ? " " : "";
  return `${ticks}${pad}${shown}${pad}${ticks}`;
}

/** Inside a table row a `|` ends the cell, even in a code span: GitHub's tables take `\|` as the character. */
export function inCell(markdown: string): string {
  return markdown.replace(/(?<!\\)\|/g, "\\|");
}
