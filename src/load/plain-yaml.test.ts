import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "./front-matter.js";
import { parsePlainYaml } from "./plain-yaml.js";
import { type DataPath, type ParsedYaml, parseWithYaml } from "./safe-yaml.js";

const repo = path.resolve(import.meta.dirname, "../..");

/** Every path into a value, plus one missing key and one missing index below each collection. */
function pathsOf(value: unknown, at: DataPath = []): DataPath[] {
  const paths: DataPath[] = [at];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) paths.push(...pathsOf(item, [...at, i]));
    paths.push([...at, value.length], [...at, "x"]);
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) paths.push(...pathsOf(item, [...at, key]));
    paths.push([...at, "missing-key"], [...at, 0]);
  } else {
    paths.push([...at, "below-a-scalar"]);
  }
  return paths;
}

function nullPrototypesOnly(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(nullPrototypesOnly);
  if (value && typeof value === "object") return Object.getPrototypeOf(value) === null && Object.values(value).every(nullPrototypesOnly);
  return true;
}

/** What a reader answers, in comparable form: the value with its key order, and every location. */
function answers(parsed: ParsedYaml): unknown {
  return {
    problems: parsed.problems,
    value: JSON.stringify(parsed.value),
    locations: pathsOf(parsed.value).flatMap((p) => [parsed.locate(p), parsed.locate(p, true)]),
  };
}

/** The fast reader either declines or answers exactly what `yaml` answers. */
function expectSameAsYaml(source: string): boolean {
  const fast = parsePlainYaml(source);
  if (!fast) return false;
  const reference = parseWithYaml(source);
  expect(reference.problems, source).toEqual([]);
  expect(answers(fast), source).toEqual(answers(reference));
  expect(nullPrototypesOnly(fast.value)).toBe(true);
  return true;
}

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(file).isDirectory() ? filesUnder(file, keep) : keep(file) ? [file] : [];
  });
}

/** A small seeded generator: the same documents on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

// Mostly what front-matter holds, with odd pieces mixed in a tenth of the time.
const KEYS = ["client", "channels", "title", "alt", "a", "b_c", "acme-bluesky", "x.y"];
const ODD_KEYS = ["null", "true", "1", "__proto__", "key with space", "-k", "k:", "'q'", "? k"];
const SCALARS = [
  "plain text",
  "C# and F#",
  "2027-12-01T09:30:00+01:00",
  "https://acme.example/a?b=c#d",
  "email from Jane Doe, 2026-11-18",
  'He said "hi"',
  "it's",
  "no",
  "500",
  "0",
  "...",
  "[a, b]",
  "[]",
  "[ a , 'b c' ]",
  '"quoted"',
  "'single ''quoted'''",
  "ünïcödé ✓ 🎉",
  "trailing spaces   ",
  "trailing no-break space\u00a0",
  "ideographic space\u3000",
  "\u2003",
];
const ODD_SCALARS = [
  "Winter sale: 40% off",
  "Big news #WinterSale",
  "a #comment",
  "007",
  "+5",
  "-0",
  "1234567890123456789",
  "1.5",
  "-3",
  ".inf",
  "0x1F",
  "1e3",
  "~",
  "null",
  "True",
  "- item",
  "?q",
  ":smile:",
  "@jane",
  "`code`",
  "%pct",
  "&anchor x",
  "*alias",
  "!tag x",
  "[a, b,]",
  "[a, [b]]",
  "[https://x.example]",
  "{a: b}",
  '"with \\" escape"',
  '"unterminated',
  "'a' trailing",
  '"a" # note',
  "value:",
  "a: b",
  "---",
  "",
];

type Random = ReturnType<typeof random>;
const keyOf = (rand: Random) => (rand.next() < 0.05 ? rand.pick(ODD_KEYS) : rand.pick(KEYS));
const scalarOf = (rand: Random) => (rand.next() < 0.1 ? rand.pick(ODD_SCALARS) : rand.pick(SCALARS));

function literal(rand: Random, indent: string): string {
  const header = rand.next() < 0.8 ? rand.pick(["|", "|-"]) : rand.pick(["|+", ">", ">-", "|2", "| # c", "|\u00a0", "|- "]);
  const lines: string[] = [];
  const count = 1 + Math.floor(rand.next() * 4);
  for (let i = 0; i < count; i++) {
    const odd = rand.pick(["", "   ", "  more indented", "# not a comment", "#HashtagLine", "key: value", "- dash"]);
    lines.push(rand.next() < 0.7 ? "line of text" : odd);
  }
  return `${header}\n${lines.map((line) => (line === "" ? line : `${indent}  ${line}`)).join("\n")}\n`;
}

function mapping(rand: Random, indent: string, depth: number): string {
  let out = "";
  const count = 1 + Math.floor(rand.next() * 4);
  for (let i = 0; i < count; i++) {
    const key = `${keyOf(rand)}${i > 0 && rand.next() < 0.5 ? i : ""}`;
    const kind = rand.next();
    if (depth < 3 && kind < 0.15) out += `${indent}${key}:\n${mapping(rand, `${indent}  `, depth + 1)}`;
    else if (depth < 3 && kind < 0.3) out += `${indent}${key}:\n${sequence(rand, rand.next() < 0.5 ? indent : `${indent}  `, depth + 1)}`;
    else if (kind < 0.4) out += `${indent}${key}: ${literal(rand, indent)}`;
    else out += `${indent}${key}: ${scalarOf(rand)}\n`;
    if (rand.next() < 0.1) {
      out += rand.pick([
        "\n",
        `${indent}# a comment\n`,
        "# column one\n",
        "   \n",
        `${indent}  # deeper\n`,
        `${indent}  #deeper\n`,
        "#glued\n",
      ]);
    }
  }
  return out;
}

function sequence(rand: Random, indent: string, depth: number): string {
  let out = "";
  const count = 1 + Math.floor(rand.next() * 3);
  for (let i = 0; i < count; i++) {
    if (depth < 3 && rand.next() < 0.5) {
      const inner = mapping(rand, `${indent}  `, depth + 1);
      out += `${indent}- ${inner.slice(indent.length + 2)}`;
    } else {
      out += `${indent}- ${scalarOf(rand)}\n`;
    }
  }
  return out;
}

/** Small damage of the kinds people make: an indent off by one, a tab, a lost newline. */
function damage(rand: Random, source: string): string {
  const lines = source.split("\n");
  const i = Math.floor(rand.next() * lines.length);
  switch (Math.floor(rand.next() * 7)) {
    case 0:
      lines[i] = ` ${lines[i]}`;
      break;
    case 1:
      lines[i] = (lines[i] as string).replace(/^ /, "");
      break;
    case 2:
      lines[i] = (lines[i] as string).replace(/^ ( ?)/, "\t$1");
      break;
    case 3:
      return source.replace(/\n$/, "");
    case 4:
      lines.splice(i, 0, lines[i] as string);
      break;
    case 5:
      return source.replaceAll("\n", "\r\n");
    default:
      return source;
  }
  return lines.join("\n");
}

describe("the plain-YAML reader answers exactly what yaml answers, or declines", () => {
  it("on the front-matter of every post and every config in the repository", () => {
    const files = filesUnder(repo, (file) => /\.(md|ya?ml)$/.test(file) && !file.includes(`${path.sep}action${path.sep}dist`));
    let read = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if (file.endsWith(".md")) {
        const split = splitFrontMatter(text);
        if (split.ok && expectSameAsYaml(split.split.yaml)) read++;
      } else if (expectSameAsYaml(text)) {
        read++;
      }
    }
    // Most real front-matter is plain: the fast path must not quietly decline everything.
    expect(read).toBeGreaterThan(60);
  });

  it("reads the example posts itself", () => {
    const posts = filesUnder(path.join(repo, "example-content"), (file) => file.endsWith(".md"));
    for (const file of posts) {
      const split = splitFrontMatter(readFileSync(file, "utf8"));
      expect(split.ok && parsePlainYaml(split.split.yaml), file).toBeTruthy();
    }
  });

  it("on 20,000 generated documents, damaged and not", () => {
    const rand = random(20261121);
    let read = 0;
    let declined = 0;
    for (let n = 0; n < 20_000; n++) {
      let source = mapping(rand, "", 0);
      if (rand.next() < 0.5) source = damage(rand, source);
      if (expectSameAsYaml(source)) read++;
      else declined++;
    }
    expect(read).toBeGreaterThan(2_000);
    expect(declined).toBeGreaterThan(2_000);
  });

  it.each([
    ["numbers other than counts, booleans and nulls", "a: 1.5\nb: true\nc: ~\n"],
    ["an empty value", "a:\nb: x\n"],
    ["a comment after a value", "a: x # note\n"],
    ["a hashtag that YAML would drop", "a: Big news #WinterSale\n"],
    ["a multi-line plain scalar", "a: one\n  two\n"],
    ["an escape", 'a: "x\\ny"\n'],
    ["a folded block", "a: >\n  x\n"],
    ["an anchor", "a: &x y\n"],
    ["a tag", "a: !!str 1\n"],
    ["a flow mapping", "a: {b: c}\n"],
    ["a duplicate key", "a: x\na: y\n"],
    ["a reserved key", "__proto__: x\n"],
    ["a tab", "a:\n\t- x\n"],
    ["CR line ends", "a: x\r\nb: y\r\n"],
    ["an empty document", ""],
    ["a list at the top", "- a\n"],
    ["a #word comment line, which YAML may take from the value above", "a: b\n  #c\n"],
    ["a block header with other white space after it", "a: |\u00a0\n  x\n"],
  ])("declines %s", (_what, source) => {
    expect(parsePlainYaml(source)).toBeUndefined();
  });

  it("reads a | block holding a hashtag line itself: there it is text, not a comment", () => {
    const source = "variants:\n  acme-bluesky: |\n    Winter sale!\n    #WinterCamping\n";
    expect(expectSameAsYaml(source)).toBe(true);
    expect(parsePlainYaml(source)?.value).toEqual({
      variants: { "acme-bluesky": "Winter sale!\n#WinterCamping\n" },
    });
  });

  it("trims only spaces from a value: a trailing no-break space is part of it, as in yaml", () => {
    expect(expectSameAsYaml("a: x\u00a0\nb: 0\u3000\n")).toBe(true);
    expect(parsePlainYaml("a: x\u00a0\n")?.value).toEqual({ a: "x\u00a0" });
  });
});
