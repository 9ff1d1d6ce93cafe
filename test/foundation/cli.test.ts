import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VERSION } from "../../src/version.js";
import { FIXTURES, runCli } from "../helpers/cli.js";

const CONTENT = "test/fixtures/cli-content";
const BAD = `${CONTENT}/posts/acme/bad.md`;
const OK = `${CONTENT}/posts/acme/ok.md`;
const BAD_MESSAGE = 'author: "no good" is not valid; expected a GitHub login (letters, digits and single hyphens)';
const ESC = "\u001b[";

let empty: string;
beforeAll(async () => {
  empty = await mkdtemp(path.join(tmpdir(), "checkpost-cli-"));
});
afterAll(async () => {
  await rm(empty, { recursive: true, force: true });
});

describe("exit codes", () => {
  it("0 when no post has an error", async () => {
    expect(await runCli(["check", OK])).toEqual({ code: 0, stdout: "✔ 1 post checked, 0 errors, 0 warnings\n", stderr: "" });
  });

  it("1 when a post has an error", async () => {
    const run = await runCli(["check", BAD]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
  });

  it.each([
    [["check", "--bogus"], 'checkpost: unknown option "--bogus"; see checkpost --help\n'],
    [
      ["frob"],
      'checkpost: unknown command "frob"; expected "check", "rules", "words", "init", "new" or "preview" (see checkpost --help)\n',
    ],
    [["check", OK, "--format", "xml"], 'checkpost: --format "xml" is not supported; expected text, json or github\n'],
    [["check", "nope.md"], "checkpost: nope.md: no such file or folder\n"],
    [
      ["check", `${CONTENT}/drafts`],
      `checkpost: no post files found in ${CONTENT}/drafts (posts: posts/**/*.md relative to ${CONTENT}/checkpost.yml)\n`,
    ],
  ])("2 on usage error %j, one line, no stack trace", async (args, stderr) => {
    expect(await runCli(args)).toEqual({ code: 2, stdout: "", stderr });
  });

  it("2 when no checkpost.yml is found, naming where the search started", async () => {
    expect(await runCli(["check"], { cwd: empty })).toEqual({
      code: 2,
      stdout: "",
      stderr: "checkpost: no checkpost.yml found in . or any parent folder; pass --config FILE\n",
    });
  });

  it("2 and usage on stdout without a command; 0 for --help and --version", async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toContain("checkpost check [paths...]");
    expect((await runCli(["--help"])).code).toBe(0);
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });
});

describe("--format json", () => {
  it("prints exactly one JSON object of the documented shape", async () => {
    const run = await runCli(["check", CONTENT, "--format", "json"]);
    expect(run.code).toBe(1);
    expect(run.stdout.endsWith("}\n")).toBe(true);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toEqual({
      files: [
        {
          path: BAD,
          messages: [{ ruleId: "schema", severity: "error", line: 5, column: 9, endLine: 5, endColumn: 16, message: BAD_MESSAGE }],
        },
        { path: OK, messages: [] },
      ],
      errors: 1,
      warnings: 0,
    });
  });

  it("carries suggestions when there are some", async () => {
    const run = await runCli(["check", "posts/acme/unknown-client.md", "--format", "json"], { cwd: path.join(FIXTURES, "posts-invalid") });
    const message = JSON.parse(run.stdout).files[0].messages[0];
    expect(Object.keys(message)).toEqual(["ruleId", "severity", "line", "column", "endLine", "endColumn", "message", "suggestions"]);
    expect(message.suggestions).toEqual(["acme"]);
  });
});

describe("--format github", () => {
  it("prints one workflow command per message and a summary", async () => {
    const run = await runCli(["check", BAD, "--format", "github"]);
    expect(run.stdout).toBe(
      [
        `::error file=${BAD},line=5,col=9,endLine=5,endColumn=16,title=checkpost schema::${BAD_MESSAGE}`,
        "checkpost: 1 post checked, 1 error, 0 warnings",
        "",
      ].join("\n"),
    );
  });

  it("reports a config error as annotations on checkpost.yml, with exit 2", async () => {
    const run = await runCli(["check", "test/fixtures/configs-invalid/unknown-rule", "--format", "github"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe(
      [
        '::error file=test/fixtures/configs-invalid/unknown-rule/checkpost.yml,line=2,col=3,endLine=2,endColumn=10,title=checkpost config::checks.speling: unknown rule "speling"; run "checkpost rules" for the list (suggestions: spelling)',
        "checkpost: test/fixtures/configs-invalid/unknown-rule/checkpost.yml has 1 error; no post was checked",
        "",
      ].join("\n"),
    );
  });
});

describe("text format", () => {
  it("reads path:line:col  severity  message  rule, then a summary, without colour on a pipe", async () => {
    const run = await runCli(["check", CONTENT]);
    expect(run.stdout).toBe(`${BAD}:5:9  error  ${BAD_MESSAGE}  schema\n\n✖ 2 posts checked, 1 error, 0 warnings\n`);
  });

  it("is coloured on a TTY", async () => {
    const run = await runCli(["check", BAD], { tty: true });
    expect(run.stdout).toContain(`${ESC}31merror${ESC}39m`);
    expect(run.stdout).toContain(`${ESC}2mschema${ESC}22m`);
  });

  it.each<Record<string, string>>([{ NO_COLOR: "1" }, { TERM: "dumb" }])("is not coloured on a TTY with %j", async (env) => {
    const run = await runCli(["check", BAD], { tty: true, env });
    expect(run.stdout).not.toContain(ESC);
  });

  it("prints config errors to stderr with a summary saying nothing was checked", async () => {
    const run = await runCli(["check", "test/fixtures/configs-invalid/bad-timezone"]);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'test/fixtures/configs-invalid/bad-timezone/checkpost.yml:5:17  error  clients.acme.publish_window.timezone: unknown time zone "Europe/Atlantis"; expected an IANA name such as Europe/Berlin or America/New_York  config\n\n✖ test/fixtures/configs-invalid/bad-timezone/checkpost.yml has 1 error; no post was checked\n',
    });
  });
});

describe("which files and which config", () => {
  it("a folder argument picks the config's posts globs inside it (drafts/ is not a post folder)", async () => {
    const run = await runCli(["check", CONTENT, "--format", "json"]);
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual([BAD, OK]);
  });

  it("a sub-folder picks only the posts inside it", async () => {
    const run = await runCli(["check", `${CONTENT}/posts/acme`, "--format", "json"], { cwd: FIXTURES.replace(/test\/fixtures$/, "") });
    expect(JSON.parse(run.stdout).files).toHaveLength(2);
  });

  it("an explicit file is checked even outside the globs, with the config found by walking up from it", async () => {
    const run = await runCli(["check", `${CONTENT}/drafts/idea.md`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${CONTENT}/drafts/idea.md:2:1  error  missing required key "channels"  schema`);
  });

  it("no paths: the posts globs of the config found from the working directory", async () => {
    const run = await runCli(["check", "--format", "json"], { cwd: path.join(FIXTURES, "cli-content/posts") });
    expect(JSON.parse(run.stdout).files.map((f: { path: string }) => f.path)).toEqual(["acme/bad.md", "acme/ok.md"]);
  });

  it("--config names the config explicitly", async () => {
    const config = path.join(FIXTURES, "cli-content/checkpost.yml");
    const run = await runCli(["check", "--config", config, "--format", "json"], { cwd: empty });
    expect(run.code).toBe(1);
    const paths = JSON.parse(run.stdout).files.map((f: { path: string }) => path.resolve(empty, f.path));
    expect(paths).toEqual([path.join(FIXTURES, "cli-content/posts/acme/bad.md"), path.join(FIXTURES, "cli-content/posts/acme/ok.md")]);
  });

  it("--config wins over the config found by walking up", async () => {
    const run = await runCli(["check", OK, "--config", "test/fixtures/configs-invalid/bad-timezone/checkpost.yml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown time zone");
  });

  it("a missing --config file is a config error naming it", async () => {
    const run = await runCli(["check", OK, "--config", "missing.yml"]);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: "missing.yml:1:1  error  cannot read the config: not found  config\n\n✖ missing.yml has 1 error; no post was checked\n",
    });
  });
});

describe("checkpost rules", () => {
  it("lists the foundation's rules with their default severity", async () => {
    const run = await runCli(["rules"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^schema +error +Front-matter is valid YAML data/m);
    expect(run.stdout).toMatch(/^wrong-account +error +/m);
  });
});
