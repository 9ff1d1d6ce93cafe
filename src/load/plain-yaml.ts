import type { DataPath, ParsedYaml } from "./safe-yaml.js";

/*
 * A fast reader for the plain YAML that front-matter almost always is: block mappings with simple keys,
 * block lists, one-line flow lists, one-line plain and quoted strings and `|` / `|-` literal blocks.
 *
 * Why: the `yaml` library builds a full concrete syntax tree for every post, about 0.13 ms each, which was
 * the largest single cost of a whole-repository check. This reader answers only when it is sure to give
 * exactly what `yaml` would (the same value and the same source ranges); for anything else (numbers other
 * than plain counts, booleans and nulls, anchors, tags, comments after a value, multi-line plain scalars, escapes, duplicate
 * or reserved keys, tabs, CR line ends, any syntax error) it returns undefined and the caller parses with
 * `yaml`, which also words the error messages. `plain-yaml.test.ts` holds it to that on generated documents.
 */

interface ScalarNode {
  kind: "scalar";
  start: number;
  end: number;
  value: string | number;
}

interface MapNode {
  kind: "map";
  start: number;
  keys: Map<string, { start: number; value: YamlNode }>;
  value: Record<string, unknown>;
}

interface SeqNode {
  kind: "seq";
  start: number;
  items: YamlNode[];
  value: unknown[];
}

type YamlNode = ScalarNode | MapNode | SeqNode;

/** Thrown (and caught below) when the source leaves the subset: `yaml` takes over. */
const OUTSIDE = Symbol("outside the plain subset");

/** Characters that need `yaml`'s care: tabs, CR, controls, NEL, line and paragraph separators, BOM. */
const UNUSUAL_CHARACTER = /[\t\r\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]/;

/** Plain scalars the YAML 1.2 core schema reads as null, booleans or numbers. */
const NOT_A_STRING =
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/** A whole number without sign or leading zero, small enough to be exact. */
const COUNT = /^(?:0|[1-9][0-9]{0,14})$/;

/** A key as front-matter writes them: `client`, `publish_at`, `acme-bluesky`. */
const KEY = /^[A-Za-z_][A-Za-z0-9_.-]*:(?= |$)/;

const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** The mark of a comment line glued to its first word ("#WinterSale"). */
const GLUED_COMMENT = -2;

/** First characters that give a plain scalar another meaning (indicators), or that `yaml` refuses there. */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`]/;

export function parsePlainYaml(source: string): ParsedYaml | undefined {
  if (UNUSUAL_CHARACTER.test(source)) return undefined;
  try {
    const root = new Reader(source).document();
    return {
      value: root.value,
      problems: [],
      locate: (path, key = false) => locate(root, path, key),
    };
  } catch (error) {
    if (error === OUTSIDE) return undefined;
    throw error;
  }
}

class Reader {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Indentation of each line; -1 for blank and comment-only lines, GLUED_COMMENT for a "#word" line. */
  private readonly indents: number[] = [];

  constructor(private readonly source: string) {
    let start = 0;
    while (start <= source.length) {
      let end = source.indexOf("\n", start);
      if (end === -1) end = source.length;
      let indent = start;
      while (source.charCodeAt(indent) === 32) indent++;
      this.starts.push(start);
      this.ends.push(end);
      const comment = source.charCodeAt(indent) === 35; /* # */
      // "#word" on a line of its own, outside a block scalar, may be a hashtag YAML drops from the value above.
      const glued = comment && indent + 1 < end && source.charCodeAt(indent + 1) !== 32;
      this.indents.push(glued ? GLUED_COMMENT : indent === end || comment ? -1 : indent - start);
      start = end + 1;
    }
  }

  document(): MapNode {
    const first = this.next(0);
    if (first === this.starts.length || this.indents[first] !== 0) throw OUTSIDE;
    const [map, after] = this.map(first, 0, this.starts[first] as number);
    if (this.next(after) !== this.starts.length) throw OUTSIDE;
    return map;
  }

  /**
   * The first line at or after `line` that holds content (not blank, not a comment). A "#word" comment line
   * skipped here is left to `yaml`, which reports it; inside a `|` block (read by `literal`) it is text.
   */
  private next(line: number): number {
    for (; line < this.indents.length; line++) {
      const indent = this.indents[line];
      if (indent === GLUED_COMMENT) throw OUTSIDE;
      if (indent !== -1) break;
    }
    return line;
  }

  /**
   * A block mapping whose keys sit at column `indent`; its first key starts at `firstAt` on `line` (after
   * "- " when the mapping is a list item). Returns the node and the line after it.
   */
  private map(line: number, indent: number, firstAt: number): [MapNode, number] {
    const node: MapNode = { kind: "map", start: firstAt, keys: new Map(), value: Object.create(null) };
    let at = firstAt;
    for (;;) {
      const end = this.ends[line] as number;
      const rest = this.source.slice(at, end);
      const key = KEY.exec(rest);
      if (!key) throw OUTSIDE;
      const name = key[0].slice(0, -1);
      if (name.length > 1024 || NOT_A_STRING.test(name) || RESERVED_KEYS.has(name) || node.keys.has(name)) throw OUTSIDE;
      let valueAt = at + key[0].length;
      while (this.source.charCodeAt(valueAt) === 32) valueAt++;
      let value: YamlNode;
      if (valueAt === end) {
        [value, line] = this.nested(line + 1, indent);
      } else if (this.source.charCodeAt(valueAt) === 124 /* | */) {
        [value, line] = this.literal(line, valueAt, indent);
      } else {
        value = this.inline(valueAt, end);
        line += 1;
      }
      node.keys.set(name, { start: at, value });
      node.value[name] = value.value;
      line = this.next(line);
      if (line === this.starts.length) return [node, line];
      const next = this.indents[line] as number;
      if (next < indent) return [node, line];
      if (next > indent) throw OUTSIDE;
      at = (this.starts[line] as number) + indent;
      // A list item at the mapping's own column belongs to whoever holds this mapping (or is an error).
      if (this.source.charCodeAt(at) === 45 /* - */) return [node, line];
    }
  }

  /** The block value of a key written alone on its line: a mapping or list below it. */
  private nested(line: number, parentIndent: number): [YamlNode, number] {
    line = this.next(line);
    if (line === this.starts.length) throw OUTSIDE;
    const indent = this.indents[line] as number;
    const at = (this.starts[line] as number) + indent;
    const isItem = this.source.charCodeAt(at) === 45 && /^-(?: |$)/.test(this.source.slice(at, at + 2));
    // A list may sit at its key's own column; a mapping must be indented further; anything else is an empty value.
    if (isItem && indent >= parentIndent) return this.seq(line, indent);
    if (!isItem && indent > parentIndent) return this.map(line, indent, at);
    throw OUTSIDE;
  }

  /** A block list whose "-" sit at column `indent`. */
  private seq(line: number, indent: number): [SeqNode, number] {
    const node: SeqNode = { kind: "seq", start: (this.starts[line] as number) + indent, items: [], value: [] };
    for (;;) {
      const dash = (this.starts[line] as number) + indent;
      const end = this.ends[line] as number;
      if (this.source.charCodeAt(dash) !== 45 || this.source.charCodeAt(dash + 1) !== 32) throw OUTSIDE;
      let at = dash + 1;
      while (this.source.charCodeAt(at) === 32) at++;
      if (at === end) throw OUTSIDE;
      let item: YamlNode;
      if (KEY.test(this.source.slice(at, end))) {
        [item, line] = this.map(line, at - (this.starts[line] as number), at);
      } else {
        const first = this.source.charCodeAt(at);
        if (first === 45 /* - */ || first === 124 /* | */) throw OUTSIDE;
        item = this.inline(at, end);
        line = this.next(line + 1);
      }
      node.items.push(item);
      node.value.push(item.value);
      if (line === this.starts.length) return [node, line];
      const next = this.indents[line] as number;
      if (next < indent) return [node, line];
      if (next > indent) throw OUTSIDE;
      if (this.source.charCodeAt((this.starts[line] as number) + indent) !== 45) return [node, line];
    }
  }

  /** A value that ends on its own line: a plain or quoted string, or a flow list. */
  private inline(at: number, end: number): YamlNode {
    const first = this.source.charCodeAt(at);
    if (first === 91 /* [ */) return this.flowList(at, end);
    if (first === 34 /* " */ || first === 39 /* ' */) {
      const scalar = this.quoted(at, end);
      if (!/^ *$/.test(this.source.slice(scalar.end, end))) throw OUTSIDE;
      return scalar;
    }
    const text = trimSpaces(this.source.slice(at, end));
    // Counts and limits in a config ("max_characters: 500"): the one kind of number read here.
    if (COUNT.test(text)) return { kind: "scalar", start: at, end: at + text.length, value: Number(text) };
    if (INDICATOR_START.test(text) || text.includes(": ") || text.endsWith(":") || text.includes(" #") || NOT_A_STRING.test(text)) {
      throw OUTSIDE;
    }
    return { kind: "scalar", start: at, end: at + text.length, value: text };
  }

  /** A quoted string on one line without escapes. */
  private quoted(at: number, end: number): ScalarNode {
    const quote = this.source[at] as string;
    let close = this.source.indexOf(quote, at + 1);
    let value: string;
    if (quote === '"') {
      if (close === -1 || close >= end || this.source.slice(at + 1, close).includes("\\")) throw OUTSIDE;
      value = this.source.slice(at + 1, close);
    } else {
      // '' is a quote inside a single-quoted string.
      while (close !== -1 && close < end && this.source.charCodeAt(close + 1) === 39) close = this.source.indexOf("'", close + 2);
      if (close === -1 || close >= end) throw OUTSIDE;
      value = this.source.slice(at + 1, close).replaceAll("''", "'");
    }
    return { kind: "scalar", start: at, end: close + 1, value };
  }

  /** `[a, b]` on one line, of plain or quoted strings. */
  private flowList(at: number, end: number): SeqNode {
    const node: SeqNode = { kind: "seq", start: at, items: [], value: [] };
    let i = at + 1;
    const skipSpaces = () => {
      while (this.source.charCodeAt(i) === 32) i++;
    };
    skipSpaces();
    if (this.source.charCodeAt(i) !== 93 /* ] */) {
      for (;;) {
        let item: ScalarNode;
        const first = this.source.charCodeAt(i);
        if (first === 34 || first === 39) {
          item = this.quoted(i, end);
        } else {
          let stop = i;
          while (stop < end && !",[]{}#:".includes(this.source[stop] as string)) stop++;
          const text = trimSpaces(this.source.slice(i, stop));
          if (text === "" || INDICATOR_START.test(text) || NOT_A_STRING.test(text)) throw OUTSIDE;
          item = { kind: "scalar", start: i, end: i + text.length, value: text };
        }
        node.items.push(item);
        node.value.push(item.value);
        i = item.end;
        skipSpaces();
        const c = this.source.charCodeAt(i);
        if (c === 93) break;
        if (c !== 44 /* , */) throw OUTSIDE;
        i++;
        skipSpaces();
        if (this.source.charCodeAt(i) === 93) throw OUTSIDE;
      }
    }
    if (!/^ *$/.test(this.source.slice(i + 1, end))) throw OUTSIDE;
    return node;
  }

  /** A `|` or `|-` literal block below the key on `line`, whose mapping sits at column `parentIndent`. */
  private literal(line: number, at: number, parentIndent: number): [ScalarNode, number] {
    const header = trimSpaces(this.source.slice(at, this.ends[line]));
    if (header !== "|" && header !== "|-") throw OUTSIDE;
    const keep = header === "|" ? "\n" : "";
    let first = line + 1;
    // Leading blank lines (and lines of spaces) have rules of their own: leave them to `yaml`.
    if (first >= this.starts.length || this.isBlank(first)) throw OUTSIDE;
    const indent = this.leadingSpaces(first);
    if (indent <= parentIndent) throw OUTSIDE;
    const lines: string[] = [];
    let last = first;
    for (; first < this.starts.length; first++) {
      const start = this.starts[first] as number;
      const end = this.ends[first] as number;
      if (this.isBlank(first)) {
        if (end - start > indent) throw OUTSIDE;
        lines.push("");
        continue;
      }
      const spaces = this.leadingSpaces(first);
      if (spaces < indent) {
        if (spaces > parentIndent) throw OUTSIDE;
        break;
      }
      lines.push(this.source.slice(start + indent, end));
      last = first;
    }
    lines.length = last - line;
    const lastEnd = this.ends[last] as number;
    return [
      { kind: "scalar", start: at, end: lastEnd < this.source.length ? lastEnd + 1 : lastEnd, value: lines.join("\n") + keep },
      last + 1,
    ];
  }

  private isBlank(line: number): boolean {
    return /^ *$/.test(this.source.slice(this.starts[line], this.ends[line]));
  }

  private leadingSpaces(line: number): number {
    const start = this.starts[line] as number;
    let i = start;
    while (this.source.charCodeAt(i) === 32) i++;
    return i - start;
  }
}

/** Trailing spaces only: YAML trims no other white space (a no-break space stays part of the value). */
function trimSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(0, end);
}

/** What `yaml`'s nodes give for `path`: a scalar's range, a collection's start, or a key's range. */
function locate(root: YamlNode, path: DataPath, atKey: boolean): { start: number; end: number } | undefined {
  let node: YamlNode = root;
  let key: { start: number; end: number } | undefined;
  for (const segment of path) {
    if (node.kind === "map") {
      const entry = node.keys.get(String(segment));
      if (!entry) return undefined;
      key = { start: entry.start, end: entry.start + String(segment).length };
      node = entry.value;
    } else if (node.kind === "seq" && typeof segment === "number") {
      const item = node.items[segment];
      if (!item) return undefined;
      key = undefined;
      node = item;
    } else {
      return undefined;
    }
  }
  if (atKey && key) return key;
  return node.kind === "scalar" ? { start: node.start, end: node.end } : { start: node.start, end: node.start };
}
