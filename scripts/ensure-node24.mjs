#!/usr/bin/env node
// The end-to-end tests run the Action bundle on Node 24 too (the runtime action.yml declares). Node 24 comes
// from the npm registry into test/node24 (its own lockfile); install it once, before the first `npm test`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const binary = new URL("../test/node24/node_modules/.bin/node", import.meta.url);
if (!existsSync(binary)) {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const run = spawnSync(npm, ["ci", "--prefix", "test/node24", "--no-audit", "--no-fund"], {
    cwd: new URL("..", import.meta.url),
    stdio: "inherit",
  });
  if (run.status !== 0) {
    console.error("could not install Node 24 into test/node24 (npm ci --prefix test/node24); the e2e tests need it");
    process.exit(run.status ?? 1);
  }
}
