import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { spacingRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

const HIDDEN = "invisible or reordering text, so readers may see other words than reviewers did; remove";

// good.md and bad.md run in src/rules/examples.test.ts; hidden characters have an example post of their own.
describe("spacing", () => {
  it("reports hidden characters in the body and variants, not joiners inside emoji or Persian words", async () => {
    // Line 10 keeps its family emoji and thumbs-up sequence, line 11 its Persian word: only the stray joiner is reported.
    expect(await run(spacingRule, example("hidden-bad.md"))).toEqual([
      `5:25 warning spacing a hidden character (U+202E RIGHT-TO-LEFT OVERRIDE): ${HIDDEN} it`,
      `5:35 warning spacing a hidden character (U+202C POP DIRECTIONAL FORMATTING): ${HIDDEN} it`,
      `8:16 warning spacing a hidden character (U+200B ZERO WIDTH SPACE): ${HIDDEN} it`,
      `9:7 warning spacing a hidden character (U+2066 LEFT-TO-RIGHT ISOLATE): ${HIDDEN} it`,
      `9:13 warning spacing a hidden character (U+2069 POP DIRECTIONAL ISOLATE): ${HIDDEN} it`,
      `9:30 warning spacing a hidden character (U+2060 WORD JOINER): ${HIDDEN} it`,
      `10:1 warning spacing 2 hidden characters (U+200E LEFT-TO-RIGHT MARK, U+200F RIGHT-TO-LEFT MARK): ${HIDDEN} them`,
      `10:65 warning spacing a hidden character (U+200D ZERO WIDTH JOINER): ${HIDDEN} it`,
      `11:28 warning spacing a hidden character (U+FEFF ZERO WIDTH NO-BREAK SPACE): ${HIDDEN} it`,
    ]);
  });
});
