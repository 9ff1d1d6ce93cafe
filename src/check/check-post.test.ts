import { describe, expect, it } from "vitest";
import { BASE_CONFIG, loadConfig, run } from "../../test/checkpoints/kit.js";
import type { Rule } from "../rules/types.js";

const POST = "---\nclient: acme\nchannels: [acme-bluesky]\n---\nHello.\n";

/** A rule that reports the options it was given, and then tries to change them. */
const optionsEcho: Rule = {
  id: "readability",
  description: "test rule",
  defaultSeverity: "warning",
  check(_post, { options }) {
    const seen = JSON.stringify(options);
    (options as Record<string, unknown>).max_words = 1;
    return [{ line: 1, column: 1, message: seen }];
  },
};

describe("checkLoadedPost rule options", () => {
  it("gives every post of a client the same options, which no rule can change for the next post", async () => {
    const config = await loadConfig(`${BASE_CONFIG}checks:\n  readability: {max_words: 12}\n`);
    const first = await run(optionsEcho, POST, { config });
    const second = await run(optionsEcho, POST, { config });
    // The write fails (frozen), so the rule reports a crash; the next post still sees max_words 12.
    expect(first).toEqual(second);
    expect(first).toEqual([
      expect.stringMatching(/^1:1 error readability the readability check failed on this file \(.*read.only.*\); please report this$/),
    ]);
  });

  it("lets run-time options fill in what the config does not set, and the config win where both do", async () => {
    const echo: Rule = { ...optionsEcho, check: (_post, { options }) => [{ line: 1, column: 1, message: JSON.stringify(options) }] };
    const config = await loadConfig(`${BASE_CONFIG}checks:\n  readability: {max_words: 12}\n`);
    expect(await run(echo, POST, { config, ruleOptions: { readability: { max_words: 99, extra: true } } })).toEqual([
      '1:1 warning readability {"max_words":12,"extra":true}',
    ]);
  });
});
