import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import dictionary from "dictionary-en";
import nspell from "nspell";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain ESM scripts without types
import { generate } from "../../../bench/generate.mjs";
// @ts-expect-error: plain ESM scripts without types
import { wordTableSource } from "../../../scripts/generate-word-table.mjs";
import { trigramAt } from "./speller.js";
import { wordTable } from "./word-table.js";

const table = wordTable();
const spell = nspell(dictionary);

/** The inputs where the table and nspell disagree (empty when they agree). */
const disagreements = (words: Iterable<string>) => [...words].filter((word) => table.correct(word) !== spell.correct(word));

describe("the generated word table", () => {
  it("is what the generator writes now (run `node scripts/generate-word-table.mjs` when this fails)", () => {
    const committed = readFileSync(new URL("../../generated/en-words.ts", import.meta.url), "utf8");
    expect(committed === wordTableSource()).toBe(true);
  });

  it("holds nspell's 123,702 word forms", () => {
    expect(table.forms.length).toBe(123702);
    expect(table.forms.includes("zydeco's")).toBe(true);
  });

  it("holds the speller's letter-sequence keys of every stem of index.dic", () => {
    const expected = new Set<number>();
    for (const line of new TextDecoder().decode(dictionary.dic).split("\n")) {
      const slash = line.indexOf("/");
      const stem = (slash === -1 ? line.trim() : line.slice(0, slash)).toLowerCase();
      for (let i = 0; i + 3 <= stem.length + 2; i++) expected.add(trigramAt(stem, i));
    }
    expect(table.stemTrigrams).toEqual([...expected].sort((a, b) => a - b));
    expect(table.stemTrigrams.includes(trigramAt("tqe", 1))).toBe(false);
  });

  it("gives nspell's verdict on every word form, capitalised and in capitals", () => {
    const forms = table.forms;
    expect(disagreements(forms)).toEqual([]);
    expect(disagreements(forms.map((f) => f.charAt(0).toUpperCase() + f.slice(1)))).toEqual([]);
    expect(disagreements(forms.map((f) => f.toUpperCase()))).toEqual([]);
  });

  it("gives nspell's verdict on each form cut short by a letter or run on by one (the index compares whole lines)", () => {
    const forms = table.forms.filter((f) => f.length > 1);
    expect(disagreements(forms.map((f) => f.slice(0, -1)))).toEqual([]);
    expect(disagreements(forms.map((f) => `${f}q`))).toEqual([]);
    expect(disagreements(forms.map((f) => f.slice(1)))).toEqual([]);
    expect(table.correct("zydeco's")).toBe(true);
    expect(table.correct("zydeco'")).toBe(false);
  });

  it("gives nspell's verdict on edge cases: compounds, ordinals, curly apostrophes, spaces, case mixes", () => {
    const edges = [
      "",
      " ",
      " dog ",
      "1th",
      "11th",
      "21st",
      "21th",
      "abc11th",
      "3RD",
      "dog’s",
      "DOG’S",
      "iPhone",
      "McDonald",
      "mcdonald",
      "NASA",
      "nasa",
      "recieve",
      "Xyz",
    ];
    expect(disagreements(edges)).toEqual([]);
    expect(edges.filter((w) => table.correct(w))).toEqual([
      " dog ",
      "11th",
      "21st",
      "abc11th",
      "3RD",
      "dog’s",
      "DOG’S",
      "iPhone",
      "McDonald",
      "NASA",
    ]);
  });

  it("gives nspell's verdict on every word of the benchmark corpus, misspellings included", () => {
    const root = mkdtempSync(path.join(tmpdir(), "checkpost-words-"));
    try {
      generate(root);
      const words = new Set<string>();
      for (const client of readdirSync(path.join(root, "posts"))) {
        for (const file of readdirSync(path.join(root, "posts", client))) {
          const text = readFileSync(path.join(root, "posts", client, file), "utf8");
          for (const word of text.split(/[^\p{L}\p{N}'’-]+/u)) if (word) words.add(word);
        }
      }
      expect(words.size).toBeGreaterThan(10000);
      expect(disagreements(words)).toEqual([]);
      expect([...words].filter((w) => !table.correct(w)).length).toBeGreaterThan(1000);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
