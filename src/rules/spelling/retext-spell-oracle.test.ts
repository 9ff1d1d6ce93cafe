import dictionary from "dictionary-en";
import retextEnglish from "retext-english";
import retextSpell from "retext-spell";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { wordTable } from "./word-table.js";

const table = wordTable();

/** The words of `words` that retext-spell (nspell on dictionary-en, behind retext's own word splitting) reports. */
async function flaggedByRetextSpell(words: readonly string[]): Promise<Set<string>> {
  // max: 1 — suggestions are not compared, and computing them for every misspelling is slow.
  const processor = unified().use(retextEnglish).use(retextSpell, { dictionary, max: 1 });
  const text = words.join(" ");
  const messages = await new Promise<{ actual?: unknown }[]>((resolve, reject) =>
    processor.run(processor.parse(text), text, (error, _tree, file) => {
      if (error || !file) reject(error);
      else resolve(file.messages);
    }),
  );
  return new Set(messages.map((message) => String(message.actual)));
}

/** A plausible typo: the two letters after the first swapped ("table" → "tbale"). */
const swapped = (word: string) => (word.length < 4 ? `${word}x` : `${word[0]}${word[2]}${word[1]}${word.slice(3)}`);

describe("the word table against retext-spell", () => {
  it("gives retext-spell's verdict on a sample of dictionary forms, their capitalised forms and typos of them", async () => {
    // Every 50th form of letters only, across the whole alphabet. (retext-spell judges a word with an apostrophe
    // or hyphen by its parts when the whole fails, which the spelling rule does its own way; the table is nspell's
    // verdict on whole words.)
    const sample = table.forms.filter((form, i) => i % 50 === 0 && /^[A-Za-z]+$/.test(form));
    const words = [...new Set(sample.flatMap((form) => [form, form.charAt(0).toUpperCase() + form.slice(1), swapped(form)]))];
    const flagged = await flaggedByRetextSpell(words);
    const disagreements = words.filter((word) => table.correct(word) === flagged.has(word));
    expect(disagreements).toEqual([]);
    // The sample holds both verdicts, so agreement means something.
    expect(flagged.size).toBeGreaterThan(1000);
    expect(words.length - flagged.size).toBeGreaterThan(2000);
  });
});
