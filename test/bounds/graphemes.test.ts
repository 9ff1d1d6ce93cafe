import { describe, expect, it } from "vitest";
import { clustersIn, countGraphemes } from "../../src/text/count.js";
import { random } from "./random.js";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const whole = (text: string) => [...segmenter.segment(text)].length;

// Clusters that join across code points: combining marks, emoji sequences, flags (pairs of regional indicators),
// skin tones, Hangul jamo, CR LF; and plain characters between them.
const PIECES = [
  "a",
  " ",
  "\r",
  "\n",
  "\r\n",
  "é",
  "e\u0301",
  "\u0301",
  "日",
  "👨\u200d👩\u200d👧",
  "\u200d",
  "🇩",
  "🇪",
  "🏽",
  "👍",
  "\u1100",
  "\u1161",
  "\u11a8",
  "\ufe0f",
  "1\ufe0f\u20e3",
  "“",
];

describe("grapheme counting in chunks", () => {
  it("counts what Intl.Segmenter counts on the whole text, across many chunk boundaries", () => {
    const next = random(11);
    for (let n = 0; n < 300; n++) {
      let text = "";
      const length = Math.floor(next() * 3000);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
      expect(clustersIn(text), `text ${n}`).toBe(whole(text));
      expect(countGraphemes(text), `text ${n}`).toBe(whole(text));
    }
  });

  it("counts long runs of one joining piece: flags, a base with 5,000 marks, a long emoji sequence", () => {
    for (const text of ["🇩🇪".repeat(3000), `a${"\u0301".repeat(5000)}`, "👨\u200d".repeat(2000), `x${"🏽".repeat(1500)}`]) {
      expect(clustersIn(text)).toBe(whole(text));
    }
  });
});
