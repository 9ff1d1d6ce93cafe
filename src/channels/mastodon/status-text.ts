/**
 * Recognising a status by its text, to resolve an interrupted create once the instance has forgotten its
 * Idempotency-Key. Mastodon keeps the plain text it was sent but returns it (`text`) only from a delete; lists
 * give the HTML it rendered (`content`): paragraphs, `<br />`, links split into visible and invisible spans,
 * mentions shortened to `@user`, hashtags as links. Turning that HTML back into text and normalising both sides
 * (whitespace, `@user@domain` → `@user`, Unicode NFC) compares what a person would call the same text.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The status's text: its source when the instance sent it, else its rendered HTML turned back into text. */
export function statusPlainText(status: { content: string; text?: string | null }): string {
  if (typeof status.text === "string") return status.text;
  return htmlToText(status.content);
}

/** Whether a status's text and the text that was sent are the same, as Mastodon renders them. */
export function sameStatusText(statusText: string, sent: string): boolean {
  return comparable(statusText) === comparable(sent);
}

export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/p>\s*<p(?:\s[^>]*)?>/gi, "\n\n")
      .replace(/<[^>]*>/g, ""),
  );
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#")) {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Mastodon shows a mention of `@user@domain` as `@user`; whitespace and line breaks are layout, not text. */
function comparable(text: string): string {
  return text
    .normalize("NFC")
    .replace(/(^|[^\p{L}\p{N}_/])@([\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\p{L}/gu, "$1@$2")
    .replace(/\s+/g, " ")
    .trim();
}
