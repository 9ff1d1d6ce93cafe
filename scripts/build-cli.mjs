// Bundles the CLI into dist-cli/ (one file, index.cjs, plus a chunk per module the CLI loads with import()
// only when a run needs it), which bin/checkpost.js prefers to dist/: resolving and reading some 150 files
// from dist/ and node_modules was about a third of a one-post run. dist/ (tsc) stays the library's main and
// types. The bundle is CommonJS (the entry is scripts/cli-entry.cjs) so that Node 20 can run it from a code
// cache (bin/compile-cache.js); its package.json says so, for the chunks' .js names.
// Usage: node scripts/build-cli.mjs [--out DIR]   (npm run build and the prepare script run it after tsc)
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { out: { type: "string", default: path.join(repo, "dist-cli") } } });
const out = path.resolve(values.out);

const require = createRequire(import.meta.url);
const ncc = path.join(path.dirname(require.resolve("@vercel/ncc/package.json")), require("@vercel/ncc/package.json").bin.ncc);

rmSync(out, { recursive: true, force: true });
const args = ["build", path.join(repo, "scripts/cli-entry.cjs"), "-o", out, "--license", "licenses.txt", "-q"];
const built = spawnSync(process.execPath, [ncc, ...args], { cwd: repo, stdio: "inherit" });
if (built.status !== 0) {
  console.error(`build-cli: ncc failed (exit ${built.status ?? built.signal})`);
  process.exit(1);
}

writeFileSync(path.join(out, "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);

for (const name of readdirSync(out).filter((file) => /\.c?js$/.test(file))) {
  const file = path.join(out, name);
  writeFileSync(file, asciiOnly(readFileSync(file, "utf8"), name));
}

/**
 * Writes every non-ASCII character as a \u escape, which means the same character in a string, template,
 * regular expression or identifier (and is inert in a comment). Node decodes an ASCII source several times
 * faster and V8 then scans one byte per character: the word table's chunk is 1.4 MB with two non-ASCII
 * characters, which made the whole file two-byte. A non-ASCII character after a backslash would change
 * meaning, so it stops the build instead.
 */
function asciiOnly(source, name) {
  let result = "";
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 0x80) continue;
    if (source.charCodeAt(i - 1) === 92 /* \ */) {
      throw new Error(`build-cli: ${name} has a backslash before a non-ASCII character at offset ${i}; cannot escape it`);
    }
    result += `${source.slice(from, i)}\\u${code.toString(16).padStart(4, "0")}`;
    from = i + 1;
  }
  return result + source.slice(from);
}
