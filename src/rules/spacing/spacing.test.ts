import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { spacingRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

describe("spacing", () => {
  it("passes single spaces, a Markdown line break and gaps that do not end a sentence", async () => {
    expect(await run(spacingRule, example("good.md"))).toEqual([]);
  });

  it("reports each wide gap between sentences, in a quoted variant and the body", async () => {
    expect(await run(spacingRule, example("bad.md"))).toEqual([
      "5:29 warning spacing 2 spaces between sentences; expected 1 space",
      "8:12 warning spacing 2 spaces between sentences; expected 1 space",
      "8:32 warning spacing 3 spaces between sentences; expected 1 space",
      "8:58 warning spacing 2 tabs between sentences; expected 1 space",
    ]);
  });
});
