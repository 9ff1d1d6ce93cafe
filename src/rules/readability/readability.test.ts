import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { BASE_CONFIG } from "../../../test/helpers/foundation.js";
import { readabilityRule } from "./index.js";

describe("readability", () => {
  it("takes max_words from the config", async () => {
    const config = `checks:\n  readability: {severity: error, max_words: 5}\n${BASE_CONFIG}`;
    expect(
      await run(readabilityRule, "---\nclient: acme\nchannels: [acme-bluesky]\n---\nOne two three four five six.\n", { config }),
    ).toEqual(["5:1 error readability this sentence has 6 words; expected at most 5: split it"]);
  });
});
