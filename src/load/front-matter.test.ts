import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "./front-matter.js";

/** [file, YAML, body]: where each file splits. */
const SPLITS: [string, string, string][] = [
  ["---\nclient: acme\n---\nBody text.\n", "\nclient: acme", "Body text.\n"],
  ["---yaml\nclient: acme\n---\n\nBody after a blank line.", "\nclient: acme", "\nBody after a blank line."],
  ["---YML\nclient: acme\n---\nBody", "\nclient: acme", "Body"],
  ["---\n---\n", "", ""],
  ["---\nclient: acme\n---", "\nclient: acme", ""],
  ["---\n# only a comment\n---\nBody", "\n# only a comment", "Body"],
  // Trailing spaces after either delimiter belong to neither the YAML nor the body.
  ["---   \nclient: acme\n---\nBody", "\nclient: acme", "Body"],
  ["---\nclient: acme\n--- \t\nBody", "\nclient: acme", "Body"],
  // Only a line that is exactly "---" closes: "----" or "---x" are content (gray-matter would close there).
  ["---\nclient: acme\n----\nnot yet the body\n---\nBody", "\nclient: acme\n----\nnot yet the body", "Body"],
  ["---\nclient: acme\n---x\n---\nBody", "\nclient: acme\n---x", "Body"],
];

describe("splitFrontMatter", () => {
  it.each(SPLITS)("splits %j", (text, yaml, body) => {
    const result = splitFrontMatter(text);
    expect(result).toEqual({ ok: true, split: { yaml, yamlOffset: text.indexOf("\n"), body, bodyOffset: text.length - body.length } });
  });

  it("agrees with gray-matter on every ordinary file", () => {
    for (const [text] of SPLITS.slice(0, 6)) {
      const file = matter(text, { engines: { yaml: { parse: (raw: string) => ({ raw }) } }, language: "yaml" });
      const result = splitFrontMatter(text);
      expect(result.ok && [result.split.yaml, result.split.body]).toEqual([file.matter, file.content]);
    }
  });

  it("gives exact offsets", () => {
    expect(splitFrontMatter("---\nclient: acme\n---\nBody text.\n")).toEqual({
      ok: true,
      split: { yaml: "\nclient: acme", yamlOffset: 3, body: "Body text.\n", bodyOffset: 21 },
    });
    expect(splitFrontMatter("---yaml\na: 1\n---\n\nBody")).toEqual({
      ok: true,
      split: { yaml: "\na: 1", yamlOffset: 7, body: "\nBody", bodyOffset: 17 },
    });
  });

  it.each([
    ["no opener", "client: acme\n", 'expected YAML front-matter: the file must start with a line "---", the YAML, then a line "---"'],
    ["never closed", "---\nclient: acme\nBody\n", 'front-matter is never closed: expected a line "---" after the YAML'],
    [
      "a CR left in a closer (files are read with LF)",
      "---\r\nclient: acme\r\n---\r\nBody\r\n",
      'front-matter is never closed: expected a line "---" after the YAML',
    ],
  ])("refuses %s", (_, text, message) => {
    expect(splitFrontMatter(text)).toMatchObject({ ok: false, message });
  });
});
