#!/usr/bin/env node
// Thin launcher. It runs the bundled CLI, dist-cli/ (one file: `npm run build`, and `npm ci` through the
// prepare script), unless tsc has written dist/ since: then dist/cli/main.js, so a `tsc` build (as the
// tests' set-up runs) is never shadowed by an older bundle.
import { statSync } from "node:fs";
import module from "node:module";

// V8's compile cache (Node 22.1 and later; Node 20 has none): later runs skip parsing and compiling the CLI.
module.enableCompileCache?.();

const modified = (relative) => statSync(new URL(relative, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundle = modified("../dist-cli/index.js");
const bundled = bundle !== -1 && bundle >= modified("../dist/cli/main.js");

if (bundled) {
  // twitter-text (X channels) calls require("punycode"). Node 22 and later warn about that on stderr unless the
  // caller sits in node_modules, as it does for dist/; in the bundle it does not, so that one warning is dropped.
  const emitWarning = process.emitWarning;
  process.emitWarning = function (warning, ...rest) {
    const code = typeof rest[0] === "object" ? rest[0]?.code : rest[1];
    if (code === "DEP0040") return;
    return emitWarning.call(this, warning, ...rest);
  };
}

const { main } = await import(bundled ? "../dist-cli/index.js" : "../dist/cli/main.js");
process.exitCode = await main(process.argv.slice(2), process);
