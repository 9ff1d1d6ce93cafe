// The CLI bundle's entry (scripts/build-cli.mjs): ncc writes CommonJS for a .cjs entry, and CommonJS can be
// compiled with a V8 code cache on Node 20 too (bin/compile-cache.js), where an ES module cannot.
module.exports = require("../src/cli/main.ts");
