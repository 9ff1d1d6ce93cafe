import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { articleRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");

describe("article", () => {
  it("knows sound exceptions (a user, an hour, a one-off, an 8-hour, an 11-day), a sounded h, split usage, letters, acronyms and names", async () => {
    expect(await run(articleRule, example("good.md"))).toEqual([]);
  });

  it("reports a wrong article in the title and body, keeping its case, and not 'a (useful)'; acronyms by the sound of their letters", async () => {
    expect(await run(articleRule, example("bad.md"))).toEqual([
      '4:8 error article "A apology": expected "An" before "apology"',
      '7:12 error article "a apology": expected "an" before "apology"',
      '7:26 error article "an tent": expected "a" before "tent"',
      '7:62 error article "a hour": expected "an" before "hour"',
      '9:1 error article "An user": expected "A" before "user"',
      '9:19 error article "a 8-person": expected "an" before "8-person"',
      '11:1 error article "An UFO": expected "A" before "UFO"',
      '11:9 error article "an hilarious": expected "a" before "hilarious"',
      '11:29 error article "a API": expected "an" before "API"',
      '11:39 error article "an CEO": expected "a" before "CEO"',
    ]);
  });
});
