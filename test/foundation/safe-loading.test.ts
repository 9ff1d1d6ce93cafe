import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeText } from "../../src/load/read-text.js";
import { parseYamlSafe } from "../../src/load/safe-yaml.js";
import { parsePost, readPost } from "../../src/post/parsed-post.js";
import { brief, checkText } from "../helpers/foundation.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "checkpost-safe-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBytes(name: string, bytes: Uint8Array | string) {
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  return readPost(file, name);
}

const ENGINE = (language: string) =>
  `1:4 error schema front-matter language "${language}" is not allowed: front-matter is YAML data, never code; expected "---" alone on the first line`;

describe("front-matter is data, never code", () => {
  it.each([
    ["js", "---js\n", ";\n---\n"],
    ["javascript", "---javascript\n", ";\n---\n"],
    ["coffee", "---coffee\n", "\n---\n"],
  ])("a ---%s post whose code would create a file creates nothing and is reported at 1:4", async (language, open, close) => {
    const marker = path.join(dir, `pwned-${language}`);
    const code = `require("fs").writeFileSync(${JSON.stringify(marker)}, "x")`;
    const loaded = await readBytes(`${language}.md`, `${open}${code}${close}Body\n`);
    expect(brief(loaded.messages)).toEqual([ENGINE(language)]);
    expect(loaded.messages[0]).toMatchObject({ endLine: 1, endColumn: 4 + language.length });
    expect(loaded.post).toBeUndefined();
    expect(existsSync(marker)).toBe(false);
  });

  it("---yaml is YAML and accepted", async () => {
    expect(brief(await checkText("---yaml\nclient: acme\nchannels: [acme-bluesky]\n---\nx\n"))).toEqual([]);
  });

  it.each([
    ["!!js/function", "Unresolved tag: tag:yaml.org,2002:js/function", 22],
    ["!foo", "Unresolved tag: !foo", 13],
  ])("custom tag %s is rejected at the tag", async (tag, text, endColumn) => {
    const messages = await checkText(`---\nclient: ${tag} 'function(){}'\nchannels: [acme-bluesky]\n---\nx\n`);
    expect(brief(messages)).toEqual([`2:9 error schema ${text}: custom YAML tags are not allowed; expected plain data`]);
    expect(messages[0]).toMatchObject({ endLine: 2, endColumn });
  });

  it("a billion-laughs alias bomb fails fast, at the first alias", () => {
    const rows = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [i, name] of [..."bcdefghi"].entries()) {
      const prev = "abcdefghi"[i];
      rows.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(",")}]`);
    }
    const text = `---\n${rows.join("\n")}\n---\nx\n`;
    const started = performance.now();
    const loaded = parsePost("/c/bomb.md", "bomb.md", text);
    const elapsed = performance.now() - started;
    expect(brief(loaded.messages)).toEqual([
      "3:8 error schema too many alias expansions (more than 50): YAML aliases are limited to keep files safe to load",
    ]);
    expect(elapsed).toBeLessThan(1000);
  });

  it("a few aliases are fine", () => {
    expect(parseYamlSafe("a: &x 1\nb: *x\nc: *x\n").value).toEqual({ a: 1, b: 1, c: 1 });
  });

  it.each([
    [
      "__proto__",
      "---\n__proto__: {polluted: yes}\nclient: acme\nchannels: [acme-bluesky]\n---\nx\n",
      ['2:1 error schema key "__proto__" is not allowed: it is reserved'],
    ],
    [
      "constructor and prototype",
      "---\nclient: acme\nchannels: [acme-bluesky]\nfacts:\n  - constructor: {prototype: {polluted: yes}}\n---\nx\n",
      [
        '5:5 error schema key "constructor" is not allowed: it is reserved',
        '5:19 error schema key "prototype" is not allowed: it is reserved',
      ],
    ],
  ])("%s keys are rejected and pollute nothing", async (_name, text, expected) => {
    const messages = await checkText(text);
    expect(brief(messages)).toEqual(expected);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
  });

  it("parsed objects have no prototype to reach", () => {
    const value = parseYamlSafe("a: {b: 1}\nlist: [{c: 2}]\n").value as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.getPrototypeOf(value.a)).toBeNull();
    expect(Object.getPrototypeOf((value.list as unknown as object[])[0])).toBeNull();
  });

  it("a duplicate key is an error at the duplicate", async () => {
    const messages = await checkText("---\nclient: acme\nchannels: [acme-bluesky]\nclient: northwind\n---\nx\n");
    expect(brief(messages)).toEqual(["4:1 error schema duplicate key: each key may appear once in a mapping"]);
  });

  it("a hashtag that YAML would read as a comment is refused, not dropped", async () => {
    const messages = await checkText(
      "---\nclient: acme\nchannels: [acme-bluesky]\nvariants:\n  acme-bluesky: Big news #WinterSale today\n---\nx\n",
    );
    expect(brief(messages)).toEqual([
      '5:26 error schema the text from "#WinterSale" on is read as a YAML comment and dropped; quote the value or use a block scalar (|) to keep it',
    ]);
  });

  it("an ordinary YAML comment after a value stays a comment", async () => {
    expect(brief(await checkText("---\nclient: acme # the client\nchannels: [acme-bluesky]\n---\nx\n"))).toEqual([]);
  });

  it("YAML syntax errors point at the YAML", async () => {
    expect(brief(await checkText("---\nclient: acme\nchannels: [acme-bluesky\n---\nx\n"))).toEqual([
      "3:24 error schema invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ]);
  });
});

describe("front-matter delimiters", () => {
  it.each([
    ["empty front-matter", "---\n---\nBody\n", ['1:1 error schema the front-matter is empty; expected at least "client" and "channels"']],
    [
      "only a comment",
      "---\n# nothing yet\n---\nBody\n",
      ['1:1 error schema the front-matter is empty; expected at least "client" and "channels"'],
    ],
    [
      "no front-matter",
      "Just a body.\n",
      ['1:1 error schema expected YAML front-matter: the file must start with a line "---", the YAML, then a line "---"'],
    ],
    [
      "unclosed front-matter",
      "---\nclient: acme\nchannels: [acme-bluesky]\n",
      ['1:1 error schema front-matter is never closed: expected a line "---" after the YAML'],
    ],
    ["a list instead of a mapping", "---\n- acme\n---\nx\n", ["2:1 error schema expected a mapping, got a list"]],
  ])("%s", async (_name, text, expected) => {
    expect(brief(await checkText(text))).toEqual(expected);
  });

  it("the body starts after the closing line", () => {
    const loaded = parsePost("/c/p.md", "p.md", "---\nclient: acme\nchannels: [acme-bluesky]\n---\nHello\nworld\n");
    expect(loaded.post?.body).toBe("Hello\nworld\n");
    expect(loaded.post?.spanAt(loaded.post.bodyOffset)).toEqual({ line: 5, column: 1 });
  });
});

describe("reading files defensively", () => {
  it("rejects a file over 256 KiB without reading it whole", async () => {
    const loaded = await readBytes("big.md", `---\nclient: acme\nchannels: [acme-bluesky]\n---\n${"a".repeat(256 * 1024)}`);
    expect(brief(loaded.messages)).toEqual(["1:1 error schema file is larger than the limit of 256 KiB; expected a short text file"]);
  });

  it("accepts a file of exactly 256 KiB", async () => {
    const head = "---\nclient: acme\nchannels: [acme-bluesky]\n---\n";
    const loaded = await readBytes("limit.md", head + "a".repeat(256 * 1024 - head.length));
    expect(loaded.messages).toEqual([]);
  });

  it("rejects a binary file at its first NUL byte", async () => {
    const loaded = await readBytes("nul.md", Buffer.from("---\nclient: ac\0me\n---\n"));
    expect(brief(loaded.messages)).toEqual(["2:11 error schema file contains a NUL byte: it looks binary; expected UTF-8 text"]);
  });

  it("rejects invalid UTF-8 at the bad byte, counting characters before it", async () => {
    const bytes = Buffer.concat([Buffer.from("---\ntitle: café "), Buffer.from([0xff]), Buffer.from("\n---\n")]);
    const loaded = await readBytes("latin1.md", bytes);
    expect(brief(loaded.messages)).toEqual(["2:13 error schema invalid UTF-8 byte sequence; expected UTF-8 text"]);
  });

  it("rejects a truncated multi-byte sequence", () => {
    expect(decodeText(Uint8Array.from([0x61, 0x0a, 0xe2, 0x82]), 100)).toEqual({
      ok: false,
      problem: { message: "invalid UTF-8 byte sequence; expected UTF-8 text", line: 2, column: 1 },
    });
  });

  it("names a missing file", async () => {
    const loaded = await readPost(path.join(dir, "gone.md"), "gone.md");
    expect(brief(loaded.messages)).toEqual(["1:1 error schema cannot read the file: not found"]);
  });

  it("CRLF and a BOM give the same positions as LF", async () => {
    const lf = "---\nclient: acme\nchannels: [acme-bluesky]\ntitle: 5\nmedia:\n  - file: x.png\n---\nBody\n";
    const crlf = await readBytes("crlf.md", lf.replace(/\n/g, "\r\n"));
    const bom = await readBytes("bom.md", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf.replace(/\n/g, "\r\n"))]));
    const plain = await readBytes("lf.md", lf);
    const expected = [
      "4:8 error schema title: expected a text, got the integer 5",
      '6:5 error schema media[0]: missing required key "alt"',
    ];
    expect(brief(plain.messages)).toEqual(expected);
    expect(brief(crlf.messages)).toEqual(expected);
    expect(brief(bom.messages)).toEqual(expected);
    expect(bom.post?.text.startsWith("---\nclient")).toBe(true);
    expect(crlf.post?.body).toBe("Body\n");
  });
});
