import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { undeclaredClaimRule } from "./index.js";

// The scans are skipped on text without what their matches need; these claims sit right at those tests' edges.
const post = (body: string) => `---\nclient: acme\nchannels: [acme-bluesky]\n---\n${body}\n`;

describe("undeclared-claim prefilters", () => {
  it("still finds claims written with a long s, which the rule folds to s as Unicode case folding would", async () => {
    expect(await run(undeclaredClaimRule, post("Doors open 12 ſep, tickets 5 uſd."))).toEqual([
      '5:12 warning undeclared-claim "12 ſep" is a date that no declared fact covers; add it to facts with its source, or rephrase',
      '5:28 warning undeclared-claim "5 uſd" is an amount of money that no declared fact covers; add it to facts with its source, or rephrase',
    ]);
  });

  it("finds each kind in upper case and at the shortest form its test allows", async () => {
    expect(await run(undeclaredClaimRule, post("3 IN 4 walkers, 1,200 MEMBERS, 10 PER CENT, 7 EUR, 2026-01-05, the BEST."))).toEqual([
      '5:1 warning undeclared-claim "3 IN 4" is a statistic that no declared fact covers; add it to facts with its source, or rephrase',
      '5:17 warning undeclared-claim "1,200" is a statistic that no declared fact covers; add it to facts with its source, or rephrase',
      '5:32 warning undeclared-claim "10 PER CENT" is a percentage that no declared fact covers; add it to facts with its source, or rephrase',
      '5:45 warning undeclared-claim "7 EUR" is an amount of money that no declared fact covers; add it to facts with its source, or rephrase',
      '5:52 warning undeclared-claim "2026-01-05" is a date that no declared fact covers; add it to facts with its source, or rephrase',
      '5:68 warning undeclared-claim "BEST" is a superlative that no declared fact covers; add it to facts with its source, or rephrase',
    ]);
  });

  it("finds the newer forms at their tests' edges, and a Kelvin sign read as k without the u flag", async () => {
    // "\u212a" is the Kelvin sign, which Unicode case folding (and so the rule's folding) reads as "k".
    expect(await run(undeclaredClaimRule, post("SINCE 1998: 06/12/26, DEC. 6, 45 POUNDS, 5 \u212am."))).toEqual([
      '5:7 warning undeclared-claim "1998" is a date that no declared fact covers; add it to facts with its source, or rephrase',
      '5:13 warning undeclared-claim "06/12/26" is a date that no declared fact covers; add it to facts with its source, or rephrase',
      '5:23 warning undeclared-claim "DEC. 6" is a date that no declared fact covers; add it to facts with its source, or rephrase',
      '5:31 warning undeclared-claim "45 POUNDS" is an amount of money that no declared fact covers; add it to facts with its source, or rephrase',
      '5:42 warning undeclared-claim "5 \u212am" is a number with a unit that no declared fact covers; add it to facts with its source, or rephrase',
    ]);
  });
});
