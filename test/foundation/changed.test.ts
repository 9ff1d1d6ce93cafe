import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO } from "../helpers/cli.js";
import { BASE_CONFIG } from "../helpers/foundation.js";

// `checkpost check --changed [BASE]` as a child process in a real git repository: what changed since the base
// (committed, staged, untracked; not deleted), checked with the pull request's options.
const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};
const post = (body: string, front = "") => `---\nclient: acme\nchannels: [acme-bluesky]\n${front}---\n${body}\n`;
const PAST = 'publish_at: "2020-01-06T10:00:00+01:00"\n';

let root: string;
let origin: string;
const git = (...args: string[]) => execFileSync("git", args, { cwd: root, env: GIT_ENV, encoding: "utf8" });
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
function checkpost(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(REPO, "bin/checkpost.js"), "check", ...args], { cwd: root, encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
function findings(...args: string[]) {
  const run = checkpost(...args, "--format", "json");
  expect(run.stderr).toBe("");
  const report = JSON.parse(run.stdout) as { files: { path: string; messages: { ruleId: string; severity: string }[] }[] };
  return {
    status: run.status,
    // checkpost.yml's own advice (a contact without contact_id, in a plain check) is not what these tests are about.
    files: Object.fromEntries(
      report.files.filter((f) => f.path !== "checkpost.yml").map((f) => [f.path, f.messages.map((m) => `${m.severity} ${m.ruleId}`)]),
    ),
  };
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "checkpost-changed-"));
  git("init", "-q", "-b", "main");
  write("checkpost.yml", BASE_CONFIG);
  write("posts/acme/unchanged.md", post("Your going to love it."));
  write("posts/acme/edited.md", post("A fine day."));
  write("posts/acme/removed.md", post("Gone soon."));
  git("add", "-A");
  git("commit", "-q", "-m", "base");
  // The remote's default branch is this commit; local main moves on without it.
  origin = mkdtempSync(path.join(tmpdir(), "checkpost-origin-"));
  git("clone", "-q", "--bare", root, origin);
  git("remote", "add", "origin", origin);
  git("fetch", "-q", "origin");
  git("remote", "set-head", "origin", "main");
  write("posts/acme/on-main.md", post("Merged since."));
  git("add", "-A");
  git("commit", "-q", "-m", "on main, not pushed");

  git("checkout", "-q", "-b", "feature");
  write("posts/acme/edited.md", post("A fine day, we cant wait."));
  git("rm", "-q", "posts/acme/removed.md");
  write("notes.txt", "not a post\n");
  git("add", "-A");
  git("commit", "-q", "-m", "feature");
  // Not committed: a staged new post scheduled in the past, and an untracked one.
  write("posts/acme/staged.md", post("Old news.", PAST));
  git("add", "posts/acme/staged.md");
  write("posts/acme/untracked.md", post("Fresh."));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(origin, { recursive: true, force: true });
});

describe("checkpost check --changed", () => {
  it("checks the posts changed since the given base, committed or not, and skips deleted files and other files", () => {
    const run = findings("--changed", "main");
    expect(run.files).toEqual({
      "posts/acme/edited.md": ["error apostrophe"],
      "posts/acme/staged.md": ["error publish-window"],
      "posts/acme/untracked.md": [],
    });
    expect(run.status).toBe(1);
  });

  it("reports a publish_at in the past as an error, as the pull request's check does (a plain check warns)", () => {
    expect(findings("posts/acme/staged.md").files).toEqual({ "posts/acme/staged.md": ["warning publish-window"] });
  });

  it("compares with the remote's default branch by default (origin/HEAD), so local main's own commits count", () => {
    for (const args of [["--changed"], ["--changed=origin/main"]]) {
      expect(Object.keys(findings(...args).files).sort(), args.join(" ")).toEqual([
        "posts/acme/edited.md",
        "posts/acme/on-main.md",
        "posts/acme/staged.md",
        "posts/acme/untracked.md",
      ]);
    }
  });

  it("takes options after the base, and finds checkpost.yml from a subfolder", () => {
    // HEAD's merge base is HEAD: only the uncommitted posts differ.
    const run = spawnSync(process.execPath, [path.join(REPO, "bin/checkpost.js"), "check", "--changed", "HEAD", "--format", "text"], {
      cwd: path.join(root, "posts"),
      encoding: "utf8",
    });
    expect(run.stdout).toContain("acme/staged.md");
    expect(run.stdout).not.toContain("edited.md");
    expect(run.status).toBe(1);
  });

  it("exits 0 when no post changed", () => {
    const clean = mkdtempSync(path.join(tmpdir(), "checkpost-clean-"));
    try {
      execFileSync("git", ["init", "-q", "-b", "main"], { cwd: clean, env: GIT_ENV });
      writeFileSync(path.join(clean, "checkpost.yml"), BASE_CONFIG);
      execFileSync("git", ["add", "-A"], { cwd: clean, env: GIT_ENV });
      execFileSync("git", ["commit", "-q", "-m", "config"], { cwd: clean, env: GIT_ENV });
      const run = spawnSync(process.execPath, [path.join(REPO, "bin/checkpost.js"), "check", "--changed"], {
        cwd: clean,
        encoding: "utf8",
      });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toContain("0 posts checked");
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
  });

  it("says clearly what is wrong with an unknown base, paths beside it, or a folder outside git", () => {
    const unknown = checkpost("--changed", "no-such-branch");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe(
      'checkpost: --changed: "no-such-branch" is not a branch, tag or commit that shares history with HEAD; expected e.g. origin/main\n',
    );
    const withPaths = checkpost("--changed", "main", "posts");
    expect(withPaths.status).toBe(2);
    expect(withPaths.stderr).toBe("checkpost: --changed checks the posts changed since a git base; expected no paths (got posts)\n");
    const outside = mkdtempSync(path.join(tmpdir(), "checkpost-nogit-"));
    try {
      writeFileSync(path.join(outside, "checkpost.yml"), BASE_CONFIG);
      const run = spawnSync(process.execPath, [path.join(REPO, "bin/checkpost.js"), "check", "--changed"], {
        cwd: outside,
        encoding: "utf8",
      });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`checkpost: --changed compares with a git base, but ${outside} is not inside a git repository\n`);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
