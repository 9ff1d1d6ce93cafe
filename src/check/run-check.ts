import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import { unpinnedContacts } from "../config/contact-pins.js";
import type { ResolvedConfig } from "../config/types.js";
import { toPosix } from "../load/paths.js";
import { DiskContentRepo } from "../repo/disk-content-repo.js";
import type { FileReport, Message, Report } from "../types.js";
import { UserError } from "../types.js";
import { type CheckPostOptions, checkLoadedPost, PROPOSED_POST_OPTIONS } from "./check-post.js";
import { fileNameFinding } from "./file-name.js";
import { findConfig } from "./load-config.js";

export interface CheckOptions {
  /** Files or folders; none: the config's `posts` globs. */
  paths: string[];
  cwd: string;
  /** Explicit config file; otherwise found by walking up from the first path. */
  configFile?: string;
  now?: Date;
  /** Run-time rule options the config cannot hold, by rule id (e.g. `{link: {checker}}` for --check-links). */
  ruleOptions?: CheckPostOptions["ruleOptions"];
  /**
   * Check only the posts changed since a git base (`--changed [BASE]`), as a pull request's check would: with
   * its rule options (PROPOSED_POST_OPTIONS). No base: the remote's default branch. `paths` must be empty.
   */
  changed?: { base?: string };
}

export type CheckOutcome =
  | { kind: "report"; report: Report; config: ResolvedConfig }
  /** checkpost.yml itself is wrong: nothing was checked. */
  | { kind: "config-error"; report: Report };

export async function runCheck(options: CheckOptions): Promise<CheckOutcome> {
  const { cwd } = options;
  const first = options.paths[0] ? path.resolve(cwd, options.paths[0]) : cwd;
  for (const p of options.paths) {
    if (!existsSync(path.resolve(cwd, p))) throw new UserError(`${p}: no such file or folder`);
  }
  const configFile = options.configFile ? path.resolve(cwd, options.configFile) : findConfig(first);
  if (!configFile) {
    // Name the folder the search started in: the path itself when it is a folder (or the working directory).
    const start = isFolder(first) ? first : path.dirname(first);
    throw new UserError(`no checkpost.yml found in ${display(cwd, start) || "."} or any parent folder; pass --config FILE`);
  }
  const repo = new DiskContentRepo(path.dirname(configFile));
  const loaded = await repo.readConfig(path.basename(configFile));
  if (!loaded.config) {
    return { kind: "config-error", report: toReport([{ path: display(cwd, configFile), messages: loaded.messages }]) };
  }
  const config = loaded.config;
  if (options.changed) return checkChanged(repo, config, options, options.changed.base);
  const files = await resolvePostFiles(
    config,
    options.paths.map((p) => path.resolve(cwd, p)),
  );
  // A content repository without posts yet (just set up by init) is in order; a path that holds none is a mistake.
  if (files.length === 0 && options.paths.length > 0) {
    throw new UserError(
      `no post files found in ${options.paths.join(", ")} (posts: ${config.posts.join(", ")} relative to ${display(cwd, config.file)})`,
    );
  }

  return { kind: "report", report: reportOf(config, cwd, await checkFiles(repo, config, files, options)), config };
}

/** `--changed`: the posts that differ from the base, checked as the pull request's check checks them; none is no error. */
async function checkChanged(repo: DiskContentRepo, config: ResolvedConfig, options: CheckOptions, base?: string): Promise<CheckOutcome> {
  // Loaded here only: git's module brings child_process and its network modules, which every other run would
  // load for nothing (about 2 ms).
  const { changedFiles, defaultBase } = await import("../repo/git-changes.js");
  const changed = new Set(changedFiles(config.root, base ?? defaultBase(config.root)));
  const files = (await resolvePostFiles(config, [])).filter((file) => changed.has(file));
  const ruleOptions = { ...PROPOSED_POST_OPTIONS, ...options.ruleOptions };
  const reports = await checkFiles(repo, config, files, { ...options, ruleOptions });
  // No advice on checkpost.yml itself: the pull request's check gives none, and --changed says what it says.
  return { kind: "report", report: { ...toReport(reports), posts: reports.length }, config };
}

async function checkFiles(repo: DiskContentRepo, config: ResolvedConfig, files: string[], options: CheckOptions): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  // Posts are read synchronously (see readTextFile): one at a time, in order, is the fastest here.
  for (const file of files) {
    const relPath = toPosix(path.relative(repo.root, file));
    const post = await repo.readPost(relPath, relPath);
    const messages = await checkLoadedPost(post, config, {
      ...(options.now ? { now: options.now } : {}),
      ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
    });
    const nameFinding = fileNameFinding(relPath);
    if (nameFinding) messages.unshift(nameFinding);
    reports.push({ path: display(options.cwd, file), messages });
  }
  return reports;
}

/** The posts' reports, after checkpost.yml's own warnings (a contact without contact_id), which are no post. */
function reportOf(config: ResolvedConfig, cwd: string, reports: FileReport[]): Report {
  const advice = unpinnedContacts(config);
  const configReport = advice.length ? [{ path: display(cwd, config.file), messages: advice }] : [];
  return { ...toReport([...configReport, ...reports]), posts: reports.length };
}

/** Explicit files are checked as given; folders contribute the config's post files inside them. */
export async function resolvePostFiles(config: ResolvedConfig, targets: string[]): Promise<string[]> {
  const explicit = targets.filter((t) => !statSync(t).isDirectory());
  const folders = targets.filter((t) => statSync(t).isDirectory());
  const out = new Set(explicit);
  if (targets.length === 0 || folders.length > 0) {
    // Loaded here: checking named files (an editor, a pre-commit hook) never needs it.
    const { glob } = await import("tinyglobby");
    const matched = await glob(config.posts, {
      cwd: config.root,
      absolute: true,
      onlyFiles: true,
      followSymbolicLinks: false,
      ignore: ["**/node_modules/**", "**/.git/**"],
    });
    for (const file of [...matched, ...linkedPosts(config)].map(path.normalize).sort()) {
      if (targets.length === 0 || folders.some((f) => file.startsWith(f.endsWith(path.sep) ? f : f + path.sep) || file === f))
        out.add(file);
    }
  }
  return [...out];
}

/**
 * Symlinks inside the content root that the `posts` globs match: the glob skips links (following them could
 * walk the whole disk), yet a linked post must be reported, to be refused, not silently left out.
 */
function linkedPosts(config: ResolvedConfig): string[] {
  const isPost = picomatch([...config.posts], { dot: false });
  return readdirSync(config.root, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    if (!entry.isSymbolicLink()) return [];
    const absolute = path.join(entry.parentPath, entry.name);
    const relPath = toPosix(path.relative(config.root, absolute));
    return relPath.split("/").some((part) => part === "node_modules" || part === ".git") || !isPost(relPath) ? [] : [absolute];
  });
}

export function toReport(files: FileReport[]): Report {
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const m of file.messages as Message[]) {
      if (m.severity === "error") errors++;
      else if (m.severity === "warning") warnings++;
    }
  }
  return { files, errors, warnings };
}

function isFolder(p: string): boolean {
  return existsSync(p) && statSync(p).isDirectory();
}

function display(cwd: string, file: string): string {
  return toPosix(path.relative(cwd, file));
}
