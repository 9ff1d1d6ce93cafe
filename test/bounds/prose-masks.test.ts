import { describe, expect, it } from "vitest";
import { NUMBER_WITH_UNIT, numbersWithUnit, QUOTATION, quotations } from "../../src/rules/undeclared-claim/index.js";
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

describe("the number-with-unit scanner", () => {
  const simple = (m: RegExpExecArray) => [m.index, ...m];
  it("finds exactly the matches of the pattern it replaced", () => {
    // Digits, separators, spaces and hyphens, units and their prefixes in both cases, letters that continue a unit.
    const pieces = [..."0123456789.,-_ \na", "km", "K", "m", "h", "/", "°", "C", "x", "mph", "Miles", "people", "s", "1,000", "1.5", "é"];
    let found = 0;
    for (const text of texts(7, pieces, 40_000, 12)) {
      const expected = [...text.matchAll(NUMBER_WITH_UNIT)].map(simple);
      found += expected.length;
      expect([...numbersWithUnit(text)].map(simple), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(3_000);
    // More than 20 groups: the pattern gives up on the long number and finds the unit from a later start.
    const long = `${"1,".repeat(25)}1 km`;
    expect([...numbersWithUnit(long)].map(simple)).toEqual([...long.matchAll(NUMBER_WITH_UNIT)].map(simple));
  });
});
