import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO } from "../helpers/cli.js";

/**
 * The package as an agency installs it: packed by npm from a package-shaped copy (dist/ from the global set-up's
 * tsc, dist-cli/ bundled here), then used from an empty folder as child processes. `npm i <tarball>` needs the
 * registry's metadata even with --offline, so the tarball is unpacked into node_modules/checkpost the way npm
 * would, with its bin linked in node_modules/.bin and its runtime dependencies (package.json `dependencies`
 * only) linked from this checkout: what runs is exactly what the tarball holds.
 */
const pkg = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as {
  version: string;
  dependencies: Record<string, string>;
  exports: Record<string, unknown>;
  types: string;
};

let work: string;
let files: string[];
let app: string;

const run = (command: string, args: string[], cwd: string) => {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: work, npm_config_cache: path.join(work, "npm-cache") },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};
// npx finds the installed bin first; --offline makes sure it could never fetch a package named checkpost instead.
const npx = (...args: string[]) => run("npx", ["--offline", "checkpost", ...args], app);

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "checkpost-pack-"));
  const stage = path.join(work, "stage");
  mkdirSync(stage);
  for (const entry of ["package.json", "README.md", "LICENSE", "bin", "schemas", "dist"]) {
    cpSync(path.join(REPO, entry), path.join(stage, entry), { recursive: true });
  }
  const built = spawnSync(process.execPath, ["scripts/build-cli.mjs", "--out", path.join(stage, "dist-cli")], {
    cwd: REPO,
    encoding: "utf8",
  });
  expect(built.stderr).toBe("");
  // --ignore-scripts: prepare would rebuild what was just built (and tsc needs the sources).
  const packed = run("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], stage);
  expect(packed.code).toBe(0);
  const [info] = JSON.parse(packed.stdout) as { filename: string; files: { path: string }[] }[];
  files = info?.files.map((f) => f.path) ?? [];

  app = path.join(work, "agency");
  const installed = path.join(app, "node_modules/checkpost");
  mkdirSync(installed, { recursive: true });
  expect(run("tar", ["-xzf", path.join(work, info?.filename as string), "-C", installed, "--strip-components=1"], work).code).toBe(0);
  mkdirSync(path.join(app, "node_modules/.bin"));
  symlinkSync("../checkpost/bin/checkpost.js", path.join(app, "node_modules/.bin/checkpost"));
  for (const name of Object.keys(pkg.dependencies)) {
    mkdirSync(path.dirname(path.join(app, "node_modules", name)), { recursive: true });
    symlinkSync(path.join(REPO, "node_modules", name), path.join(app, "node_modules", name));
  }
  writeFileSync(path.join(app, "package.json"), '{ "name": "agency-content", "private": true }\n');
}, 600_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("holds bin, dist, dist-cli, schemas, README and LICENSE, and nothing else", () => {
    const outside = files.filter((f) => !/^(bin|dist|dist-cli|schemas)\//.test(f) && !["package.json", "README.md", "LICENSE"].includes(f));
    expect(outside).toEqual([]);
    expect(files.filter((f) => /\.test\.|\.map$|fixtures|examples\//.test(f))).toEqual([]);
    for (const needed of [
      "bin/checkpost.js",
      "dist/index.js",
      "dist/index.d.ts",
      "dist-cli/index.cjs",
      "bin/compile-cache.js",
      "schemas/config.schema.json",
      "schemas/post.schema.json",
      "LICENSE",
      "README.md",
    ]) {
      expect(files).toContain(needed);
    }
  });

  it("exports the library and its types, and the schemas, and nothing deeper", () => {
    const dot = pkg.exports["."] as { types: string; import: string };
    expect(files).toContain(dot.types.replace(/^\.\//, ""));
    expect(files).toContain(dot.import.replace(/^\.\//, ""));
    expect(pkg.types).toBe(dot.types.replace(/^\.\//, ""));
    const script = `
      const lib = await import("checkpost");
      const outcome = await lib.runCheck({ paths: [], cwd: process.cwd() });
      console.log(typeof lib.checkLoadedPost, outcome.kind, outcome.report.posts);
      const schema = await import("checkpost/schemas/post.schema.json", { with: { type: "json" } });
      console.log(schema.default.title);
      await import("checkpost/dist/github/octokit-api.js").catch((error) => console.log(error.code));
    `;
    mkdirSync(path.join(app, "lib-check/posts/acme"), { recursive: true });
    cpSync(path.join(REPO, "test/fixtures/cli-content/checkpost.yml"), path.join(app, "lib-check/checkpost.yml"));
    writeFileSync(
      path.join(app, "lib-check/posts/acme/hello.md"),
      "---\nclient: acme\nchannels: [acme-bluesky]\n---\nHello from the trail.\n",
    );
    const result = run(process.execPath, ["--input-type=module", "-e", script], path.join(app, "lib-check"));
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("function report 1\ncheckpost post front-matter\nERR_PACKAGE_PATH_NOT_EXPORTED\n");
  });

  it("the README's npx checkpost init and new work in an empty folder, check passes, and the schema paths they write resolve", () => {
    expect(npx("--version")).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    // The adoption path's own commands, as a shell runs them (quotes, line continuations); --hook needs git.
    const readme = readFileSync(path.join(REPO, "README.md"), "utf8").replace(/\\\n\s*/g, "");
    const command = (name: string) =>
      /^npx checkpost (?:init|new) .*$/m.exec(readme.slice(readme.indexOf(`npx checkpost ${name} `)))?.[0] as string;
    expect(run("git", ["init", "-q"], app).code).toBe(0);
    const init = run("bash", ["-c", command("init")], app);
    expect(init.stderr).toBe("");
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('"checkpost" and "checkpost/approval"');
    const created = run("bash", ["-c", command("new")], app);
    expect(created).toEqual({ code: 0, stdout: "posts/acme/2027-12-01-winter-sale-launch.md\n", stderr: "" });
    const check = npx("check");
    expect(check.stderr).toBe("");
    expect(check.stdout).toContain("✔ 1 post checked, 0 errors, 0 warnings");
    expect(check.code).toBe(0);

    const schemaOf = (file: string) => /\$schema=(\S+)/.exec(readFileSync(path.join(app, file), "utf8"))?.[1] as string;
    for (const file of ["checkpost.yml", "posts/acme/2027-12-01-winter-sale-launch.md"]) {
      expect(existsSync(path.resolve(path.dirname(path.join(app, file)), schemaOf(file))), file).toBe(true);
    }
  });

  it("its runtime dependencies all run on Node 20 (no engine warning on install)", () => {
    const listed = run("npm", ["ls", "--omit=dev", "--all", "--parseable"], REPO);
    const tooNew = listed.stdout
      .split("\n")
      .slice(1)
      .filter(Boolean)
      .flatMap((dir) => {
        const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name: string; engines?: { node?: string } };
        const floor = /^\s*>=?\s*v?(\d+)/.exec(manifest.engines?.node ?? "")?.[1];
        return floor && Number(floor) > 20 ? [`${manifest.name}: node ${manifest.engines?.node}`] : [];
      });
    expect(tooNew).toEqual([]);
  });
});

describe("the repository's own workflows", () => {
  const workflow = (name: string) => parse(readFileSync(path.join(REPO, ".github/workflows", name), "utf8"));

  it("ci runs .ci/run on every supported Node major", () => {
    const ci = workflow("ci.yml");
    const floor = Number(/\d+/.exec((pkg as { engines?: { node?: string } }).engines?.node ?? "")?.[0]);
    expect(ci.jobs.test.strategy.matrix.node).toEqual([floor, 24]);
    expect(ci.jobs.test.steps.at(-1)).toEqual({ run: ".ci/run" });
  });

  it("release runs the gates, tags the version, publishes with provenance and moves the major tag", () => {
    const release = workflow("release.yml");
    expect(release.permissions).toEqual({ contents: "write", "id-token": "write" });
    const runs = release.jobs.release.steps.map((step: { run?: string }) => step.run ?? "").join("\n");
    const order = [".ci/run", 'git push origin "v', "npm publish --provenance", "git push --force origin"];
    const at = order.map((text) => runs.indexOf(text));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it("npm version keeps src/version.ts in step through the version script", () => {
    const scripts = (JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.version).toBe("node scripts/sync-version.mjs && git add src/version.ts");
    const copy = path.join(work, "version-copy");
    mkdirSync(path.join(copy, "src"), { recursive: true });
    mkdirSync(path.join(copy, "scripts"));
    cpSync(path.join(REPO, "scripts/sync-version.mjs"), path.join(copy, "scripts/sync-version.mjs"));
    writeFileSync(path.join(copy, "package.json"), '{ "version": "1.2.3-rc.1" }\n');
    cpSync(path.join(REPO, "src/version.ts"), path.join(copy, "src/version.ts"));
    expect(run(process.execPath, ["scripts/sync-version.mjs"], copy).code).toBe(0);
    expect(readFileSync(path.join(copy, "src/version.ts"), "utf8")).toContain('export const VERSION = "1.2.3-rc.1";');
  });
});
