import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { FIXTURES, runCli } from "../helpers/cli.js";

// A post that is a symlink shows its target's text: checkpost check refuses it as the Action does, naming the file.
let content: string;
beforeAll(() => {
  content = path.join(mkdtempSync(path.join(tmpdir(), "checkpost-cli-links-")), "content");
  cpSync(path.join(FIXTURES, "cli-content"), content, { recursive: true });
  symlinkSync("../../drafts/idea.md", path.join(content, "posts/acme/linked.md"));
});
afterAll(() => rmSync(path.dirname(content), { recursive: true, force: true }));

const REFUSED =
  "posts/acme/linked.md is a symlink (to ../../drafts/idea.md); a post must be a file of its own, so that changing it needs its client's approval";

it("refuses a post named on the command line that is a symlink", async () => {
  const run = await runCli(["check", "posts/acme/linked.md", "--format", "json"], { cwd: content });
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout) as { files: { path: string; messages: { message: string }[] }[] };
  expect(report.files.map((f) => [f.path, f.messages.map((m) => m.message)])).toEqual([["posts/acme/linked.md", [REFUSED]]]);
});

it("refuses a symlinked post found in a folder, and still checks the others", async () => {
  const run = await runCli(["check", ".", "--format", "json"], { cwd: content });
  expect(run.code).toBe(1);
  const report = JSON.parse(run.stdout) as { files: { path: string; messages: { message: string }[] }[] };
  expect(report.files.find((f) => f.path === "posts/acme/linked.md")?.messages.map((m) => m.message)).toEqual([REFUSED]);
  expect(report.files.map((f) => f.path)).toContain("posts/acme/ok.md");
});
