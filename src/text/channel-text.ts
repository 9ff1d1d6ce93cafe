import { replaceComments } from "./tokens.js";

/** A fenced code block (CommonMark: a backtick fence's info has no backtick; an unclosed fence runs to the end). */
const FENCED = /^ {0,3}(`{3,}(?=[^`\n]*$)|~{3,})[^\n]*\n?([\s\S]*?)(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))/gm;

/**
 * The text a channel publishes, from the post's Markdown (body or variant).
 *
 * Social platforms take plain text, so the Markdown is flattened the same way everywhere
 * (length check, PR preview, publishers):
 * - HTML comments (checkpost suppressions, notes to reviewers) are removed;
 * - fenced code blocks lose their fences; the code inside is kept exactly as written;
 * - `[text](url)` becomes `text (url)`, or just `url` when the text is the URL; `<url>` becomes `url`;
 * - images `![alt](file)` are removed: media are attached through `media`, not inline;
 * - emphasis markers (`**`, `__`, `*`, `_`, `~~`) and inline-code backticks are removed, their text kept;
 *   a `_` inside a word (snake_case) is kept;
 * - ATX heading markers (`# ` with a space; `#hashtag` is not a heading) and block-quote `> ` are removed;
 * - backslash escapes (`\*`) become the character;
 * - trailing spaces are trimmed, runs of blank lines become one blank line, and the text is trimmed.
 * Lists, line breaks and hashtags are kept as written: they read well as plain text.
 *
 * The reference for these rules is remark's CommonMark reading, `markdownChannelText` (test/text/markdown-text.ts):
 * a test runs both on every example post and the bench corpus and pins where they part on purpose. This
 * flattener stays because it is about 40 times faster (some 25 µs a post against 1 ms), and the checks run it
 * on every post.
 */
export function renderChannelText(markdown: string): string {
  // Each step runs only on text holding a character its pattern needs: most posts have no Markdown syntax at all.
  // The steps a regular expression would run in quadratic time on some 250 KB post (it tries every opening
  // marker against the rest of the text) are small scanners with the same result; the others stay patterns.
  let text = markdown.includes("\r") ? markdown.replace(/\r\n?/g, "\n") : markdown;
  if (text.includes("<!--")) text = replaceComments(text, () => "");
  // Code is set aside so that no later step touches it, and put back at the end without its fences.
  const code: string[] = [];
  if (text.includes("```") || text.includes("~~~")) {
    text = text.replace(FENCED, (_m, _fence: string, body: string) => `\u0000${code.push(body.replace(/\n$/, "")) - 1}\u0000`);
  }
  if (text.includes("](")) text = flattenLinks(removeImages(text));
  if (text.includes("<http")) text = unwrapAutolinks(text);
  if (text.includes("`")) text = text.replace(/`([^`\n]*)`/g, "$1");
  if (text.includes("**") || text.includes("__") || text.includes("~~")) text = removeDoubleEmphasis(text);
  if (text.includes("*")) text = text.replace(/(?<![\p{L}\p{N}\\*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, "$1");
  if (text.includes("_")) text = text.replace(/(?<![\p{L}\p{N}\\_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, "$1");
  if (text.includes("#")) text = text.replace(/^ {0,3}#{1,6}[ \t]+/gm, "");
  if (text.includes(">")) text = text.replace(/^ {0,3}> ?/gm, "");
  if (text.includes("\\")) text = text.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, "$1");
  if (code.length > 0) text = text.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => code[Number(i)] ?? "");
  text = trimLineEnds(text);
  return (text.includes("\n\n\n") ? text.replace(/\n{3,}/g, "\n\n") : text).trim();
}

const SPACE = /\s/;
/** Whether a character is one `\s` matches; false past the end of the text. */
const isSpace = (c: string | undefined) => c !== undefined && SPACE.test(c);

/**
 * The first index at or after `from` whose character `isStop` accepts (the text's length when none), for
 * `from` that never decrease: an answer is reused while it lies ahead, so many starts before one far stop
 * cost one scan, not one each.
 */
function stopFinder(text: string, isStop: (c: string) => boolean): (from: number) => number {
  let askedFrom = Number.POSITIVE_INFINITY;
  let found = -1;
  return (from) => {
    if (askedFrom <= from && from <= found) return found;
    let i = from;
    while (i < text.length && !isStop(text[i] as string)) i++;
    askedFrom = from;
    found = i;
    return i;
  };
}

/**
 * `text.replace(/!\[[^\]]*\]\([^)]*\)/g, "")`. Every "![" before the same "]" fails or matches alike, so a
 * failed one skips to that "]"; once no ")" follows, none can.
 */
function removeImages(text: string): string {
  let out = "";
  let done = 0;
  let from = 0;
  for (let open = text.indexOf("![", from); open !== -1; open = text.indexOf("![", from)) {
    const close = text.indexOf("]", open + 2);
    if (close === -1) break;
    from = close + 1;
    if (text[close + 1] !== "(") continue;
    const end = text.indexOf(")", close + 2);
    if (end === -1) break;
    out += text.slice(done, open);
    done = end + 1;
    from = done;
  }
  return out + text.slice(done);
}

/**
 * `[text](url)` becomes `text (url)`, or just `url` when the text is the URL: the replacement of
 * /\[([^\]]+)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, found by hand. Every "[" before the same "]" shares
 * its fate; the URL runs to the first ")", space or ">", and what may follow it depends only on where it ends:
 * both are looked up once however many links share them.
 */
function flattenLinks(text: string): string {
  const urlStop = stopFinder(text, (c) => c === ")" || c === ">" || isSpace(c));
  const tails = new Map<number, number>();
  let out = "";
  let done = 0;
  let from = 0;
  for (let open = text.indexOf("[", from); open !== -1; open = text.indexOf("[", from)) {
    const close = text.indexOf("]", open + 1);
    if (close === -1) break;
    from = close + 1;
    if (close === open + 1 || text[close + 1] !== "(") continue;
    let start = close + 2;
    while (isSpace(text[start])) start++;
    // `<?`: a "<" before a URL character is skipped; otherwise it is the URL's first character.
    const urlStart = text[start] === "<" && urlStop(start + 1) > start + 1 ? start + 1 : start;
    const urlEnd = urlStop(urlStart);
    if (urlEnd === urlStart) continue;
    let end = tails.get(urlEnd);
    if (end === undefined) {
      end = linkEnd(text, urlEnd);
      tails.clear();
      tails.set(urlEnd, end);
    }
    if (end === -1) continue;
    const label = text.slice(open + 1, close);
    const url = text.slice(urlStart, urlEnd);
    out += text.slice(done, open) + (label.trim() === url ? url : `${label} (${url})`);
    done = end;
    from = end;
  }
  return out + text.slice(done);
}

/** Where `>?(?:\s+"[^"]*")?\s*\)` matched from a link's URL end ends, or -1. */
function linkEnd(text: string, urlEnd: number): number {
  const j = text[urlEnd] === ">" ? urlEnd + 1 : urlEnd;
  let k = j;
  while (isSpace(text[k])) k++;
  if (k > j && text[k] === '"') {
    const quote = text.indexOf('"', k + 1);
    if (quote === -1) return -1;
    let m = quote + 1;
    while (isSpace(text[m])) m++;
    return text[m] === ")" ? m + 1 : -1;
  }
  return text[k] === ")" ? k + 1 : -1;
}

/** `text.replace(/<(https?:\/\/[^>\s]+)>/g, "$1")`, the end of each URL looked up once for all starts before it. */
function unwrapAutolinks(text: string): string {
  const stop = stopFinder(text, (c) => c === ">" || isSpace(c));
  let out = "";
  let done = 0;
  for (let open = text.indexOf("<http", 0); open !== -1; open = text.indexOf("<http", Math.max(done, open + 1))) {
    const scheme = text.startsWith("s://", open + 5) ? 9 : text.startsWith("://", open + 5) ? 8 : 0;
    if (!scheme) continue;
    const end = stop(open + scheme);
    if (end === open + scheme || text[end] !== ">") continue;
    out += text.slice(done, open) + text.slice(open + 1, end);
    done = end + 1;
  }
  return out + text.slice(done);
}

const DOUBLE_MARKERS = ["**", "__", "~~"];

/**
 * `text.replace(/(\*\*|__|~~)(?=\S)([\s\S]*?\S)\1/g, "$2")`: a marker before a non-space, up to the nearest
 * same marker after a non-space. The pattern searched the rest of the text from every marker that has none
 * ("**a **a **a …"); here each marker's next closing place is looked up once for all the markers before it.
 */
function removeDoubleEmphasis(text: string): string {
  const closers = new Map(
    DOUBLE_MARKERS.map((marker) => {
      let askedFrom = Number.POSITIVE_INFINITY;
      let found = -1;
      const next = (from: number) => {
        if (askedFrom <= from && (found === -1 || from <= found)) return found;
        let at = text.indexOf(marker, from);
        while (at !== -1 && isSpace(text[at - 1])) at = text.indexOf(marker, at + 1);
        askedFrom = from;
        found = at;
        return at;
      };
      return [marker, next] as const;
    }),
  );
  let out = "";
  let done = 0;
  for (let p = 0; p + 2 < text.length; p++) {
    const c = text[p];
    if ((c !== "*" && c !== "_" && c !== "~") || text[p + 1] !== c || isSpace(text[p + 2])) continue;
    const close = (closers.get(c + c) as (from: number) => number)(p + 3);
    if (close === -1) continue;
    out += text.slice(done, p) + text.slice(p + 2, close);
    done = close + 2;
    p = done - 1;
  }
  return out + text.slice(done);
}

/** `text.replace(/[ \t]+$/gm, "")` without trying every space of a long run against the line's end. */
function trimLineEnds(text: string): string {
  let out = "";
  let done = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    // The line terminators of a multiline `$` (\r is gone by now), and the end of the text.
    if (i < text.length && c !== 10 && c !== 0x2028 && c !== 0x2029) continue;
    let end = i;
    while (end > done && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
    if (end < i) {
      out += text.slice(done, end);
      done = i;
    }
  }
  return done === 0 ? text : out + text.slice(done);
}
