import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type PreviewDeps, previewCommand, WATCH_DEBOUNCE_MS, watchContent } from "../../src/cli/preview-command.js";
import { REPO, runCli } from "../helpers/cli.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of example-content to change, and a folder for the page. */
function content(): { root: string; out: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "checkpost-preview-"));
  made.push(dir);
  cpSync(path.join(REPO, "example-content"), path.join(dir, "content"), { recursive: true });
  return { root: path.join(dir, "content"), out: path.join(dir, "page") };
}

function capture() {
  const out = { stdout: "", stderr: "" };
  return { out, io: { stdout: { write: (t: string) => (out.stdout += t) }, stderr: { write: (t: string) => (out.stderr += t) } } };
}

describe("checkpost preview", () => {
  it("writes one self-contained page for the posts and says where", async () => {
    const { root, out } = content();
    const run = await runCli(["preview", "--out", out], { cwd: root });
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe(`wrote ${path.join(out, "index.html")}: 10 posts, 0 errors, 0 warnings\n`);
    const html = readFileSync(path.join(out, "index.html"), "utf8");
    expect(html.match(/<article class="post"/g)).toHaveLength(10);
    // Nothing is fetched: no external URL in a src or a stylesheet link, and the page's policy forbids it.
    expect(html).not.toMatch(/\ssrc="(?!data:)|<link\b|<script\b|@import|url\(/);
    expect(html).toContain("default-src 'none'; img-src data:");
  });

  it("previews only the posts named, and names a missing one clearly", async () => {
    const { root, out } = content();
    const run = await runCli(["preview", "posts/northwind/2027-12-04-sourdough-class.md", "--out", out], { cwd: root });
    expect(run.stdout).toContain(": 1 post, 0 errors");
    expect(readFileSync(path.join(out, "index.html"), "utf8")).toContain("Sourdough class");
    const missing = await runCli(["preview", "posts/nope.md", "--out", out], { cwd: root });
    expect(missing).toMatchObject({ code: 2, stderr: "checkpost: posts/nope.md: no such file or folder\n" });
  });

  it("refuses a broken checkpost.yml with check's own report of it, and no stack trace", async () => {
    const { root, out } = content();
    writeFileSync(path.join(root, "checkpost.yml"), "clients: 3\n");
    const run = await runCli(["preview", "--out", out], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^checkpost: checkpost.yml has problems; nothing to preview:\n.*checkpost\.yml:1:\d+ +error +clients/s);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("is in the CLI's help, and an unknown option is a usage error", async () => {
    const help = await runCli(["--help"]);
    expect(help.stdout).toContain("  checkpost preview [paths...] [--out DIR] [--open] [--watch]\n");
    expect(help.stdout).toMatch(/\npreview \[paths\.\.\.\] .*\n {8}Write a page showing each post as each of its channels will show it/);
    expect(await runCli(["preview", "--bogus"])).toMatchObject({
      code: 2,
      stderr: 'checkpost: unknown option "--bogus"; see checkpost --help\n',
    });
  });

  it("--open opens the page it wrote", async () => {
    const { root, out } = content();
    const opened: string[] = [];
    const { io } = capture();
    const deps: PreviewDeps = { open: (file) => opened.push(file), watch: () => undefined };
    expect(await previewCommand(["--out", out, "--open"], { ...io, cwd: () => root }, deps)).toBe(0);
    expect(opened).toEqual([path.join(out, "index.html")]);
  });

  it("--watch rebuilds once after a burst of saves, ignores the page's own writes, and stops when told", async () => {
    const { root, out } = content();
    const { io, out: printed } = capture();
    const controller = new AbortController();
    let changed: ((file: string) => void) | undefined;
    const deps: PreviewDeps = { open: () => undefined, watch: (_root, onChange) => (changed = onChange), signal: controller.signal };
    const running = previewCommand(["--out", out, "--watch"], { ...io, cwd: () => root }, deps);
    await until(() => changed !== undefined);
    const post = path.join(root, "posts/acme/2027-12-01-winter-sale.md");
    writeFileSync(post, readFileSync(post, "utf8").replace("Stay warm out there!", "Stay warm out there, campers!"));
    for (let i = 0; i < 3; i++) changed?.(post);
    changed?.(path.join(out, "index.html"));
    await until(() => printed.stdout.split("wrote ").length === 3, 5000);
    controller.abort();
    expect(await running).toBe(0);
    expect(printed.stdout.match(/^wrote /gm)).toHaveLength(2);
    expect(printed.stdout).toContain("watching . for changes");
    expect(readFileSync(path.join(out, "index.html"), "utf8")).toContain("Stay warm out there, campers!");
    // Nothing more is built after the stop.
    changed?.(post);
    await new Promise((resolve) => setTimeout(resolve, WATCH_DEBOUNCE_MS * 3));
    expect(printed.stdout.match(/^wrote /gm)).toHaveLength(2);
  });
});

describe("watching the content", () => {
  it("reports saves in checkpost.yml and in posts, nothing from node_modules, and nothing after the stop", async () => {
    const { root } = content();
    mkdirSync(path.join(root, "node_modules/checkpost"), { recursive: true });
    const seen: string[] = [];
    const controller = new AbortController();
    watchContent(root, (file) => seen.push(path.relative(root, file)), controller.signal);
    writeFileSync(path.join(root, "node_modules/checkpost/package.json"), "{}");
    writeFileSync(path.join(root, "posts/acme/2027-12-10-care-tips.md"), "changed");
    writeFileSync(path.join(root, "checkpost.yml"), "changed");
    await until(() => seen.includes("checkpost.yml") && seen.includes(path.join("posts", "acme", "2027-12-10-care-tips.md")));
    expect(seen.filter((file) => file.startsWith("node_modules"))).toEqual([]);
    controller.abort();
    const before = seen.length;
    writeFileSync(path.join(root, "checkpost.yml"), "changed again");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen).toHaveLength(before);
  });
});

async function until(condition: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("post ids", () => {
  it("two posts whose paths read alike as ids get different ones", async () => {
    const { root, out } = content();
    const post = readFileSync(path.join(root, "posts/acme/2027-12-10-care-tips.md"), "utf8");
    writeFileSync(path.join(root, "posts/acme/2027_12_10_care_tips.md"), post);
    expect((await runCli(["preview", "posts/acme", "--out", out], { cwd: root })).code).toBe(0);
    const ids = [...readFileSync(path.join(out, "index.html"), "utf8").matchAll(/<article class="post" id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
    expect(ids).toContain("post-posts-acme-2027-12-10-care-tips-md-2");
  });
});
