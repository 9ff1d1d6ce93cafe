import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { BASE_CONFIG } from "../../../test/helpers/foundation.js";
import { inclusiveRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

describe("inclusive", () => {
  it("does not fire on marketing words (just, simple, easily, straightforward, bigger, obviously, of course) nor on pronouns", async () => {
    expect(await run(inclusiveRule, example("good.md"))).toEqual([]);
  });

  it("warns with alternatives in alt text and body", async () => {
    expect(await run(inclusiveRule, example("bad.md"))).toEqual([
      '6:14 warning inclusive "chairman" may be insensitive; consider "chair", "head", "chairperson"',
      '6:32 warning inclusive "crazy" may be insensitive; consider "rude", "malicious", "mean"',
      '9:16 warning inclusive "fireman" may be insensitive; consider "fire fighter", "fire officer"',
      '9:42 warning inclusive "guys" may be insensitive; consider "people", "persons", "folks"',
    ]);
  });

  it("allows more words with the ignore option", async () => {
    const config = `checks:\n  inclusive: {ignore: [guys]}\n${BASE_CONFIG}`;
    expect(await run(inclusiveRule, "---\nclient: acme\nchannels: [acme-bluesky]\n---\nHey guys!\n", { config })).toEqual([]);
  });
});
