import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import module, { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli } from "../helpers/cli.js";

// The bundled CLI (scripts/build-cli.mjs, what `npm run build` and `npm ci` make) is built once into a
// package-shaped folder outside the repository: bin/ beside dist-cli/, and no node_modules to fall back on.
let pkg: string;
let content: string;
beforeAll(() => {
  pkg = mkdtempSync(path.join(tmpdir(), "checkpost-bundle-"));
  const built = spawnSync(process.execPath, ["scripts/build-cli.mjs", "--out", path.join(pkg, "dist-cli")], {
    cwd: REPO,
    encoding: "utf8",
  });
  expect(built.stderr).toBe("");
  expect(built.status).toBe(0);
  mkdirSync(path.join(pkg, "bin"));
  for (const file of ["checkpost.js", "compile-cache.js"]) copyFileSync(path.join(REPO, "bin", file), path.join(pkg, "bin", file));
  // A content folder with an X channel: the bundle holds twitter-text, loaded only for such channels.
  content = path.join(pkg, "content");
  mkdirSync(path.join(content, "posts/acme"), { recursive: true });
  const config = readFileSync(path.join(REPO, "test/fixtures/cli-content/checkpost.yml"), "utf8");
  writeFileSync(
    path.join(content, "checkpost.yml"),
    `${config}      acme-x:\n        type: x\n        handle: "@acme_x"\n        secret_env: ACME_X\n`,
  );
  writeFileSync(
    path.join(content, "posts/acme/x.md"),
    `---\nclient: acme\nchannels: [acme-x]\n---\n${"語".repeat(141)} see https://acme.example\n`,
  );
}, 600_000);
afterAll(() => {
  if (pkg) rmSync(pkg, { recursive: true, force: true });
});

const NODE24 = path.join(REPO, "test/node24/node_modules/.bin/node");
const runtimes = [["Node 20 (this machine)", process.execPath] as const, ...(existsSync(NODE24) ? [["Node 24", NODE24] as const] : [])];

const bin = () => path.join(pkg, "bin/checkpost.js");
/** The bundle's code: index.cjs and its chunks. */
const bundlePath = () => path.join(pkg, "dist-cli/index.cjs");
const bundleFiles = () => readdirSync(path.join(pkg, "dist-cli")).filter((f) => /\.c?js$/.test(f));

describe("the bundled CLI (dist-cli/)", () => {
  it.each(runtimes)("prints what the sources print, byte for byte, on %s", async (_, node) => {
    for (const [args, cwd] of [
      [["check", "example-content", "--format", "json"], REPO],
      [["check", "example-content"], REPO],
      [["check", "test/fixtures/cli-content", "--format", "github"], REPO],
      [["check", ".", "--format", "json"], content],
      [["rules"], REPO],
    ] as const) {
      const expected = await runCli([...args], { cwd });
      const run = spawnSync(node, [bin(), ...args], { cwd, encoding: "utf8" });
      // No stderr either: twitter-text's require("punycode") must not print Node 22's deprecation warning.
      expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual(expected);
    }
  });

  it("needs nothing but Node's own modules: every require it leaves names a built-in or its own chunk", () => {
    const names = new Set<string>();
    for (const file of bundleFiles()) {
      const source = readFileSync(path.join(pkg, "dist-cli", file), "utf8");
      // Calls only: a require inside a string or a comment (ajv's standalone code, picomatch's docs) is not one.
      for (const m of source.matchAll(/^(?!\s*(?:\*|\/\/)).*?(?<![.\w'"])require\("([^"]+)"\)/gm)) names.add(m[1] as string);
      // The chunks are CommonJS too, loaded by require: an import() would need a loader vm.Script lacks (Node 20's cache).
      // (JSDoc's import('…') types are no calls.)
      expect(source.match(/^(?!\s*(?:\*|\/\/)).*?(?<![\w.]|\/\* )import\((?!')/gm) ?? []).toEqual([]);
    }
    const foreign = [...names].filter((name) => !builtinModules.includes(name.replace(/^node:/, "")));
    expect(foreign).toEqual([]);
    expect(names.has("node:fs")).toBe(true);
    expect(readFileSync(path.join(pkg, "dist-cli/index.cjs"), "utf8")).toContain('require("./" + __nccwpck_require__.u(chunkId))');
    expect(JSON.parse(readFileSync(path.join(pkg, "dist-cli/package.json"), "utf8"))).toEqual({ type: "commonjs" });
  });

  it("is ASCII only, so Node decodes it on its fast path", () => {
    for (const file of bundleFiles()) {
      expect(/[^\x00-\x7f]/.test(readFileSync(path.join(pkg, "dist-cli", file), "utf8"))).toBe(false);
    }
  });

  it("gives way to dist/ when tsc has written it since, and is run again once it is the newer", () => {
    const stub = path.join(pkg, "dist/cli/main.js");
    mkdirSync(path.dirname(stub), { recursive: true });
    writeFileSync(stub, 'export async function main(_argv, io) { io.stdout.write("dist\\n"); return 0; }\n');
    const bundle = bundlePath();
    const now = Date.now() / 1000;
    try {
      utimesSync(bundle, now - 60, now - 60);
      utimesSync(stub, now, now);
      expect(spawnSync(process.execPath, [bin(), "--version"], { encoding: "utf8" }).stdout).toBe("dist\n");
      utimesSync(stub, now - 120, now - 120);
      expect(spawnSync(process.execPath, [bin(), "--version"], { encoding: "utf8" }).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    } finally {
      rmSync(path.join(pkg, "dist"), { recursive: true, force: true });
    }
  });

  // Node 22.1 and later keep their own compile cache (module.enableCompileCache); Node 20 runs bin/compile-cache.js.
  const ownCache = "enableCompileCache" in module;
  it.skipIf(ownCache)("on Node 20, leaves a code cache at the first run and runs from it, and ignores a bad or shared one", async () => {
    const args = ["check", "example-content", "--format", "json"];
    const expected = await runCli(args, { cwd: REPO });
    const root = mkdtempSync(path.join(tmpdir(), "checkpost-cache-"));
    const folder = path.join(root, `checkpost-compile-cache-${process.getuid?.() ?? ""}-${process.version}-${process.arch}`);
    const run = (env: Record<string, string> = {}) => {
      const done = spawnSync(process.execPath, [bin(), ...args], {
        cwd: REPO,
        encoding: "utf8",
        env: { ...process.env, NODE_COMPILE_CACHE: root, ...env },
      });
      expect({ code: done.status, stdout: done.stdout, stderr: done.stderr }).toEqual(expected);
    };
    const entries = () => (existsSync(folder) ? readdirSync(folder).sort() : []);
    try {
      run({ NODE_DISABLE_COMPILE_CACHE: "1" });
      expect(entries()).toEqual([]);
      run();
      // The bundle and the chunks the run loaded (the word table, tinyglobby for the folder), named by size and time.
      const written = entries();
      // Chunk numbers are the bundler's module ids, which move with any source change: match their shape only.
      expect(written.map((name) => name.replace(/-[0-9a-f]{8}-\d+-\d+$/, "").replace(/^\d+\./, "N."))).toEqual([
        "N.index.cjs.js",
        "N.index.cjs.js",
        "index.cjs",
      ]);
      const entry = path.join(folder, written[2] as string);
      const before = statSync(entry).mtimeMs;
      run();
      expect(statSync(entry).mtimeMs).toBe(before);
      // A damaged entry is rejected by V8, and replaced.
      writeFileSync(entry, "not a code cache");
      run();
      expect(readFileSync(entry).length).toBeGreaterThan(100_000);
      expect(entries()).toEqual(written);
      // A rebuilt bundle gets a new entry in place of its old one; another installation's entries stay.
      const elsewhere = path.join(folder, "index.cjs-0badc0de-1-1");
      writeFileSync(elsewhere, "another installation's");
      const later = statSync(bundlePath()).mtimeMs / 1000 + 5;
      utimesSync(bundlePath(), later, later);
      run();
      const rebuilt = entries();
      expect(rebuilt).toHaveLength(4);
      expect(rebuilt).toContain("index.cjs-0badc0de-1-1");
      expect(rebuilt).not.toContain(written[2]);
      // A folder others may write to is not used: the cache is code this user runs. Nor a link in its place.
      rmSync(folder, { recursive: true });
      mkdirSync(folder);
      chmodSync(folder, 0o777);
      run();
      expect(entries()).toEqual([]);
      rmSync(folder, { recursive: true });
      const elsewhereFolder = path.join(root, "elsewhere");
      mkdirSync(elsewhereFolder, { mode: 0o700 });
      symlinkSync(elsewhereFolder, folder);
      run();
      expect(readdirSync(elsewhereFolder)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
