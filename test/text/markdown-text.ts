import type { Definition, Nodes, Parents, Root } from "mdast";
import { remark } from "remark";

/**
 * The channel text of a post, read through remark's syntax tree (CommonMark) instead of patterns.
 *
 * It follows the rules written on `renderChannelText` (src/text/channel-text.ts), the fast flattener the
 * checks run on every post; this one is the reference that flattener is tested against
 * (src/text/markdown-text.test.ts), the way gray-matter is the reference for the front-matter split.
 *
 * The tree says WHAT is syntax; the source says how the rest was written. So the output is the source
 * with edits at the tree's positions (markers removed, links rewritten), never a re-serialisation:
 * lists, line breaks, indentation and hashtags stay byte for byte as written.
 *
 * Where CommonMark and the flattener's documented rules part, social posts decide (each case is a row
 * of the table test):
 * - `*` emphasis inside a word (`2*3*4`): CommonMark makes `3` emphasis; a social post means the
 *   asterisks, so `*` emphasis touching a letter or digit outside is kept as written. (`_` inside a
 *   word is never emphasis in CommonMark: `snake_case` is safe either way.)
 * - `~~strike~~` is GitHub's extension, not CommonMark; the rule removes its markers, so a paragraph's
 *   own text pairs them as the flattener does (never inside code).
 * - Character references (`&amp;`) are kept as written: the rules resolve backslash escapes only, and
 *   a plain-text post shows what its author typed.
 * - Where CommonMark knows better, it wins: emphasis across a soft line break, `__` inside a word (not
 *   strong), link targets with parentheses or `<…>`, a `>` quote inside a list item, the closing `#`s
 *   of a heading, a backslash hard break, fenced code (fences removed, code kept as written) and inline
 *   syntax inside code, which stays code. Reference links (`[text][ref]`) read like links and their
 *   definitions go, as on GitHub.
 */
export function markdownChannelText(markdown: string): string {
  const source = markdown.includes("\r") ? markdown.replace(/\r\n?/g, "\n") : markdown;
  const tree = parser().parse(source);
  const edits: Edit[] = [];
  collect(tree, source, definitionsOf(tree), edits);
  let text = applyEdits(source, edits);
  text = text.replace(/[ \t]+$/gm, "");
  return text.replace(/\n{3,}/g, "\n\n").trim();
}

/** Replace source[start, end) with `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

let processor: ReturnType<typeof remark> | undefined;
/** One parser, built on first use. */
function parser(): ReturnType<typeof remark> {
  processor ??= remark();
  return processor;
}

function definitionsOf(tree: Root): Map<string, Definition> {
  const found = new Map<string, Definition>();
  const visit = (node: Nodes): void => {
    if (node.type === "definition" && !found.has(node.identifier)) found.set(node.identifier, node);
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

const start = (node: Nodes): number => node.position?.start.offset ?? 0;
const end = (node: Nodes): number => node.position?.end.offset ?? 0;

/** The plain text of phrasing content, as CommonMark reads it (escapes resolved). */
function plain(node: Nodes): string {
  if (node.type === "text" || node.type === "inlineCode") return node.value;
  if (node.type === "image" || node.type === "imageReference" || node.type === "html") return "";
  return "children" in node ? node.children.map(plain).join("") : "";
}

const WORD = /[\p{L}\p{N}]/u;
const ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
const COMMENT = /<!--[\s\S]*?-->/g;

/** Where `node` starts, widened over the indentation before it when only spaces precede it on its line (`  # Title`). */
function lineStart(source: string, node: Nodes): number {
  let at = start(node);
  while (at > 0 && source[at - 1] === " ") at--;
  return at === 0 || source[at - 1] === "\n" ? at : start(node);
}

/** Removes the opening and closing markers of `node` around its children, keeping what they enclose. */
function unwrap(node: Parents, from: number, edits: Edit[], closing = ""): boolean {
  const first = node.children[0];
  const last = node.children.at(-1);
  if (!first || !last) return false;
  edits.push({ start: from, end: start(first), text: "" }, { start: end(last), end: end(node), text: closing });
  return true;
}

function collect(node: Nodes, source: string, definitions: Map<string, Definition>, edits: Edit[]): void {
  switch (node.type) {
    case "html":
      for (const m of source.slice(start(node), end(node)).matchAll(COMMENT)) {
        edits.push({ start: start(node) + m.index, end: start(node) + m.index + m[0].length, text: "" });
      }
      return;
    case "image":
    case "imageReference":
    case "definition":
      edits.push({ start: start(node), end: end(node), text: "" });
      return;
    case "inlineCode": {
      // The backtick runs go, with the one space that pads code touching a backtick (`` `x` ``); the code stays as written.
      const written = source.slice(start(node), end(node));
      const run = /^`+/.exec(written)?.[0].length ?? 1;
      const pad = / [\s\S]*\S[\s\S]* $/.test(written.slice(run, written.length - run)) ? 1 : 0;
      edits.push(
        { start: start(node), end: start(node) + run + pad, text: "" },
        { start: end(node) - run - pad, end: end(node), text: "" },
      );
      return;
    }
    case "code":
      // Fenced code: the fences go, the code stays (its value, fences and container markers stripped). Indented code stays as written.
      if (/^ {0,3}(`{3,}|~{3,})/.test(source.slice(lineStart(source, node), end(node)))) {
        edits.push({ start: lineStart(source, node), end: end(node), text: node.value });
      }
      return;
    case "text":
      for (const m of source.slice(start(node), end(node)).matchAll(ESCAPE)) {
        edits.push({ start: start(node) + m.index, end: start(node) + m.index + 1, text: "" });
      }
      return;
    case "break":
      if (source[start(node)] === "\\") edits.push({ start: start(node), end: start(node) + 1, text: "" });
      return;
    case "heading":
      // ATX only (`# Title`): a setext heading's underline stays as written, like any line of dashes.
      if (source[start(node)] === "#") unwrap(node, lineStart(source, node), edits);
      break;
    case "blockquote":
      quoteMarkers(node, source, edits);
      break;
    case "emphasis":
    case "strong":
    case "delete": {
      const marker = source[start(node)];
      const inWord =
        marker === "*" && node.type === "emphasis" && (WORD.test(source[start(node) - 1] ?? "") || WORD.test(source[end(node)] ?? ""));
      if (!inWord) unwrap(node, start(node), edits);
      break;
    }
    case "link":
    case "linkReference": {
      const url = node.type === "link" ? node.url : definitions.get(node.identifier)?.url;
      if (url === undefined) break; // a reference without a definition is plain text
      const text = plain(node).trim();
      if (source[start(node)] === "<" || text === "" || text === url) {
        // An autolink, or a link whose text is its target: the target alone (an autolink keeps what was written between `<` `>`).
        edits.push({
          start: start(node),
          end: end(node),
          text: source[start(node)] === "<" ? source.slice(start(node) + 1, end(node) - 1) : url,
        });
        return;
      }
      unwrap(node, start(node), edits, ` (${url})`);
      break;
    }
  }
  if ("children" in node) for (const child of node.children) collect(child, source, definitions, edits);
  if (node.type === "paragraph" || node.type === "heading") strike(node, source, edits);
}

/** The `>` (and one space) that opens each line of a block quote; a lazy line without one is left alone. */
function quoteMarkers(node: Nodes, source: string, edits: Edit[]): void {
  const first = lineStart(source, node);
  // How far the quote sits from the start of its lines: 0 at the top, the list item's indent inside a list.
  const indent = first - (source.lastIndexOf("\n", first - 1) + 1);
  for (let line = first; line < end(node); ) {
    const marker = /^ {0,3}> ?/.exec(source.slice(line, end(node)));
    if (marker) edits.push({ start: line, end: line + marker[0].length, text: "" });
    const next = source.indexOf("\n", line);
    if (next < 0) return;
    line = next + 1 + indent;
  }
}

/** GitHub's `~~strike~~` within one paragraph's text, paired as the flattener pairs them: opener before a non-space, closer after one. */
function strike(node: Parents, source: string, edits: Edit[]): void {
  const marks: number[] = [];
  for (const child of node.children) {
    if (child.type !== "text") continue;
    const from = start(child);
    let at = source.indexOf("~~", from);
    while (at >= 0 && at + 2 <= end(child)) {
      marks.push(at);
      at = source.indexOf("~~", at + 2);
    }
  }
  let open: number | undefined;
  for (const at of marks) {
    if (open === undefined) {
      if (/\S/.test(source[at + 2] ?? "")) open = at;
    } else if (/\S/.test(source[at - 1] ?? "") && at > open + 2) {
      edits.push({ start: open, end: open + 2, text: "" }, { start: at, end: at + 2, text: "" });
      open = undefined;
    }
  }
}

/** Applies edits in source order; an edit inside one already applied (a container's marker inside replaced code) is dropped. */
function applyEdits(source: string, edits: Edit[]): string {
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let cursor = 0;
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    out += source.slice(cursor, edit.start) + edit.text;
    cursor = edit.end;
  }
  return out + source.slice(cursor);
}
