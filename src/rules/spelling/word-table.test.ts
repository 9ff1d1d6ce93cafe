import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import dictionary from "dictionary-en";
import nspell from "nspell";
import { describe, expect, it } from "vitest";
// @ts-expect-error: plain ESM scripts without types
import { generate } from "../../../bench/generate.mjs";
// @ts-expect-error: plain ESM scripts without types
import { wordTableSources } from "../../../scripts/generate-word-table.mjs";
import { GB_FORMS } from "../../generated/en-gb-words.js";
import { ADDED_TRIGRAMS, COMPANY_FORMS, FORMS, STEM_TRIGRAMS, US_FORMS } from "../../generated/en-words.js";
import { trigramAt } from "./speller.js";
import { hasLine, wordTable } from "./word-table.js";

const table = wordTable();
const spell = nspell(dictionary);

const nspellForms = FORMS.split("\n");
const usForms = US_FORMS.split("\n");
const companyForms = COMPANY_FORMS.split("\n");

/** The inputs where the table and nspell disagree (empty when they agree). */
const disagreements = (words: Iterable<string>) => [...words].filter((word) => table.correct(word) !== spell.correct(word));

describe("the generated word table", () => {
  it("is what the generator writes now (run `node scripts/generate-word-table.mjs` when this fails)", async () => {
    const sources = await wordTableSources();
    const committed = (name: string) => readFileSync(new URL(`../../generated/${name}`, import.meta.url), "utf8");
    expect(committed("en-words.ts") === sources.main).toBe(true);
    expect(committed("en-gb-words.ts") === sources.british).toBe(true);
  }, 60_000);

  it("holds nspell's 123,702 word forms, then cspell's en_US inflections and company names", () => {
    expect(nspellForms.length).toBe(123702);
    expect(table.forms).toEqual([...nspellForms, ...usForms, ...companyForms]);
    expect(usForms).toContain("integrations");
    expect(usForms.length).toBeGreaterThan(10000);
    for (const name of ["LinkedIn", "TikTok", "WhatsApp", "Shopify", "HubSpot", "Zapier", "Mailchimp", "Figma", "OpenAI"]) {
      expect(companyForms).toContain(name);
    }
    // Pieces of longer names in the list ("de", "of") are no company names.
    expect(companyForms.filter((w) => w === w.toLowerCase())).toEqual([]);
    expect(new Set(table.forms).size).toBe(table.forms.length);
    // The texts the forms are read from without splitting, and the longest form, found without the split either.
    expect(table.texts.join("\n").split("\n")).toEqual(table.forms);
    expect(table.longestForm).toBe(table.forms.reduce((max, f) => Math.max(max, f.length), 0));
  });

  it("holds British forms for en-GB clients only, lower-case and not in the en-US table", () => {
    const gb = GB_FORMS.split("\n");
    expect(gb).toEqual(expect.arrayContaining(["speciality", "specialities", "colourful", "fintech"]));
    expect(gb.filter((w) => !/^[a-z][a-z'-]*$/.test(w) || table.correct(w))).toEqual([]);
  });

  it("holds the speller's letter-sequence keys of every stem of index.dic, and of the added forms", () => {
    const expected = new Set<number>();
    for (const line of new TextDecoder().decode(dictionary.dic).split("\n")) {
      const slash = line.indexOf("/");
      const stem = (slash === -1 ? line.trim() : line.slice(0, slash)).toLowerCase();
      for (let i = 0; i + 3 <= stem.length + 2; i++) expected.add(trigramAt(stem, i));
    }
    expect(STEM_TRIGRAMS).toEqual([...expected].sort((a, b) => a - b));
    expect(STEM_TRIGRAMS.includes(trigramAt("tqe", 1))).toBe(false);
    const added = new Set<number>();
    for (const form of [...usForms, ...companyForms]) {
      const lower = form.toLowerCase();
      for (let i = 0; i + 3 <= lower.length + 2; i++) if (!expected.has(trigramAt(lower, i))) added.add(trigramAt(lower, i));
    }
    expect(ADDED_TRIGRAMS).toEqual([...added].sort((a, b) => a - b));
    expect(new Set(table.stemTrigrams)).toEqual(new Set([...expected, ...added]));
  });

  it("gives nspell's verdict on every nspell form, capitalised and in capitals, and accepts the added forms as nspell would", () => {
    expect(disagreements(nspellForms)).toEqual([]);
    expect(disagreements(nspellForms.map((f) => f.charAt(0).toUpperCase() + f.slice(1)))).toEqual([]);
    const added = [...usForms, ...companyForms];
    const addedSet = new Set(added);
    // In capitals, a word is also read in sentence case: "EBAY" and "MASTERCARD" are now words ("Mastercard").
    const explained = (w: string) => addedSet.has(w) || addedSet.has(w.charAt(0) + w.slice(1).toLowerCase());
    expect(disagreements(nspellForms.map((f) => f.toUpperCase())).filter((w) => !explained(w))).toEqual([]);
    expect(added.filter((f) => !table.correct(f))).toEqual([]);
    // In capitals as nspell reads them: the form itself or its sentence case ("LINKEDIN" is not "LinkedIn").
    expect(["INTEGRATIONS", "FIGMA", "LINKEDIN"].map((w) => table.correct(w))).toEqual([true, true, false]);
    // A name keeps its case: "linkedin" and "Linkedin" are not "LinkedIn".
    expect(["linkedin", "Linkedin", "shopify", "LinkedIn", "Shopify", "SHOPIFY"].map((w) => table.correct(w))).toEqual([
      false,
      false,
      false,
      true,
      true,
      true,
    ]);
  });

  it("gives a name's own case for its lower case, and nothing for a form or an unknown word", () => {
    expect(table.properCase("shopify")).toBe("Shopify");
    expect(table.properCase("hubspot")).toBe("HubSpot");
    expect(table.properCase("tent")).toBeUndefined();
    // A person's name is no company's: "Harley" is not offered for "Hartley".
    expect(table.properCase("harley")).toBeUndefined();
    expect(table.properCase("xqzt")).toBeUndefined();
  });

  it("gives the form written with a capital for its lower case: a company's, or a dictionary word that exists only capitalised", () => {
    expect(["february", "wednesday", "manchester", "shopify", "hubspot", "harley"].map((w) => table.nameForm(w))).toEqual([
      "February",
      "Wednesday",
      "Manchester",
      "Shopify",
      "HubSpot",
      // A dictionary name too: which slips of it count as typos is the speller's to decide.
      "Harley",
    ]);
    // A lower-case form is no name; nor is an unknown word.
    expect(["tent", "weekday", "xqzt", ""].map((w) => table.nameForm(w))).toEqual([undefined, undefined, undefined, undefined]);
    const indexed = wordTable(0);
    expect(["february", "hubspot", "tent"].map((w) => indexed.nameForm(w))).toEqual(["February", "HubSpot", undefined]);
  });

  it("gives nspell's verdict on each form cut short by a letter or run on by one (the index compares whole lines)", () => {
    const forms = table.forms.filter((f) => f.length > 1);
    // Where they differ, the piece is itself one of cspell's added forms ("BTs" cut short is "BT"): nspell lacks it.
    const added = new Set([...usForms, ...companyForms].flatMap((f) => [f, f.toLowerCase()]));
    const known = new Set(table.forms);
    const unexplained = (words: string[]) =>
      disagreements(words).filter((w) => !added.has(w) && !added.has(w.toLowerCase()) && !known.has(w));
    expect(unexplained(forms.map((f) => f.slice(0, -1)))).toEqual([]);
    expect(unexplained(forms.map((f) => `${f}q`))).toEqual([]);
    expect(unexplained(forms.map((f) => f.slice(1)))).toEqual([]);
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

  it("keeps each list in code-unit order without repeats, which the search by halves needs", () => {
    for (const text of [FORMS, US_FORMS, COMPANY_FORMS, GB_FORMS]) {
      const lines = text.split("\n");
      expect(lines.filter((line, i) => i > 0 && !((lines[i - 1] as string) < line))).toEqual([]);
    }
  });

  it("finds a word by halves exactly when it is a whole line", () => {
    const known = new Set(table.forms);
    const tried = [...table.forms, ...table.forms.flatMap((f) => [f.slice(0, -1), `${f}q`, f.slice(1), `${f}\n`, ` ${f}`])];
    const lists = [FORMS, US_FORMS, COMPANY_FORMS];
    expect(tried.filter((w) => lists.some((text) => hasLine(text, w)) !== known.has(w))).toEqual([]);
    // The first and last lines, and texts of one line or none.
    expect(["0", "zymurgy's"].map((w) => hasLine(FORMS, w))).toEqual([true, true]);
    expect(["a", "", "b"].map((w) => hasLine("a", w))).toEqual([true, false, false]);
    expect(["", "a"].map((w) => hasLine("", w))).toEqual([true, false]);
    expect(["a", "b", "c", "ab", "a\nb"].map((w) => hasLine("a\nb\nc", w))).toEqual([true, true, true, false, false]);
  });

  it("answers the same before and after it builds its hash index", () => {
    const searching = wordTable(Number.POSITIVE_INFINITY);
    const indexed = wordTable(0);
    const words = table.forms.flatMap((f) => [
      f,
      f.toLowerCase(),
      f.toUpperCase(),
      `${f}s`,
      f.slice(1),
      `${f.charAt(0).toUpperCase()}${f.slice(1)}`,
    ]);
    expect(words.filter((w) => searching.correct(w) !== indexed.correct(w))).toEqual([]);
    expect(["shopify", "hubspot", "tent", "xqzt"].map((w) => searching.properCase(w))).toEqual([
      "Shopify",
      "HubSpot",
      undefined,
      undefined,
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
      // Where they differ, the table accepts one of cspell's added forms: the corpus plants none of them.
      const added = new Set([...usForms, ...companyForms]);
      expect(disagreements(words).filter((w) => !added.has(w) && !added.has(w.toLowerCase()))).toEqual([]);
      expect([...words].filter((w) => !table.correct(w)).length).toBeGreaterThan(1000);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
