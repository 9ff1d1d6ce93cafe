import { describe, expect, it } from "vitest";
import { countedCorrection } from "../../src/takedown/escalate.js";
import { type CountedRetro, findPatterns, newestIssue, patternNote } from "../../src/takedown/patterns.js";

const NOW = new Date("2026-12-31T12:00:00Z");
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
let next = 1;
const retro = (at: number, over: Partial<CountedRetro> = {}): CountedRetro => ({
  number: next++,
  client: "acme",
  author: "sam",
  at: daysAgo(at),
  ...over,
});
const found = (retros: CountedRetro[], threshold = 3, windowDays = 30) =>
  findPatterns(retros, { threshold, windowDays, now: NOW }).map((p) => `${p.dimension}=${p.value}: ${p.issues.length}`);

describe("findPatterns", () => {
  it.each([
    ["two for one client: under the threshold", [retro(1), retro(2, { author: "kim" })], []],
    [
      "three for one client within 30 days",
      [retro(1, { author: "a" }), retro(5, { author: "b" }), retro(29, { author: "c" })],
      ["client=acme: 3"],
    ],
    ["the third is 31 days old: out of the window", [retro(1, { author: "a" }), retro(5, { author: "b" }), retro(31, { author: "c" })], []],
    [
      "three by one author for different clients",
      [retro(1, { client: "a" }), retro(2, { client: "b" }), retro(3, { client: "c" })],
      ["author=sam: 3"],
    ],
    [
      "authors are matched without case",
      [retro(1, { client: "a", author: "Sam" }), retro(2, { client: "b" }), retro(3, { client: "c", author: "SAM" })],
      ["author=sam: 3"],
    ],
    [
      "a kind counts only once set; unset kinds make no kind pattern",
      [
        retro(1, { client: "a", author: "x", kind: "factual" }),
        retro(2, { client: "b", author: "y", kind: "factual" }),
        retro(3, { client: "c", author: "z" }),
      ],
      [],
    ],
    [
      "the same kind three times",
      [
        retro(1, { client: "a", author: "x", kind: "grammar" }),
        retro(2, { client: "b", author: "y", kind: "grammar" }),
        retro(3, { client: "c", author: "z", kind: "grammar" }),
      ],
      ["kind=grammar: 3"],
    ],
    [
      "a retrospective dated in the future is not counted",
      [retro(1, { author: "a" }), retro(2, { author: "b" }), retro(-2, { author: "c" })],
      [],
    ],
  ])("%s", (_name, retros, expected) => {
    expect(found(retros as CountedRetro[])).toEqual(expected);
  });

  it("threshold and window come from the config", () => {
    const retros = [retro(1, { author: "a" }), retro(50, { author: "b" })];
    expect(found(retros, 2, 30)).toEqual([]);
    expect(found(retros, 2, 60)).toEqual(["client=acme: 2"]);
  });

  it("orders a group oldest first, so the newest (which is escalated) is last", () => {
    const [p] = findPatterns([retro(1, { author: "a" }), retro(9, { author: "b" }), retro(4, { author: "c" })], {
      threshold: 3,
      windowDays: 30,
      now: NOW,
    });
    expect(p?.issues.map((i) => i.author)).toEqual(["b", "c", "a"]);
  });
});

describe("patternNote", () => {
  it("links the earlier issues and mentions who to escalate to", () => {
    const issues = [retro(3, { number: 4, url: "https://github.com/o/r/issues/4" }), retro(2, { number: 9 }), retro(1, { number: 12 })];
    const note = patternNote({ dimension: "client", value: "acme", issues }, 30, ["lead-person", "fieldnote/leads"]);
    expect(note.split("\n")).toEqual([
      "<!-- checkpost:pattern client=acme -->",
      "**Pattern:** 3 retrospectives for the same client (acme) within 30 days. A correction is not enough any more: the process must change.",
      "",
      "Earlier: [#4](https://github.com/o/r/issues/4), #9",
      "",
      "@lead-person @fieldnote/leads: please look at this pattern.",
    ]);
  });
});

describe("text-only corrections count toward patterns", () => {
  const typo = (at: number, author = "sam") =>
    countedCorrection({ at: daysAgo(at), client: "acme", author, path: "posts/acme/a.md", blob: "b" });

  it("as grammar slips of their client and author, without an issue of their own", () => {
    expect(typo(1)).toEqual({ number: 0, client: "acme", author: "sam", kind: "grammar", at: daysAgo(1) });
    const retros = [typo(3, "a"), typo(2, "b"), retro(1, { number: 41, author: "c", kind: "grammar" })];
    expect(found(retros)).toEqual(["client=acme: 3", "kind=grammar: 3"]);
  });

  it("the newest issue says so, and the note counts the corrections it cannot link", () => {
    const [pattern] = findPatterns([typo(3, "a"), retro(2, { number: 41, author: "b" }), typo(1, "c")], {
      threshold: 3,
      windowDays: 30,
      now: NOW,
    });
    if (!pattern) throw new Error("no pattern");
    expect(newestIssue(pattern)?.number).toBe(41);
    const note = patternNote(pattern, 30, []);
    expect(note).toContain("3 retrospectives and corrections for the same client (acme)");
    expect(note).toContain("Earlier: 2 text-only corrections");
    const [onlyTypos] = findPatterns([typo(3, "a"), typo(2, "b"), typo(1, "c")], { threshold: 3, windowDays: 30, now: NOW });
    expect(onlyTypos && newestIssue(onlyTypos)).toBeUndefined();
  });
});
