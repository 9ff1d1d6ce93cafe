import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { undeclaredClaimRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

describe("undeclared-claim", () => {
  it("stays quiet when every claim is declared, and on hashtags, URLs, times, questions to the reader and idioms", async () => {
    expect(await run(undeclaredClaimRule, example("good.md"))).toEqual([]);
  });

  it("reports each undeclared claim once, at its place in the body or the variant, and claims inside a short quote", async () => {
    expect(await run(undeclaredClaimRule, example("bad.md"))).toEqual([
      '6:29 warning undeclared-claim "25%" (variant for acme-bluesky) is a percentage that no declared fact covers; add it to facts with its source, or rephrase',
      '8:1 warning undeclared-claim "40%" is a percentage that no declared fact covers; add it to facts with its source, or rephrase',
      '8:37 warning undeclared-claim "€120" is an amount of money that no declared fact covers; add it to facts with its source, or rephrase',
      '8:48 warning undeclared-claim "6 December" is a date that no declared fact covers; add it to facts with its source, or rephrase',
      '9:13 warning undeclared-claim "first" is a superlative that no declared fact covers; add it to facts with its source, or rephrase',
      '9:36 warning undeclared-claim "1.2 kg" is a number with a unit that no declared fact covers; add it to facts with its source, or rephrase',
      '10:17 warning undeclared-claim "the best tent I have slept in" is a quotation that no declared fact covers; add it to facts with its source, or rephrase',
      '10:59 warning undeclared-claim "award-winning" is a superlative that no declared fact covers; add it to facts with its source, or rephrase',
      '11:12 warning undeclared-claim "1998" is a date that no declared fact covers; add it to facts with its source, or rephrase',
      '11:26 warning undeclared-claim "64 GB" is a number with a unit that no declared fact covers; add it to facts with its source, or rephrase',
      '11:47 warning undeclared-claim "19 €" is an amount of money that no declared fact covers; add it to facts with its source, or rephrase',
      '11:69 warning undeclared-claim "#1" is a superlative that no declared fact covers; add it to facts with its source, or rephrase',
    ]);
  });
});
