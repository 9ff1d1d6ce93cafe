import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { slug } from "../../src/cli/new-command.js";
import { parsePost } from "../../src/post/parsed-post.js";
import { runCli } from "../helpers/cli.js";
import { BASE_CONFIG } from "../helpers/foundation.js";
import { patch } from "../helpers/patch.js";

const CONFIG = patch(BASE_CONFIG, "    contact: ola-northwind\n", "    contact: ola-northwind\n    folders: [posts/northwind]\n");

let root: string;
const frontMatter = (file: string) => {
  const loaded = parsePost(file, file, readFileSync(path.join(root, file), "utf8"));
  return loaded.post?.data as unknown as Record<string, unknown>;
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "checkpost-new-"));
  writeFileSync(path.join(root, "checkpost.yml"), CONFIG);
  // git config only from this repository: the machine's own user must not leak into the author.
  execFileSync("git", ["init", "-q", root]);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const newPost = (args: string[], cwd = root) => runCli(["new", ...args], { cwd });

describe("checkpost new", () => {
  it("writes a skeleton in the client's folder, named by date and title, that check passes; prints its path", async () => {
    const run = await newPost(["--client", "acme", "--at", "2027-12-01T09:30:00+01:00", "Winter sale: 40% off, Café edition!"]);
    const file = "posts/acme/2027-12-01-winter-sale-40-off-cafe-edition.md";
    expect(run).toEqual({ code: 0, stdout: `${file}\n`, stderr: "" });
    const text = readFileSync(path.join(root, file), "utf8");
    expect(text).toContain("# yaml-language-server: $schema=../../node_modules/checkpost/schemas/post.schema.json\n");
    expect(text).toMatch(/^# {2}- claim: .*\n# {4}source: .*\n# {4}provided_by: client$/m);
    expect(text).toMatch(/^# {2}- file: media\/acme\/picture\.png\n# {4}alt: /m);
    const config = parse(CONFIG);
    expect(frontMatter(file)).toEqual({
      client: "acme",
      channels: Object.keys(config.clients.acme.channels),
      title: "Winter sale: 40% off, Café edition!",
      publish_at: "2027-12-01T09:30:00+01:00",
      facts: [],
      media: [],
    });
    const check = await runCli(["check", file], { cwd: root });
    expect(check.stdout).toContain("1 post checked, 0 errors");
    expect(check.code).toBe(0);
  });

  it("takes the only client, or the one whose folder the writer is in, and the next free name", async () => {
    const folder = path.join(root, "posts/northwind");
    mkdirSync(folder, { recursive: true });
    expect(await newPost(["--channels", "northwind-discord", "Hello"], folder)).toMatchObject({ code: 0 });
    expect(await newPost(["--channels", "northwind-discord", "Hello"], folder)).toMatchObject({ code: 0 });
    // "-2" sorts before ".md": the longer name is the second.
    const files = readdirSync(folder).sort((a, b) => a.length - b.length);
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}-hello\.md$/);
    expect(files[1]).toBe(files[0]?.replace(".md", "-2.md"));
    expect(frontMatter(`posts/northwind/${files[0]}`)).toMatchObject({ client: "northwind", channels: ["northwind-discord"] });
    expect((await newPost([])).stderr).toBe("checkpost: which client is the post for? pass --client ID (one of: acme, northwind)\n");
  });

  it("gives an unknown client or channel the error check gives it, and writes nothing", async () => {
    expect((await newPost(["--client", "acmee"])).stderr).toBe(
      'checkpost: client: unknown client "acmee" (known: acme, northwind) (did you mean "acme"?)\n',
    );
    const run = await newPost(["--client", "acme", "--channels", "acme-blusky,northwind-discord", "Sale"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('channels[0]: unknown channel "acme-blusky" for client "acme" (known: ');
    expect(run.stderr).toContain('(did you mean "acme-bluesky"?)');
    expect(run.stderr).toContain('channels[1]: "northwind-discord" is an account of client "northwind", not of "acme"');
    expect(existsSync(path.join(root, "posts"))).toBe(false);

    // The same words check says about a post written by hand.
    mkdirSync(path.join(root, "posts/acme"), { recursive: true });
    writeFileSync(path.join(root, "posts/acme/p.md"), "---\nclient: acme\nchannels: [acme-blusky]\n---\nHello.\n");
    expect((await runCli(["check", "posts/acme/p.md"], { cwd: root })).stdout).toContain(
      'channels[0]: unknown channel "acme-blusky" for client "acme" (known: ',
    );
  });

  it("refuses a publish time without an offset", async () => {
    expect((await newPost(["--client", "acme", "--at", "2027-12-01T09:30"])).stderr).toBe(
      'checkpost: --at "2027-12-01T09:30": expected a date and time in ISO 8601 with an offset, e.g. 2027-12-01T09:30:00+01:00\n',
    );
  });

  it("names the author from git when it says a GitHub login, and leaves a prompt when it does not", async () => {
    execFileSync("git", ["config", "user.name", "Sam Fieldnote"], { cwd: root });
    execFileSync("git", ["config", "user.email", "12345+sam-fieldnote@users.noreply.github.com"], { cwd: root });
    const first = (await newPost(["--client", "acme", "A"])).stdout.trim();
    expect(frontMatter(first).author).toBe("sam-fieldnote");
    execFileSync("git", ["config", "user.email", "sam@fieldnote.example"], { cwd: root });
    const second = (await newPost(["--client", "acme", "B"])).stdout.trim();
    expect(frontMatter(second).author).toBeUndefined();
    expect(readFileSync(path.join(root, second), "utf8")).toContain("# author: your-github-login\n");
  });

  it("slugs a title into lower-case words", () => {
    expect(slug("  Crème brûlée — day 2!  ")).toBe("creme-brulee-day-2");
    expect(slug("!!!")).toBe("post");
  });
});
