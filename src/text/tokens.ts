/**
 * Social syntax that prose checks must recognise: URLs, hashtags, @mentions (also `@user@instance`).
 * Compiled once; callers use `matchAll` (global regexes keep no state across `matchAll`).
 */

/**
 * An http(s) URL up to whitespace or a closing bracket (Markdown wraps URLs in both), except the brackets
 * of an IPv6 host; trailing sentence punctuation is trimmed by `urlsIn`.
 */
export const URL_RE = /\bhttps?:\/\/(?:\[[0-9a-f:.]+\][^\s<>"'`\])}]*|[^\s<>"'`\])}]+)/gi;
/** A hashtag holds at least one letter, so "#1" is not a hashtag; "a#b" and URL fragments are not either. */
export const HASHTAG_RE = /(?<![\p{L}\p{N}_&/#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
/** `@user` or `@user@instance.tld`; not an e-mail address (no word character before the @). */
export const MENTION_RE = /(?<![\p{L}\p{N}_@./])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?/gu;

export interface Found {
  text: string;
  index: number;
}

/**
 * A `URL_RE` match without the sentence punctuation (and leftover emphasis markers) after it: "https://a.example/x."
 * links to ".../x", as the platforms link and count it.
 */
export function trimUrl(match: string): string {
  // From the end, not /[.,;:!?*_~]+$/: that pattern tried every dot of "…/x.....a" against the end of the URL.
  let end = match.length;
  while (end > 0 && URL_TRAILER.has(match[end - 1] as string)) end--;
  return end === match.length ? match : match.slice(0, end);
}

const URL_TRAILER = new Set(".,;:!?*_~");

/** Every URL with its offset; "https://a.example/x." ends before the full stop. */
export function urlsIn(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(URL_RE)) out.push({ text: trimUrl(m[0]), index: m.index });
  return out;
}

/**
 * Remembers a function's last answer: rules ask about the same segment text one after another (the hashtag and
 * mention counts once per channel, the sensitive topics once per topic), and the same string is compared in O(1).
 */
function lastAnswer<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T | undefined;
  return (text) => {
    if (text !== lastText) {
      last = compute(text);
      lastText = text;
    }
    return last as T;
  };
}

const hashtagsOf = lastAnswer((text) => [...maskUrls(text).matchAll(HASHTAG_RE)].map((m) => ({ text: m[0], index: m.index })));
const mentionsOf = lastAnswer((text) => [...maskUrls(text).matchAll(MENTION_RE)].map((m) => ({ text: m[0], index: m.index })));

export function hashtagsIn(text: string): Found[] {
  return hashtagsOf(text).map((found) => ({ ...found }));
}

export function mentionsIn(text: string): Found[] {
  return mentionsOf(text).map((found) => ({ ...found }));
}

/** Replaces every URL by spaces of the same length, so offsets stay valid and nothing inside a URL matches. */
export const maskUrls = lastAnswer((text) => (text.includes("://") ? text.replace(URL_RE, (url) => " ".repeat(url.length)) : text));

/** Masks URLs, hashtags, mentions, inline code and HTML comments: what is left is prose. */
export function maskSocialSyntax(text: string): string {
  return replaceComments(maskUrls(text), blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(HASHTAG_RE, blank)
    .replace(MENTION_RE, blank);
}

function blank(match: string): string {
  return match.includes("\n") ? match.replace(/[^\n]/g, " ") : " ".repeat(match.length);
}

/**
 * `text.replace(/<!--[\s\S]*?-->/g, replace)` by indexOf: the pattern searched the rest of the text for "-->"
 * from every "<!--", and once one comment has no end, no later one has.
 */
export function replaceComments(text: string, replace: (comment: string) => string): string {
  if (!text.includes("<!--")) return text;
  let out = "";
  let done = 0;
  for (let open = text.indexOf("<!--"); open !== -1; open = text.indexOf("<!--", done)) {
    const close = text.indexOf("-->", open + 4);
    if (close === -1) break;
    out += text.slice(done, open) + replace(text.slice(open, close + 3));
    done = close + 3;
  }
  return out + text.slice(done);
}
