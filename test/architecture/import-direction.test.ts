import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, layerOf, violations } from "./layers.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * Every TypeScript source under a folder, by repository-relative path. Tests are left out (a test may drive an
 * inner module through an outer one), and so is the Action's bundle, which is output, not source.
 */
function sources(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts") || entry.name.endsWith(".d.ts") || entry.name.endsWith(".test.ts")) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(ROOT, absolute).split(path.sep).join("/");
    if (relative.startsWith("action/dist/")) continue;
    files.set(relative, readFileSync(absolute, "utf8"));
  }
  return files;
}

describe("import direction", () => {
  it("src/ and action/ import only inward, rules import no other rule, src/ never imports @actions/*", () => {
    const files = new Map([...sources("src"), ...sources("action")]);
    expect(files.size).toBeGreaterThan(80);
    expect(violations(files)).toEqual([]);
  });
});

describe("the checker", () => {
  it("finds static, type-only, re-exported, side-effect and dynamic imports, not ones quoted in comments", () => {
    const source = [
      'import { a } from "./a.js";',
      'import type { B } from "../b.js";',
      'export { c } from "./c.js";',
      'export * from "./d.js";',
      'import "./e.js";',
      'const f = await import("./f.js");',
      '// a dynamic import("./g.js"), not require()',
      '/* import { h } from "./h.js"; */',
      "import {",
      "  i,",
      '} from "./i.js";',
    ].join("\n");
    expect(importsOf(source).sort()).toEqual(["../b.js", "./a.js", "./c.js", "./d.js", "./e.js", "./f.js", "./i.js"]);
  });

  it("maps files to layers by the longest matching prefix, and knows no unlisted folder", () => {
    expect(layerOf("src/text/prose.ts")).toBe(0);
    expect(layerOf("src/types.ts")).toBe(0);
    expect(layerOf("src/rules/length/index.ts")).toBe(2);
    expect(layerOf("action/main.ts")).toBe(5);
    expect(layerOf("src/render/x.ts")).toBeUndefined();
  });

  it("reports outward imports, rule-to-rule imports, @actions/* in src/ and unmapped files, and accepts inward ones", () => {
    const files = new Map([
      ["src/text/words.ts", 'import { rules } from "../rules/registry.js";'],
      ["src/rules/mentions/index.ts", 'import { count } from "../hashtags/count.js";\nimport type { Rule } from "../types.js";'],
      ["src/rules/registry.ts", 'import { mentionsRule } from "./mentions/index.js";'],
      ["src/check/run.ts", 'import * as core from "@actions/core";\nimport { words } from "../text/words.js";'],
      ["action/main.ts", 'import * as core from "@actions/core";\nimport { run } from "../src/check/run.js";'],
      ["src/odd/thing.ts", ""],
      ["src/post/post.ts", 'const { pr } = await import("../pr/review.js");'],
    ]);
    expect(violations(files)).toEqual([
      "src/text/words.ts: import '../rules/registry.js' goes outward (leaves → rules)",
      "src/rules/mentions/index.ts: import '../hashtags/count.js' reaches into src/rules/hashtags/count.ts; a rule imports only src/rules/types.ts and inner layers",
      "src/check/run.ts: import '@actions/core' is @actions/*, which only action/ may use",
      "src/odd/thing.ts: not in the layer map; give its folder a layer in test/architecture/layers.ts and docs/architecture.md",
      "src/post/post.ts: import '../pr/review.js' goes outward (model → workflows)",
    ]);
  });
});
