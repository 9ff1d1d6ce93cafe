import { describe, expect, it } from "vitest";
import { EMAIL, MASK, maskEmails, WORD, wordsOf } from "./prose.js";

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

describe("maskEmails", () => {
  it("masks what the EMAIL pattern matches in 20,000 random texts", () => {
    let seed = 7;
    const random = () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed / 2 ** 32;
    };
    // Pieces rather than characters, so that many texts hold an address (or nearly one).
    const chars = ["ab", "x", "1", "_", ".", "+", "-", "@", "@", "c.d", ".e", "f-g", " ", "\n", "é", "\u0000"];
    let masked = 0;
    for (let t = 0; t < 20_000; t++) {
      let text = "";
      const length = Math.floor(random() * 20);
      for (let i = 0; i < length; i++) text += chars[Math.floor(random() * chars.length)];
      const expected = text.replace(EMAIL, (m) => MASK.repeat(m.length));
      if (expected !== text) masked++;
      expect(maskEmails(text), JSON.stringify(text)).toBe(expected);
    }
    expect(masked).toBeGreaterThan(1_500);
  });

  it("masks addresses one after another, a domain ending where the next address starts", () => {
    const M = MASK;
    expect(maskEmails("write to hello@acme.example or a@b.c+x@d.e; not @ola.bakes or a@b")).toBe(
      `write to ${M.repeat(18)} or ${M.repeat(5)}${M.repeat(6)}; not @ola.bakes or a@b`,
    );
  });
});
