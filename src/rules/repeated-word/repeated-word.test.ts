import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { repeatedWordRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

describe("repeated-word", () => {
  it("allows 'had had' and 'that that', and ignores code and link syntax", async () => {
    expect(await run(repeatedWordRule, example("good.md"))).toEqual([]);
  });

  it("reports a repeat across a line break in a variant, and in the body, once each; hashtags are not words", async () => {
    expect(await run(repeatedWordRule, example("bad.md"))).toEqual([
      '6:21 error repeated-word "the" is repeated; expected it once',
      '10:53 error repeated-word "the" is repeated; expected it once',
      '12:4 error repeated-word "is" is repeated; expected it once',
    ]);
  });
});
