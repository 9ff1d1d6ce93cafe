import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { BASE_CONFIG } from "../../../test/helpers/foundation.js";
import { readabilityRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

describe("readability", () => {
  it("passes sentences of up to 30 words; a line break ends a sentence; hashtags, mentions and URLs are not words", async () => {
    expect(await run(readabilityRule, example("good.md"))).toEqual([]);
  });

  it("warns on a 37-word sentence, spanning it, and on sentences that run past 'Mr.' and 'e.g.'", async () => {
    expect(await run(readabilityRule, example("bad.md"))).toEqual([
      "6:7 warning readability this sentence has 37 words; expected at most 30: split it",
      "8:1 warning readability this sentence has 35 words; expected at most 30: split it",
      "10:1 warning readability this sentence has 34 words; expected at most 30: split it",
    ]);
  });

  it("takes max_words from the config", async () => {
    const config = `checks:\n  readability: {severity: error, max_words: 5}\n${BASE_CONFIG}`;
    expect(
      await run(readabilityRule, "---\nclient: acme\nchannels: [acme-bluesky]\n---\nOne two three four five six.\n", { config }),
    ).toEqual(["5:1 error readability this sentence has 6 words; expected at most 5: split it"]);
  });
});
