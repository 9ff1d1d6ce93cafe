import { describe, expect, it } from "vitest";
import { renderChannelText } from "../../src/text/channel-text.js";
import { renderChannelTextWithPatterns } from "./channel-text-reference.js";
import { random } from "./random.js";

// Every character and piece of syntax a step reads, so random texts hit their edge cases often.
const PIECES = [
  ..."*_~[]()!<>`#\\\"' \n\t\r-:/a.bé1",
  "\u00a0",
  "\u2028",
  "**",
  "__",
  "~~",
  "](",
  "![",
  "<!--",
  "-->",
  "<http://",
  "<https://",
  "https://a.example",
  "   ",
];

describe("renderChannelText", () => {
  it("gives exactly what the regular expressions it replaced give, on 50,000 random texts", () => {
    const next = random(9);
    for (let n = 0; n < 50_000; n++) {
      const length = Math.floor(next() * 24);
      let text = "";
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      expect(renderChannelText(text), JSON.stringify(text)).toBe(renderChannelTextWithPatterns(text));
    }
  });
});
