import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
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
  copyFileSync(path.join(REPO, "bin/checkpost.js"), path.join(pkg, "bin/checkpost.js"));
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

  it("needs nothing but Node's own modules: every require and import it leaves names a built-in or its own chunk", () => {
    const names = new Set<string>();
    for (const file of readdirSync(path.join(pkg, "dist-cli")).filter((f) => f.endsWith(".js"))) {
      const source = readFileSync(path.join(pkg, "dist-cli", file), "utf8");
      for (const m of source.matchAll(
        /createRequire\(import\.meta\.url\)\("([^"]+)"\)|^import .* from "([^"]+)";$|\bimport\("([^"]+)"\)/gm,
      )) {
        names.add((m[1] ?? m[2] ?? m[3]) as string);
      }
    }
    const foreign = [...names].filter((name) => !builtinModules.includes(name.replace(/^node:/, "")) && !/^\.\/\d+\.index\.js$/.test(name));
    expect(foreign).toEqual([]);
    expect(names.has("node:fs")).toBe(true);
  });

  it("is ASCII only, so Node decodes it on its fast path", () => {
    for (const file of readdirSync(path.join(pkg, "dist-cli")).filter((f) => f.endsWith(".js"))) {
      expect(/[^\x00-\x7f]/.test(readFileSync(path.join(pkg, "dist-cli", file), "utf8"))).toBe(false);
    }
  });

  it("gives way to dist/ when tsc has written it since, and is run again once it is the newer", () => {
    const stub = path.join(pkg, "dist/cli/main.js");
    mkdirSync(path.dirname(stub), { recursive: true });
    writeFileSync(stub, 'export async function main(_argv, io) { io.stdout.write("dist\\n"); return 0; }\n');
    const bundle = path.join(pkg, "dist-cli/index.js");
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
});
