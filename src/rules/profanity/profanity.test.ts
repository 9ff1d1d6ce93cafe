import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { BASE_CONFIG } from "../../../test/helpers/foundation.js";
import { profanityRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

describe("profanity", () => {
  it("does not fire on just, simple, easily, bigger, hell or fire", async () => {
    expect(await run(profanityRule, example("good.md"))).toEqual([]);
  });

  it("warns on likely and sure profanity in the title and body", async () => {
    expect(await run(profanityRule, example("bad.md"))).toEqual([
      '4:8 warning profanity "Damn" may be profane; expected other wording',
      '7:16 warning profanity "crap" is profane; expected other wording',
      '7:49 warning profanity "sexy" may be profane; expected other wording',
    ]);
  });

  it("flags rating-0 words like bigger with sureness 0", async () => {
    const config = `checks:\n  profanity: {severity: error, sureness: 0}\n${BASE_CONFIG}`;
    expect(await run(profanityRule, "---\nclient: acme\nchannels: [acme-bluesky]\n---\nBigger tents.\n", { config })).toEqual([
      '5:1 error profanity "Bigger" may be profane in some senses; expected other wording',
    ]);
  });
});
