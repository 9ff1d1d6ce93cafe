import { describe, expect, it } from "vitest";
import { sentencesOf, tokenizeSegment } from "./prose.js";

/** The sentences of a body text, as the text each spans (trimmed). */
function sentences(text: string): string[] {
  const prose = tokenizeSegment({ kind: "body", text, offsetAt: (i) => i });
  return sentencesOf(prose).map((s) => text.slice(s.start, s.end).trim());
}

describe("sentencesOf", () => {
  it("ends a sentence at terminal punctuation before a space, and at a line break", () => {
    expect(sentences('Pack it. Go! Really? "Yes." Then\nnext…  Done')).toEqual([
      "Pack it.",
      "Go!",
      "Really?",
      '"Yes."',
      "Then",
      "next…",
      "Done",
    ]);
  });

  it("does not end one at a decimal, a title, vs., approx., No. before a number, or an initial before a name", () => {
    expect(sentences("It weighs 3.5 kg. We met Mr. Smith, Mrs. Jones, Ms. Lee, Dr. Who and Prof. Oak at St. Ives.")).toEqual([
      "It weighs 3.5 kg.",
      "We met Mr. Smith, Mrs. Jones, Ms. Lee, Dr. Who and Prof. Oak at St. Ives.",
    ]);
    expect(sentences("Tents vs. tarps, approx. 2 kg, tent No. 5 and J. R. Smith. John F. Kennedy spoke.")).toEqual([
      "Tents vs. tarps, approx. 2 kg, tent No. 5 and J. R. Smith.",
      "John F. Kennedy spoke.",
    ]);
  });

  it("does not end one at e.g., i.e., etc. or a.m. before a lower-case word, and does before a capital", () => {
    expect(sentences("Bring gear e.g. tents, i.e. shelter, etc. and food at 8 a.m. sharp. We sell tents etc. Come by.")).toEqual([
      "Bring gear e.g. tents, i.e. shelter, etc. and food at 8 a.m. sharp.",
      "We sell tents etc.",
      "Come by.",
    ]);
  });

  it("still ends one after a word that only ends like an abbreviation, after 'I', 'No.' before a word, and a capital", () => {
    expect(sentences("Ask the Editor. So did I. She said No. Then Plan b. Then Café. Then Mister. Done")).toEqual([
      "Ask the Editor.",
      "So did I.",
      "She said No.",
      "Then Plan b.",
      "Then Café.",
      "Then Mister.",
      "Done",
    ]);
  });
});
