import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { repeatedWordRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

describe("repeated-word", () => {
  it("allows 'had had', 'that that' and reduplications ('bye bye', 'very very', 'ha ha ha'); ignores code and link syntax", async () => {
    expect(await run(repeatedWordRule, example("good.md"))).toEqual([]);
  });

  it("reports a repeat across a line break in a variant, and in the body, once each, and 'a a', 'to to', 'and and'; hashtags are not words", async () => {
    expect(await run(repeatedWordRule, example("bad.md"))).toEqual([
      '6:21 error repeated-word "the" is repeated; expected it once',
      '10:53 error repeated-word "the" is repeated; expected it once',
      '12:4 error repeated-word "is" is repeated; expected it once',
      '14:6 error repeated-word "a" is repeated; expected it once',
      '14:15 error repeated-word "to" is repeated; expected it once',
      '14:30 error repeated-word "and" is repeated; expected it once',
    ]);
  });
});
