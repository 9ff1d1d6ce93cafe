import { describe, expect, it } from "vitest";
import { QUOTATION, quotations } from "../../src/rules/undeclared-claim/index.js";
import { MASK, maskBareDomains, maskDomainPaths, tokenizeSegment } from "../../src/text/prose.js";
import { random } from "./random.js";

const blank = (match: string) => (match.includes("\n") ? match.replace(/[^\n]/g, MASK) : MASK.repeat(match.length));

/** A random text of `length` pieces. */
function texts(seed: number, pieces: readonly string[], count: number, maxLength: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => {
    let text = "";
    const length = Math.floor(next() * maxLength);
    for (let i = 0; i < length; i++) text += pieces[Math.floor(next() * pieces.length)];
    return text;
  });
}

describe("the prose masks that replaced backtracking patterns", () => {
  const pieces = [..."ab-._/ \n<>\"'.,;:!?)]é1", "com", "co", "CoM", "social", "uk", "x.y", "a.com", "/"];

  it("mask bare domains with a path exactly as the pattern did", () => {
    const pattern = /\b[\w-]+(?:\.[\w-]+)+\/[^\s<>"]*[^\s<>"'.,;:!?)\]]?/g;
    for (const text of texts(3, pieces, 30_000, 16)) expect(maskDomainPaths(text), JSON.stringify(text)).toBe(text.replace(pattern, blank));
  });

  it("mask bare domains with a common top-level domain exactly as the pattern did", () => {
    const pattern = /\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|app|social|co|uk|de|fr|eu|shop|store|info|me|tv|ly|gg)\b/gi;
    for (const text of texts(4, pieces, 30_000, 16)) expect(maskBareDomains(text), JSON.stringify(text)).toBe(text.replace(pattern, blank));
  });

  it("split sentences at the same places as the pattern that tried every stop of a run", () => {
    const pattern = /[.!?…]+["'’”)\]]*(?=\s|$)|\n/g;
    const sentencePieces = [..."a.!?…\"'’”)] \n", "..", "A"];
    for (const text of texts(5, sentencePieces, 20_000, 14)) {
      const prose = tokenizeSegment({ kind: "body", text, offsetAt: (i) => i });
      const ends = [...prose.masked.matchAll(pattern)].map((m) => (m.index ?? 0) + m[0].length);
      // Every boundary the new pattern finds is one the old one found, and the other way round.
      const found = [...prose.masked.matchAll(/(?<![.!?…])[.!?…]+["'’”)\]]*(?=\s|$)|\n/g)].map((m) => (m.index ?? 0) + m[0].length);
      expect(found, JSON.stringify(text)).toEqual(ends);
    }
  });
});

describe("the quotation scanner", () => {
  it("finds exactly the matches of the pattern it replaced", () => {
    const pieces = [...'"“”‘’«»„ a\nB', "’s", "é", "😀"];
    for (const text of texts(6, pieces, 30_000, 16)) {
      const simple = (m: RegExpExecArray) => [m.index, ...m];
      expect([...quotations(text)].map(simple), JSON.stringify(text)).toEqual([...text.matchAll(QUOTATION)].map(simple));
    }
  });
});
