import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO } from "../helpers/cli.js";
import { BASE_CONFIG } from "../helpers/foundation.js";
import { patch } from "../helpers/patch.js";

/** `checkpost words add` as a writer runs it: bin/checkpost.js in a child process, in the content folder. */
const checkpost = (cwd: string, ...args: string[]) => {
  const run = spawnSync(process.execPath, [path.join(REPO, "bin/checkpost.js"), ...args], {
    cwd,
    encoding: "utf8",
    env: { PATH: process.env.PATH },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
};

let root: string;
const read = (name: string) => readFileSync(path.join(root, name), "utf8");
const config = (text: string) => writeFileSync(path.join(root, "checkpost.yml"), text);

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "checkpost-words-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("checkpost words add", () => {
  it("adds words to the client's words file, sorted, once, keeping its comments", () => {
    config(
      patch(
        `dictionary:\n  file: words.txt\n${BASE_CONFIG}`,
        "    folders: [posts/acme]\n",
        "    folders: [posts/acme]\n    dictionary:\n      file: acme-words.txt\n",
      ),
    );
    writeFileSync(path.join(root, "acme-words.txt"), "# Acme's products\nAcme\nTrailhead\n");
    writeFileSync(path.join(root, "words.txt"), "# Everyone's\n");
    expect(checkpost(root, "words", "add", "Kestrelwood", "acme", "Zorbax", "--client", "acme")).toEqual({
      code: 0,
      stdout: "added to acme-words.txt: Kestrelwood, Zorbax\nalready in the words: acme\n",
      stderr: "",
    });
    expect(read("acme-words.txt")).toBe("# Acme's products\nAcme\nKestrelwood\nTrailhead\nZorbax\n");
    expect(read("words.txt")).toBe("# Everyone's\n");
  });

  it("uses the config's words file without --client, or for a client without its own, and creates it when missing", () => {
    config(`dictionary:\n  file: [words.txt, more.txt]\n${BASE_CONFIG}`);
    expect(checkpost(root, "words", "add", "martech")).toMatchObject({ code: 0, stdout: "added to words.txt: martech\n" });
    expect(checkpost(path.join(root), "words", "add", "fintech", "--client", "northwind")).toMatchObject({ code: 0 });
    expect(read("words.txt")).toBe("fintech\nmartech\n");
  });

  it("makes the word pass the spelling check that named the command", () => {
    config(`dictionary:\n  file: words.txt\n${BASE_CONFIG}`);
    writeFileSync(path.join(root, "words.txt"), "");
    const post = path.join(root, "posts/acme/p.md");
    spawnSync("mkdir", ["-p", path.dirname(post)]);
    writeFileSync(post, "---\nclient: acme\nchannels: [acme-bluesky]\n---\nMeet Kestrelwood.\n");
    const before = checkpost(root, "check", "posts/acme/p.md");
    expect(before.stdout).toContain("checkpost words add Kestrelwood --client acme");
    expect(checkpost(root, "words", "add", "Kestrelwood", "--client", "acme").code).toBe(0);
    expect(checkpost(root, "check", "posts/acme/p.md").stdout).not.toContain("Kestrelwood");
  });

  it.each([
    [["words", "add"], '"words add" needs at least one word'],
    [["words", "remove", "x"], 'unknown words command "remove"'],
    [["words", "add", "two words"], 'cannot add "two words" holds a space'],
    [["words", "add", "x", "--client", "nobody"], 'unknown client "nobody"; expected one of: acme, northwind'],
  ])("exits 2 with one line on %j", (args, message) => {
    config(`dictionary:\n  file: words.txt\n${BASE_CONFIG}`);
    const run = checkpost(root, ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("says where to name a words file when the config has none", () => {
    config(BASE_CONFIG);
    expect(checkpost(root, "words", "add", "x", "--client", "acme")).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "checkpost: checkpost.yml names no words file; add clients.acme.dictionary.file or dictionary.file (e.g. file: words.txt) and run this again\n",
    });
  });
});
