import { execFileSync } from "node:child_process";
import path from "node:path";
import { UserError } from "../types.js";

/** Runs git in `cwd` and returns its output; undefined when git fails (not a repository, an unknown ref). */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/**
 * The base a pull request would be compared with: the remote's default branch (origin/HEAD), else origin/main,
 * else main: what `checkpost check --changed` compares with when given no base.
 */
export function defaultBase(cwd: string): string {
  assertRepository(cwd);
  const head = git(cwd, ["rev-parse", "--abbrev-ref", "origin/HEAD"])?.trim();
  if (head && head !== "origin/HEAD") return head;
  for (const candidate of ["origin/main", "main"]) {
    if (git(cwd, ["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`]) !== undefined) return candidate;
  }
  throw new UserError("--changed found no base to compare with (no origin/HEAD, origin/main or main); pass one: --changed BASE");
}

/**
 * The files under `cwd` that differ from where the current branch left `base` (their merge base, as a pull
 * request's diff does): committed, staged, unstaged and untracked changes, without deleted files. Absolute paths.
 */
export function changedFiles(cwd: string, base: string): string[] {
  assertRepository(cwd);
  const mergeBase = git(cwd, ["merge-base", base, "HEAD"])?.trim();
  if (!mergeBase) {
    throw new UserError(`--changed: "${base}" is not a branch, tag or commit that shares history with HEAD; expected e.g. origin/main`);
  }
  // --relative: paths relative to cwd, and only files under it (the content root).
  const tracked = git(cwd, ["diff", "--name-only", "--relative", "--no-renames", "--diff-filter=d", "-z", mergeBase, "--"]) ?? "";
  const untracked = git(cwd, ["ls-files", "--others", "--exclude-standard", "-z"]) ?? "";
  const files = new Set([...tracked.split("\0"), ...untracked.split("\0")].filter(Boolean));
  return [...files].map((file) => path.join(cwd, file));
}

function assertRepository(cwd: string): void {
  if (git(cwd, ["rev-parse", "--is-inside-work-tree"])?.trim() !== "true") {
    throw new UserError(`--changed compares with a git base, but ${cwd} is not inside a git repository`);
  }
}
