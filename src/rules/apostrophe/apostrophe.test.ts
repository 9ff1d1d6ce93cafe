import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { apostropheRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

describe("apostrophe", () => {
  it("accepts straight and curly apostrophes, 'its' as a possessive, and a quoted word", async () => {
    expect(await run(apostropheRule, example("good.md"))).toEqual([]);
  });

  it("reports missing apostrophes and its' with the expected form", async () => {
    expect(await run(apostropheRule, example("bad.md"))).toEqual([
      '4:8 error apostrophe "Dont" is missing its apostrophe; expected "Don\'t"',
      '7:18 error apostrophe "dont" is missing its apostrophe; expected "don\'t"',
      '7:29 error apostrophe "youre" is missing its apostrophe; expected "you\'re"',
      '7:39 error apostrophe "Its\'" is not a word; expected "its" (belonging to it) or "it\'s" (it is)',
      '9:1 error apostrophe "Theyre" is missing its apostrophe; expected "They\'re"',
      '9:17 error apostrophe "THATS" is missing its apostrophe; expected "THAT\'S"',
    ]);
  });
});
