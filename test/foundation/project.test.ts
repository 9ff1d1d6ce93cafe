import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { VERSION } from "../../src/version.js";
import { REPO } from "../helpers/cli.js";

describe("project invariants", () => {
  it("src/generated is in step with schemas/", () => {
    const run = spawnSync(process.execPath, ["scripts/generate-types.mjs", "--check"], { cwd: REPO, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("src/generated is up to date\n");
    expect(run.status).toBe(0);
  });

  it("VERSION equals package.json's version", () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

describe("bin/checkpost.js as a child process (dist/ built by the global setup)", () => {
  it("checks example-content with every rule on and exits 0", () => {
    const run = spawnSync(process.execPath, ["bin/checkpost.js", "check", "example-content"], {
      cwd: REPO,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/\n✔ 10 posts checked, 0 errors, \d+ warnings?(, \d+ info)?\n$/);
    expect(run.status).toBe(0);
  });

  it("exits 1 on an invalid post, with the issue's example message", () => {
    const run = spawnSync(process.execPath, ["../../../bin/checkpost.js", "check", "posts/acme/2026-12-01-sale.md"], {
      cwd: path.join(REPO, "test/fixtures/posts-invalid"),
      encoding: "utf8",
    });
    expect(run.stdout.split("\n")[0]).toBe(
      'posts/acme/2026-12-01-sale.md:4:5  error  channels[1]: unknown channel "acme-x" for client "acme" (known: acme-bluesky, acme-mastodon)  schema',
    );
    expect(run.status).toBe(1);
  });
});
