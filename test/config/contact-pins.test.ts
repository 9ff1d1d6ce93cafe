import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const CONFIG = `clients:
  acme:
    contact: jane-acme
    channels:
      acme-bluesky: {type: bluesky, handle: acmeoutdoor.bsky.social, secret_env: ACME_BLUESKY}
  northwind:
    contact: ola-northwind
    contact_id: 81234568
    channels:
      northwind-bluesky: {type: bluesky, handle: northwind.bsky.social, secret_env: NORTHWIND_BLUESKY}
`;
const POST = "---\nclient: acme\nchannels: [acme-bluesky]\ntitle: Maps\nauthor: sam-fieldnote\n---\nFresh trail maps are ready.\n";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "checkpost-pins-"));
  await mkdir(path.join(dir, "posts"));
  await writeFile(path.join(dir, "checkpost.yml"), CONFIG);
  await writeFile(path.join(dir, "posts/maps.md"), POST);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("checkpost check and contact_id", () => {
  it("warns about every contact without contact_id, at its contact line, and still exits 0", async () => {
    const run = await runCli(["check", "--format", "json"], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { files: { path: string; messages: { severity: string; line: number; message: string }[] }[] };
    expect(report.files.map((f) => f.path)).toEqual(["checkpost.yml", "posts/maps.md"]);
    expect(report.files[0]?.messages.map((m) => [m.severity, m.line])).toEqual([["warning", 3]]);
    expect(report.files[0]?.messages[0]?.message).toContain("clients.acme: add contact_id");
    expect(report.files[1]?.messages.filter((m) => m.severity !== "info")).toEqual([]);
  });

  it("counts posts, not checkpost.yml, in the summary", async () => {
    const run = await runCli(["check"], { cwd: dir });
    expect(run.stdout).toContain("checkpost.yml:3:");
    expect(run.stdout.trim().split("\n").at(-1)).toBe("⚠ 1 post checked, 0 errors, 1 warning");
  });

  it("says nothing when every contact is pinned", async () => {
    await writeFile(
      path.join(dir, "checkpost.yml"),
      CONFIG.replace("contact: jane-acme\n", "contact: jane-acme\n    contact_id: 81234567\n"),
    );
    const run = await runCli(["check"], { cwd: dir });
    expect(run.stdout).toBe("✔ 1 post checked, 0 errors, 0 warnings\n");
  });
});
