import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { BASE_CONFIG } from "../../../test/helpers/foundation.js";
import { profanityRule } from "./index.js";

describe("profanity", () => {
  it("flags rating-0 words like bigger with sureness 0", async () => {
    const config = `checks:\n  profanity: {severity: error, sureness: 0}\n${BASE_CONFIG}`;
    expect(await run(profanityRule, "---\nclient: acme\nchannels: [acme-bluesky]\n---\nBigger tents.\n", { config })).toEqual([
      '5:1 error profanity "Bigger" may be profane in some senses; expected other wording',
    ]);
  });
});
