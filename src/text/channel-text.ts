/**
 * The text a channel publishes, from the post's Markdown (body or variant).
 *
 * Social platforms take plain text, so the Markdown is flattened the same way everywhere
 * (length check, PR preview, publishers):
 * - HTML comments (checkpost suppressions, notes to reviewers) are removed;
 * - `[text](url)` becomes `text (url)`, or just `url` when the text is the URL; `<url>` becomes `url`;
 * - images `![alt](file)` are removed: media are attached through `media`, not inline;
 * - emphasis markers (`**`, `__`, `*`, `_`, `~~`) and inline-code backticks are removed, their text kept;
 *   a `_` inside a word (snake_case) is kept;
 * - ATX heading markers (`# ` with a space; `#hashtag` is not a heading) and block-quote `> ` are removed;
 * - backslash escapes (`\*`) become the character;
 * - trailing spaces are trimmed, runs of blank lines become one blank line, and the text is trimmed.
 * Lists, line breaks and hashtags are kept as written: they read well as plain text.
 */
export function renderChannelText(markdown: string): string {
  // Each step runs only on text holding a character its pattern needs: most posts have no Markdown syntax at all.
  let text = markdown.includes("\r") ? markdown.replace(/\r\n?/g, "\n") : markdown;
  if (text.includes("<!--")) text = text.replace(/<!--[\s\S]*?-->/g, "");
  if (text.includes("](")) {
    text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, "");
    text = text.replace(/\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, (_m, label: string, url: string) =>
      label.trim() === url ? url : `${label} (${url})`,
    );
  }
  if (text.includes("<http")) text = text.replace(/<(https?:\/\/[^>\s]+)>/g, "$1");
  if (text.includes("`")) text = text.replace(/`([^`\n]*)`/g, "$1");
  if (text.includes("**") || text.includes("__") || text.includes("~~")) text = text.replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, "$2");
  if (text.includes("*")) text = text.replace(/(?<![\p{L}\p{N}\\*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, "$1");
  if (text.includes("_")) text = text.replace(/(?<![\p{L}\p{N}\\_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, "$1");
  if (text.includes("#")) text = text.replace(/^ {0,3}#{1,6}[ \t]+/gm, "");
  if (text.includes(">")) text = text.replace(/^ {0,3}> ?/gm, "");
  if (text.includes("\\")) text = text.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, "$1");
  text = text.replace(/[ \t]+$/gm, "");
  return (text.includes("\n\n\n") ? text.replace(/\n{3,}/g, "\n\n") : text).trim();
}
