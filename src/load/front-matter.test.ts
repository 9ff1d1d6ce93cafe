import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "./front-matter.js";

const CASES = [
  "---\nclient: acme\n---\nBody text.\n",
  "---yaml\nclient: acme\n---\n\nBody after a blank line.",
  "---YML\nclient: acme\n---\nBody",
  "---\n---\n",
  "---\nclient: acme\n---",
  "---\nclient: acme\n----\nnot yet the body\n---\nBody",
  "---\nclient: acme\n---x\n---\nBody",
  "---   \nclient: acme\n---\nBody",
  "---\r\nclient: acme\r\n---\r\nBody\r\n",
  "---\n# only a comment\n---\nBody",
  "---\nclient: acme\n--- \t\nBody",
];

describe("splitFrontMatter", () => {
  it("splits where gray-matter 4 splits", () => {
    const refused: string[] = [];
    for (const text of CASES) {
      const result = splitFrontMatter(text);
      if (!result.ok) {
        refused.push(text);
        continue;
      }
      const file = matter(text, { engines: { yaml: { parse: (raw: string) => ({ raw }) } }, language: "yaml" });
      expect([text, result.split.yaml, result.split.body]).toEqual([text, file.matter, file.content]);
      expect(text.slice(result.split.bodyOffset)).toBe(result.split.body);
    }
    // Refused before any split: YAML not right after the opener line; a CRLF closer (files are read with LF).
    expect(refused).toEqual(["---   \nclient: acme\n---\nBody", "---\r\nclient: acme\r\n---\r\nBody\r\n"]);
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
    expect(splitFrontMatter("---   \na: 1\n---\nBody")).toEqual({
      ok: false,
      message: "could not locate the front-matter; expected --- on the first line",
      offset: 0,
    });
  });
});
