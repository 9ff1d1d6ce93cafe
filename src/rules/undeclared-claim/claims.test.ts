import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { undeclaredClaimRule } from "./index.js";

const post = (body: string, claim?: string) =>
  `---\nclient: acme\nchannels: [acme-bluesky]\n${
    claim === undefined ? "" : `facts:\n  - claim: "${claim}"\n    source: email from Jane Doe\n    provided_by: client\n`
  }---\n${body}\n`;
const finding = (at: string, text: string, kind: string) =>
  `${at} warning undeclared-claim ${text} is ${kind} that no declared fact covers; add it to facts with its source, or rephrase`;

describe("undeclared-claim: short quotations", () => {
  it("reads the claims inside a quotation too short to be a quote", async () => {
    expect(await run(undeclaredClaimRule, post('Our "#1 tent" wins. Save "6 December" in your diary.'))).toEqual([
      finding("5:6", '"#1"', "a superlative"),
      finding("5:27", '"6 December"', "a date"),
    ]);
  });
});

describe("undeclared-claim: coverage", () => {
  const claim = "the trail is 15 km long and tents cost $450, 40% off, or 1.5 kg for $45.50";

  it("does not count a number as covered by a longer number that contains it", async () => {
    expect(await run(undeclaredClaimRule, post("The hike is 5 km. Tents cost $45. Save 0%. Only 5 kg.", claim))).toEqual([
      finding("9:13", '"5 km"', "a number with a unit"),
      finding("9:30", '"$45"', "an amount of money"),
      finding("9:40", '"0%"', "a percentage"),
      finding("9:49", '"5 kg"', "a number with a unit"),
    ]);
  });

  it("counts a number as covered however it is spaced, and a quote whatever its quotation marks", async () => {
    const body = "The trail is 15km and tents cost $ 450, 40 % off, 1.5kg for $45.50. He said ‘the best tent I have slept in’.";
    expect(await run(undeclaredClaimRule, post(body, `${claim}; 'the best tent I have slept in'`))).toEqual([]);
  });

  it("counts a price as covered with its currency sign on either side", async () => {
    expect(await run(undeclaredClaimRule, post("Tents cost 199 € or 199€ this week.", "tents from €199"))).toEqual([]);
    expect(await run(undeclaredClaimRule, post("Tents cost 99 € this week.", "tents from €199"))).toEqual([
      finding("9:12", '"99 €"', "an amount of money"),
    ]);
  });
});

describe("undeclared-claim: kinds", () => {
  it("finds prices with the currency after the number", async () => {
    expect(await run(undeclaredClaimRule, post("Now 199 €, rain covers 45 pounds."))).toEqual([
      finding("5:5", '"199 €"', "an amount of money"),
      finding("5:24", '"45 pounds"', "an amount of money"),
    ]);
  });

  it("finds numeric dates, abbreviated months, months with a year, and years after a word that dates them", async () => {
    const body = "Founded in 1998. Open 06/12/2026, 06/12/26, 06.12.2026 and 2026-12-06, Dec. 6th, December 2026, 6th of Dec.";
    expect(await run(undeclaredClaimRule, post(body))).toEqual([
      finding("5:12", '"1998"', "a date"),
      finding("5:23", '"06/12/2026"', "a date"),
      finding("5:35", '"06/12/26"', "a date"),
      finding("5:45", '"06.12.2026"', "a date"),
      finding("5:60", '"2026-12-06"', "a date"),
      finding("5:72", '"Dec. 6th"', "a date"),
      finding("5:82", '"December 2026"', "a date"),
      finding("5:97", '"6th of Dec"', "a date"),
    ]);
  });

  it("leaves years without a word that dates them, counts, versions and 24/7 alone", async () => {
    expect(await run(undeclaredClaimRule, post("We had 2026 ideas, version 1.12.10, open 24/7 since our start."))).toEqual([]);
  });

  it("finds common units of length, weight, storage, speed and time", async () => {
    expect(await run(undeclaredClaimRule, post("It is 2 ft, 10 oz, 64 GB, 50 mph, 30 seconds, 4 nights."))).toEqual([
      finding("5:7", '"2 ft"', "a number with a unit"),
      finding("5:13", '"10 oz"', "a number with a unit"),
      finding("5:20", '"64 GB"', "a number with a unit"),
      finding("5:27", '"50 mph"', "a number with a unit"),
      finding("5:35", '"30 seconds"', "a number with a unit"),
      finding("5:47", '"4 nights"', "a number with a unit"),
    ]);
  });

  it("finds quotations in single curly quotes, guillemets and low-high quotes", async () => {
    const body = "She said ‘it’s the best tent ever’, «la meilleure tente du monde» and „das beste Zelt hier“.";
    expect(await run(undeclaredClaimRule, post(body))).toEqual([
      finding("5:10", "‘it’s the best tent ever’", "a quotation"),
      finding("5:37", "«la meilleure tente du monde»", "a quotation"),
      finding("5:71", "„das beste Zelt hier“", "a quotation"),
    ]);
  });
});

describe("undeclared-claim: ordinary phrases", () => {
  it("stays quiet on greetings and idioms built on superlative words", async () => {
    const body = [
      "Best wishes, and all the best from us. We do our best, at best.",
      "This is leading to confusion, leading up to the sale.",
      "First come, first served; first things first. At first it rained.",
      "First, pitch the tent. Not only tents but tarps: the only way to find out. It's only a tarp.",
    ].join("\n");
    expect(await run(undeclaredClaimRule, post(body))).toEqual([]);
  });

  it("still reports a word after an idiom used it, and the claims the idioms resemble", async () => {
    const body =
      "First come, first served. It's our first sale.\nThe only tent that packs this small, from Europe's leading outfitter, the best.";
    expect(await run(undeclaredClaimRule, post(body))).toEqual([
      finding("5:36", '"first"', "a superlative"),
      finding("6:5", '"only"', "a superlative"),
      finding("6:52", '"leading"', "a superlative"),
      finding("6:75", '"best"', "a superlative"),
    ]);
  });
});

describe("undeclared-claim: first", () => {
  it("stays quiet on an ordinal or adverb without a determiner, after a/an, and on the brand's own first time", async () => {
    const body = [
      "From first sketch to the finished product. A first overnight hike, an first-rate idea? Not a first look.",
      "We open on Sundays for the very first time, and for the first time this winter.",
    ].join("\n");
    expect(await run(undeclaredClaimRule, post(body))).toEqual([]);
  });

  it("reports first after the, a possessive or its, first ever, first-ever, and a first time that compares", async () => {
    // Each in its own post: a claim is reported once per post.
    const phrases = [
      "Our first sale.",
      "The first tent.",
      "Europe's first.",
      "The world's very first.",
      "Its first store.",
      "Our first-ever community bake-off.",
      "A first ever open day.",
      "For the first time ever.",
      "For the first time in Europe.",
    ];
    const reported = async (phrase: string) => (await run(undeclaredClaimRule, post(phrase))).map((f) => f.match(/"[^"]*"/)?.[0]);
    expect(await Promise.all(phrases.map(reported))).toEqual([
      ['"first"'],
      ['"first"'],
      ['"first"'],
      ['"first"'],
      ['"first"'],
      ['"first-ever"'],
      ['"first ever"'],
      ['"first"'],
      ['"first"'],
    ]);
  });

  it("counts first-ever as covered by a fact that says it", async () => {
    expect(await run(undeclaredClaimRule, post("Our first-ever bake-off!", "Acme's first-ever bake-off"))).toEqual([]);
  });
});

describe("undeclared-claim: best", () => {
  it("stays quiet on may the best … win, and still reports a best that is not that cheer (once per post)", async () => {
    const body = "May the best bake win! May the best chocolate-chip cookie win. May the best tent keep you dry.";
    expect(await run(undeclaredClaimRule, post(body))).toEqual([finding("5:72", '"best"', "a superlative")]);
  });
});

describe("undeclared-claim: quotations", () => {
  it("counts a quote as covered without its own punctuation at either end, whatever its case, spaces and marks", async () => {
    const claim = 'Ola Berg said \\"it kept me dry through three nights of rain\\"';
    const body = 'Ola says: "It kept me  dry through three nights of rain," and “…it kept me dry through three nights of rain!”';
    expect(await run(undeclaredClaimRule, post(body, claim))).toEqual([]);
  });

  it("still reports a quote whose words differ from the fact's", async () => {
    const claim = 'Ola Berg said \\"it kept me dry through three nights of rain\\"';
    expect(await run(undeclaredClaimRule, post('"It kept me dry through two nights of rain."', claim))).toEqual([
      finding("9:1", '"It kept me dry through two nights of rain."', "a quotation"),
    ]);
  });
});
