import { describe, expect, it } from "vitest";
import { WORD, wordsOf } from "./prose.js";

/** What the tokenizer must give: every WORD match, with /\p{N}/u telling whether it holds a number. */
function byRegex(text: string) {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, numeric: /\p{N}/u.test(m[0]) }));
}

// Letters, digits and marks inside and outside ASCII, astral letters and emoji (surrogate pairs), joiners, the mask.
const ALPHABET = [
  "a",
  "Z",
  "q",
  "7",
  "0",
  "'",
  "’",
  "-",
  " ",
  ".",
  "#",
  "@",
  "\u0000",
  "\n",
  "é",
  "ß",
  "中",
  "٣",
  "²",
  "Ⅻ",
  "\u0301",
  "\uFE0F",
  "😀",
  "𝒜",
  "𝟙",
  "\uD800",
  "_",
];

describe("wordsOf", () => {
  it("finds what the WORD pattern finds in 20,000 random texts", () => {
    let seed = 42;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    let words = 0;
    for (let t = 0; t < 20_000; t++) {
      let text = "";
      const length = Math.floor(random() * 24);
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
      const expected = byRegex(text);
      words += expected.length;
      expect(wordsOf(text), JSON.stringify(text)).toEqual(expected);
    }
    // The texts exercise the tokenizer: most hold words.
    expect(words).toBeGreaterThan(40_000);
  });

  it("joins parts with apostrophes and hyphens only before a letter or digit", () => {
    expect(wordsOf("don’t well-known 10km a- 'b x--y")).toEqual([
      { text: "don’t", start: 0, end: 5, numeric: false },
      { text: "well-known", start: 6, end: 16, numeric: false },
      { text: "10km", start: 17, end: 21, numeric: true },
      { text: "a", start: 22, end: 23, numeric: false },
      { text: "b", start: 26, end: 27, numeric: false },
      { text: "x", start: 28, end: 29, numeric: false },
      { text: "y", start: 31, end: 32, numeric: false },
    ]);
  });
});
