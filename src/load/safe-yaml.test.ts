import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { parseYamlSafe } from "./safe-yaml.js";

const OPTIONS = { version: "1.2", schema: "core", merge: false, uniqueKeys: false, strict: true } as const;

function nullPrototypesOnly(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(nullPrototypesOnly);
  if (value && typeof value === "object") return Object.getPrototypeOf(value) === null && Object.values(value).every(nullPrototypesOnly);
  return true;
}

describe("parseYamlSafe builds the value in one walk", () => {
  it.each([
    "client: acme\nchannels: [acme-bluesky, acme-x]\n",
    "1: a\n'1': b\n~: n\n'': e\n",
    "- \n- [a: 1]\n- {x: [1, 2, {y: z}]}\n",
    "",
    "a:\n",
    "x: !!str 12\ny: 0x1F\nz: .inf\nw: 1e3\nq: -0\nn: .nan\nt: true\nb: 12345678901234567890\n",
    "facts:\n  - claim: x\n    source: https://example.com\nbody: |\n  line one\n  line two\n",
    "anchored: &a {k: v}\nplain: 1\n",
  ])("%j gives yaml's own value, with null prototypes", (source) => {
    const parsed = parseYamlSafe(source);
    expect(parsed.problems).toEqual([]);
    expect(JSON.stringify(parsed.value)).toBe(JSON.stringify(parse(source, OPTIONS)));
    expect(nullPrototypesOnly(parsed.value)).toBe(true);
  });

  it("keeps key order and lets a later key with the same text win in the first one's place", () => {
    expect(Object.keys(parseYamlSafe("b: 1\n1: x\na: 2\n'1': y\n").value as object)).toEqual(["1", "b", "a"]);
    expect((parseYamlSafe("1: x\n'1': y\n").value as Record<string, string>)["1"]).toBe("y");
  });

  it("copies each alias's value apart and still bounds them", () => {
    const value = parseYamlSafe("a: &x {k: 1}\nb: *x\n").value as Record<string, Record<string, number>>;
    expect(value).toEqual({ a: { k: 1 }, b: { k: 1 } });
    expect(value.a).not.toBe(value.b);
    expect(nullPrototypesOnly(value)).toBe(true);
    expect(parseYamlSafe("a: *y\n").problems).toEqual([
      { message: "could not read the YAML: Unresolved alias (the anchor must be set before the alias): y", start: 0 },
    ]);
  });

  it("reports key problems of every depth in file order, after a syntax error before them", () => {
    const parsed = parseYamlSafe("a: [1\nx:\n  __proto__: 1\n? [k]\n: v\n");
    expect(parsed.value).toBeUndefined();
    expect(parsed.problems.map((p) => [p.message.slice(0, 30), p.start])).toEqual(
      parsed.problems.map((p) => [p.message.slice(0, 30), p.start]).sort((x, y) => (x[1] as number) - (y[1] as number)),
    );
    expect(parsed.problems.filter((p) => !p.message.startsWith("invalid YAML"))).toEqual([
      { message: 'key "__proto__" is not allowed: it is reserved', start: 11, end: 20 },
      { message: "complex mapping keys are not allowed; expected a plain key", start: 26 },
    ]);
  });
});
