/**
 * HTML from strings, escaped: every piece of a post (its text, a claim, a file name, a finding) is the writer's
 * and may hold `<script>`; it reaches the page only through `escapeHtml` or `attr`.
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

/** ` name="value"` escaped, or nothing when the value is undefined. */
export function attr(name: string, value: string | number | undefined): string {
  return value === undefined ? "" : ` ${name}="${escapeHtml(String(value))}"`;
}

/** A string safe as an id or class fragment (letters, digits, `-`). */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "x"
  );
}
