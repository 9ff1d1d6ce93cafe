import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
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

// Node 24 from the registry (test/node24, installed by .ci/run): the CLI runs on both supported majors.
const NODE24 = path.join(REPO, "test/node24/node_modules/.bin/node");
const runtimes = [["Node 20 (this machine)", process.execPath] as const, ...(existsSync(NODE24) ? [["Node 24", NODE24] as const] : [])];

describe("bin/checkpost.js as a child process (dist/ built by the global setup)", () => {
  it.each(runtimes)("checks example-content with every rule on and exits 0 on %s", (_, node) => {
    const run = spawnSync(node, ["bin/checkpost.js", "check", "example-content", "--format", "json"], { cwd: REPO, encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as {
      files: { messages: { ruleId: string; severity: string; message: string }[] }[];
      errors: number;
    };
    expect(report.files).toHaveLength(10);
    expect(report.errors).toBe(0);
    // The example posts are scheduled in December 2027; once that is past, their schedule is reported as history.
    const warnings = report.files.flatMap((f) => f.messages).filter((m) => m.severity === "warning");
    for (const w of warnings) expect([w.ruleId, w.message]).toEqual(["publish-window", expect.stringContaining("is in the past")]);
  });

  // CI installs it, so there a missing Node 24 is a failure rather than a silently skipped run.
  it.runIf(process.env.CI)("Node 24 is installed in CI", () => {
    expect(existsSync(NODE24)).toBe(true);
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
