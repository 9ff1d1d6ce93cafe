import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentRoot, type ExpectedFinding, expectedFinding, type RuleExamples, readExamples } from "../../test/checkpoints/examples.js";
import { check, loadConfig } from "../../test/checkpoints/kit.js";
import type { ResolvedConfig } from "../config/types.js";
import { rules } from "./registry.js";

it("registers every rule folder, so none of their examples go unchecked", () => {
  const folders = readdirSync(new URL(".", import.meta.url), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  expect(folders.map((entry) => entry.name).sort()).toEqual(rules.map((rule) => rule.id).sort());
});

// Every registered rule's examples (see test/checkpoints/examples.ts): a new rule needs examples, not test code.
describe.each(rules.map((rule) => [rule.id, rule] as const))("%s examples", (_id, rule) => {
  let examples: RuleExamples;
  let config: ResolvedConfig;
  let remove = () => {};
  beforeAll(async () => {
    examples = readExamples(rule.id);
    const content = contentRoot(examples);
    remove = content.remove;
    config = await loadConfig(examples.config, content.root);
  });
  afterAll(() => remove());

  const findings = async (name: string) => {
    const text = readFileSync(path.join(examples.dir, name), "utf8");
    const relPath = examples.paths[name] ?? "posts/acme/post.md";
    return (await check(rule, text, { config, relPath })).map(expectedFinding);
  };

  it("is quiet on good.md", async () => {
    expect(await findings("good.md")).toEqual([]);
  });

  it("gives exactly the findings of bad.expected.json on bad.md", async () => {
    const expected = JSON.parse(readFileSync(path.join(examples.dir, "bad.expected.json"), "utf8")) as ExpectedFinding[];
    // A bad example that shows nothing would let the rule go silent unnoticed.
    expect(expected.length).toBeGreaterThan(0);
    expect(await findings("bad.md")).toEqual(expected);
  });
});
