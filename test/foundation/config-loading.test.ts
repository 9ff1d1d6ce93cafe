import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findConfig, loadConfig } from "../../src/check/load-config.js";
import { BASE_CONFIG, brief } from "../helpers/foundation.js";
import { patch } from "../helpers/patch.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "checkpost-config-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(name: string, content: string | Buffer) {
  const folder = path.join(dir, name);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "checkpost.yml"), content);
  return loadConfig(path.join(folder, "checkpost.yml"));
}

const WITH_ERROR = patch(BASE_CONFIG, "contact: jane-acme", "contact: jane acme");
const CONTACT_ERROR =
  '4:14 error config clients.acme.contact: "jane acme" is not valid; expected a GitHub login (letters, digits and single hyphens)';

describe("checkpost.yml is loaded as safely as a post", () => {
  it("CRLF and a BOM give the same positions as LF", async () => {
    const lf = await load("lf", WITH_ERROR);
    const crlf = await load("crlf", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WITH_ERROR.replace(/\n/g, "\r\n"))]));
    expect(brief(lf.messages)).toEqual([CONTACT_ERROR]);
    expect(brief(crlf.messages)).toEqual([CONTACT_ERROR]);
  });

  it("rejects prototype keys, duplicate keys and custom tags with positions", async () => {
    const result = await load("keys", `__proto__: {x: 1}\n${BASE_CONFIG}posts: a\nposts: b\nchecks: !foo {}\n`);
    expect(brief(result.messages)).toEqual([
      '1:1 error config key "__proto__" is not allowed: it is reserved',
      "24:1 error config duplicate key: each key may appear once in a mapping",
      "25:9 error config Unresolved tag: !foo: custom YAML tags are not allowed; expected plain data",
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it("rejects an alias bomb fast", async () => {
    const rows = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (const [i, name] of [..."bcdefgh"].entries()) rows.push(`${name}: &${name} [${Array(10).fill(`*${"abcdefgh"[i]}`).join(", ")}]`);
    const started = performance.now();
    const result = await load("bomb", `${rows.join("\n")}\n${BASE_CONFIG}`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(brief(result.messages)).toEqual([
      "2:8 error config too many alias expansions (more than 50): YAML aliases are limited to keep files safe to load",
    ]);
  });

  it("rejects a config over 1 MiB and a binary one", async () => {
    expect(brief((await load("big", `# ${"x".repeat(1024 * 1024)}\n${BASE_CONFIG}`)).messages)).toEqual([
      "1:1 error config file is larger than the limit of 1024 KiB; expected a short text file",
    ]);
    expect(brief((await load("nul", `clients:\n  a\0\n`)).messages)).toEqual([
      "2:4 error config file contains a NUL byte: it looks binary; expected UTF-8 text",
    ]);
  });

  it("a missing config file is a config message, not a crash", async () => {
    expect(brief((await loadConfig(path.join(dir, "none/checkpost.yml"))).messages)).toEqual([
      "1:1 error config cannot read the config: not found",
    ]);
  });
});

describe("findConfig", () => {
  it("walks up from a file or folder to the nearest checkpost.yml, or checkpost.yaml", async () => {
    await mkdir(path.join(dir, "walk/posts/acme"), { recursive: true });
    await writeFile(path.join(dir, "walk/checkpost.yaml"), BASE_CONFIG);
    await writeFile(path.join(dir, "walk/posts/acme/p.md"), "---\n---\n");
    expect(findConfig(path.join(dir, "walk/posts/acme/p.md"))).toBe(path.join(dir, "walk/checkpost.yaml"));
    expect(findConfig(path.join(dir, "walk/posts"))).toBe(path.join(dir, "walk/checkpost.yaml"));
    expect(findConfig(path.join(dir, "walk"))).toBe(path.join(dir, "walk/checkpost.yaml"));
  });
});
