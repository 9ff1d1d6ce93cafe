#!/usr/bin/env node
// Thin launcher. It runs the bundled CLI, dist-cli/ (one CommonJS file and its chunks: `npm run build`, and
// `npm ci` through the prepare script), unless tsc has written dist/ since: then dist/cli/main.js, so a `tsc`
// build (as the tests' set-up runs) is never shadowed by an older bundle.
import { statSync } from "node:fs";
import module, { createRequire } from "node:module";

const modified = (relative) => statSync(new URL(relative, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundle = modified("../dist-cli/index.cjs");
const bundled = bundle !== -1 && bundle >= modified("../dist/cli/main.js");

// V8's compile cache: later runs skip parsing and compiling the CLI. Node 22.1 and later keep it themselves;
// on Node 20 the bundle's CommonJS files are compiled with a code cache of our own (compile-cache.js).
if (module.enableCompileCache) module.enableCompileCache();
else if (bundled) (await import("./compile-cache.js")).cacheCompiledCode(new URL("../dist-cli/", import.meta.url));

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

const { main } = bundled ? createRequire(import.meta.url)("../dist-cli/index.cjs") : await import("../dist/cli/main.js");
process.exitCode = await main(process.argv.slice(2), process);
