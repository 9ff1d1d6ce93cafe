import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * Builds dist/ once before the suite: bin/checkpost.js runs the compiled CLI, and the end-to-end tests
 * spawn it. tsc emits even when another part of the tree has a type error; the tests that spawn the
 * CLI are the judge of whether dist works, so a type error elsewhere is reported here, not fatal.
 */
export default function buildDist(): void {
  const root = path.resolve(import.meta.dirname, "../..");
  const tsc = path.join(root, "node_modules/typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) process.stderr.write(`build-dist: tsc -p tsconfig.build.json reported:\n${result.stdout}${result.stderr}\n`);
  if (!existsSync(path.join(root, "dist/cli/main.js"))) throw new Error("build-dist: dist/cli/main.js was not built");
}
