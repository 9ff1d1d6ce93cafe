import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { apostropheRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

describe("apostrophe", () => {
  it("accepts straight and curly apostrophes, 'its' as a possessive (its own, its going rate, its very best), and a quoted word", async () => {
    expect(await run(apostropheRule, example("good.md"))).toEqual([]);
  });

  it("reports missing apostrophes, its', and its/it's where the next word decides, with the expected form", async () => {
    expect(await run(apostropheRule, example("bad.md"))).toEqual([
      '4:8 error apostrophe "Dont" is missing its apostrophe; expected "Don\'t"',
      '7:18 error apostrophe "dont" is missing its apostrophe; expected "don\'t"',
      '7:29 error apostrophe "youre" is missing its apostrophe; expected "you\'re"',
      '7:39 error apostrophe "Its\'" is not a word; expected "its" (belonging to it) or "it\'s" (it is)',
      '9:1 error apostrophe "Theyre" is missing its apostrophe; expected "They\'re"',
      '9:17 error apostrophe "THATS" is missing its apostrophe; expected "THAT\'S"',
      '11:1 error apostrophe "Its" here means the other word; expected "It\'s" (it is) before "a"',
      '11:17 error apostrophe "its" here means the other word; expected "it\'s" (it is) before "been"',
      '11:44 error apostrophe "it\'s" here means the other word; expected "its" (belonging to it) before "own"',
      '11:58 error apostrophe "Its" here means the other word; expected "It\'s" (it is) before "going"',
    ]);
  });
});
