import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES, runCli } from "../helpers/cli.js";

type Manifest = Record<string, [string, string]>;
const readManifest = (folder: string): Manifest => {
  const { $comment: _, ...entries } = JSON.parse(readFileSync(path.join(FIXTURES, folder, "manifest.json"), "utf8"));
  return entries as Manifest;
};

describe("invalid posts: each fails exactly one way (test/fixtures/posts-invalid)", () => {
  const manifest = readManifest("posts-invalid");

  it("the manifest lists every fixture post", () => {
    const onDisk = ["acme", "northwind"].flatMap((client) =>
      readdirSync(path.join(FIXTURES, "posts-invalid/posts", client)).map((f) => `posts/${client}/${f}`),
    );
    expect(Object.keys(manifest).sort()).toEqual(onDisk.sort());
  });

  it.each(Object.entries(manifest))("%s exits 1 naming file, line, column and what was expected", async (file, [at, message]) => {
    const cwd = path.join(FIXTURES, "posts-invalid");
    const json = await runCli(["check", file, "--format", "json"], { cwd });
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.files.map((f: { path: string }) => f.path)).toEqual([file]);
    const errors = report.files[0].messages.filter((m: { severity: string }) => m.severity === "error");
    expect(errors).toHaveLength(1);
    expect(`${errors[0].line}:${errors[0].column}`).toBe(at);
    expect(errors[0].message).toContain(message);

    const text = await runCli(["check", file], { cwd });
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${file}:${at}  error  `);
  });

  it("the whole folder exits 1 with one error per fixture", async () => {
    const run = await runCli(["check", "test/fixtures/posts-invalid", "--format", "json"]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).errors).toBe(Object.keys(manifest).length);
  });

  it("the ---js fixture wrote nothing", async () => {
    await runCli(["check", "posts/acme/js-engine.md"], { cwd: path.join(FIXTURES, "posts-invalid") });
    expect(readdirSync(path.join(FIXTURES, "posts-invalid"))).not.toContain("pwned.txt");
    expect(readdirSync(process.cwd())).not.toContain("pwned.txt");
  });
});

describe("invalid configs exit 2 and point into checkpost.yml (test/fixtures/configs-invalid)", () => {
  const manifest = readManifest("configs-invalid");

  it.each(Object.entries(manifest))("%s", async (folder, [at, message]) => {
    const relative = `test/fixtures/configs-invalid/${folder}`;
    const text = await runCli(["check", relative]);
    expect(text.code).toBe(2);
    expect(text.stdout).toBe("");
    expect(text.stderr).toContain(`${relative}/checkpost.yml:${at}  error  ${message}`);
    expect(text.stderr).not.toMatch(/\n\s+at /);

    const json = await runCli(["check", relative, "--format", "json"]);
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout);
    expect(report.files).toHaveLength(1);
    expect(report.files[0].path).toBe(`${relative}/checkpost.yml`);
    expect(report.files[0].messages).toHaveLength(1);
    expect(report.files[0].messages[0]).toMatchObject({ ruleId: "config", severity: "error" });
    expect(`${report.files[0].messages[0].line}:${report.files[0].messages[0].column}`).toBe(at);
  });

  it("never prints the secret it refuses", async () => {
    const run = await runCli(["check", "test/fixtures/configs-invalid/secret-in-config", "--format", "github"]);
    expect(run.code).toBe(2);
    expect(run.stdout).not.toContain("ghp_");
  });
});
