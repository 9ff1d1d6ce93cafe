import { isAlias, isMap, isPair, isScalar, isSeq, type Node, parseDocument, visit } from "yaml";
import { parsePlainYaml } from "./plain-yaml.js";

/** Path into parsed data: object keys and array indexes. */
export type DataPath = readonly (string | number)[];

export interface YamlProblem {
  message: string;
  /** Offsets into the YAML source. */
  start: number;
  end?: number;
}

export interface ParsedYaml {
  value: unknown;
  problems: YamlProblem[];
  /** Source range of the value at `path`, or of its key when `key` is set; undefined when absent. */
  locate(path: DataPath, key?: boolean): { start: number; end: number } | undefined;
}

/** Keys that could reach an object's prototype if any code ever merged this data into an object. */
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export interface SafeYamlOptions {
  /** How many alias expansions a document may make: YAML bombs fail fast beyond it. */
  maxAliasCount?: number;
}

/**
 * Parses YAML as data only: YAML 1.2 core schema (no custom tags, no timestamps, no merge keys),
 * duplicate keys are errors, alias expansion is bounded, prototype keys are rejected and every
 * object has a null prototype.
 */
export function parseYamlSafe(source: string, options: SafeYamlOptions = {}): ParsedYaml {
  return parsePlainYaml(source) ?? parseWithYaml(source, options);
}

/** The same as parseYamlSafe, always through the `yaml` library (the plain-subset reader's reference). */
export function parseWithYaml(source: string, options: SafeYamlOptions = {}): ParsedYaml {
  const maxAliasCount = options.maxAliasCount ?? 50;
  const doc = parseDocument(source, {
    version: "1.2",
    schema: "core",
    merge: false,
    uniqueKeys: true,
    prettyErrors: false,
    strict: true,
    stringKeys: false,
  });
  const problems: YamlProblem[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    problems.push({ message: yamlMessage(error.code, error.message), start: error.pos[0], end: error.pos[1] });
  }
  // One walk checks the keys and builds the value; a document with an alias (rare in posts) takes
  // yaml's own conversion, which bounds the expansions.
  const walk: Walk = { problems, source, sawAlias: false };
  const built = toData(doc.contents as Node | null, walk);
  // Syntax and key problems are found in two passes; report them in file order.
  problems.sort((x, y) => x.start - y.start);

  let value: unknown;
  if (problems.length === 0 && !walk.sawAlias) value = built;
  else if (problems.length === 0) {
    try {
      value = toNullPrototype(doc.toJS({ maxAliasCount }));
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      const isBomb = /alias count/i.test(text);
      problems.push({
        message: isBomb
          ? `too many alias expansions (more than ${maxAliasCount}): YAML aliases are limited to keep files safe to load`
          : `could not read the YAML: ${text}`,
        // Point at the first alias: the whole document is no help to find the cause.
        start: isBomb ? firstAliasStart(doc) : 0,
      });
    }
  }

  return {
    value,
    problems,
    locate(path, key = false) {
      const found = findNode(doc, doc.contents as Node | null, path);
      if (!found) return undefined;
      const node = key && found.key ? found.key : found.value;
      const range = (node as { range?: [number, number, number] } | null)?.range;
      if (!range) return undefined;
      // A whole mapping or list is pointed at by its start: a span over many lines helps nobody.
      return isMap(node) || isSeq(node) ? { start: range[0], end: range[0] } : { start: range[0], end: range[1] };
    },
  };
}

function yamlMessage(code: string, message: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "duplicate key: each key may appear once in a mapping";
    case "TAG_RESOLVE_FAILED":
      return `${message.replace(/\.$/, "")}: custom YAML tags are not allowed; expected plain data`;
    default:
      return `invalid YAML: ${message.replace(/ at line \d+, column \d+.*$/s, "")}`;
  }
}

interface Walk {
  problems: YamlProblem[];
  source: string;
  sawAlias: boolean;
}

/**
 * Checks the keys and swallowed hashtags of `node` and returns its data: the value `doc.toJS()` would
 * give, with null-prototype objects (a later duplicate of a key as text, like `1` and `"1"`, wins in
 * the first one's place). Aliases are only noted (`walk.sawAlias`): their value is left undefined.
 */
function toData(node: Node | null, walk: Walk): unknown {
  if (!node) return null;
  if (isScalar(node)) {
    checkSwallowedHashtag(node, walk.problems, walk.source);
    return typeof node.value === "bigint" ? Number(node.value) : node.value;
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = Object.create(null);
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (key && !isScalar(key)) {
        walk.problems.push({ message: "complex mapping keys are not allowed; expected a plain key", start: rangeOf(key)[0] });
      } else if (key && RESERVED_KEYS.has(String(key.value))) {
        const [start, end] = rangeOf(key);
        walk.problems.push({ message: `key "${String(key.value)}" is not allowed: it is reserved`, start, end });
      }
      const value = toData(pair.value as Node | null, walk);
      if (!key) out[""] = value;
      else if (isScalar(key)) out[key.value === null ? "" : String(key.value)] = value;
    }
    return out;
  }
  if (isSeq(node)) {
    const out: unknown[] = [];
    for (const item of node.items) out.push(toData(item as Node | null, walk));
    return out;
  }
  if (isAlias(node)) walk.sawAlias = true;
  return undefined;
}

function firstAliasStart(doc: Parameters<typeof visit>[0]): number {
  let start = 0;
  visit(doc, {
    Alias(_key, node) {
      start = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return start;
}

/**
 * In YAML, " #" starts a comment, so `variant: Big news #WinterSale` silently drops the hashtag.
 * A comment glued to its first word after an unquoted value is almost always such text: refuse it
 * rather than publish less than was written. ("value # a note" stays an ordinary comment.)
 */
function checkSwallowedHashtag(node: Node, problems: YamlProblem[], source: string): void {
  if (!isScalar(node) || node.type !== "PLAIN" || !node.comment || !/^\S/.test(node.comment) || !node.range) return;
  const hash = source.indexOf("#", node.range[1]);
  if (hash === -1 || hash >= node.range[2]) return;
  problems.push({
    message: `the text from "#${node.comment.split(/\s/)[0]}" on is read as a YAML comment and dropped; quote the value or use a block scalar (|) to keep it`,
    start: hash,
    end: node.range[2],
  });
}

function rangeOf(node: Node): [number, number] {
  const range = node.range;
  return range ? [range[0], range[1]] : [0, 0];
}

function findNode(
  doc: Parameters<typeof resolveAlias>[0],
  root: Node | null,
  path: DataPath,
): { key?: Node; value: Node | null } | undefined {
  let current: Node | null = root;
  let key: Node | undefined;
  for (const segment of path) {
    current = resolveAlias(doc, current);
    if (!current) return undefined;
    if (isMap(current)) {
      const pair = current.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return undefined;
      key = pair.key as Node;
      current = pair.value as Node | null;
      // A key with no value ("channels:") has no value node: point at the key.
      if (!current) return { key, value: key };
    } else if (isSeq(current) && typeof segment === "number") {
      const item = current.items[segment] as Node | undefined;
      if (!item) return undefined;
      key = undefined;
      current = item;
    } else {
      return undefined;
    }
  }
  return key ? { key, value: current } : { value: current };
}

function resolveAlias(doc: { contents: unknown }, node: Node | null): Node | null {
  if (node && isAlias(node)) return (node.resolve(doc as never) as Node | undefined) ?? null;
  return node;
}

/** Deep copy into objects with no prototype, so a key can never shadow or reach Object.prototype. */
function toNullPrototype(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toNullPrototype);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = Object.create(null);
    for (const [k, v] of Object.entries(value)) out[k] = toNullPrototype(v);
    return out;
  }
  return value;
}
