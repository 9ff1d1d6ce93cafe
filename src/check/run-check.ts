import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { unpinnedContacts } from "../config/contact-pins.js";
import type { ResolvedConfig } from "../config/types.js";
import { toPosix } from "../load/paths.js";
import { DiskContentRepo } from "../repo/disk-content-repo.js";
import type { FileReport, Message, Report } from "../types.js";
import { UserError } from "../types.js";
import { type CheckPostOptions, checkLoadedPost } from "./check-post.js";
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
  const files = await resolvePostFiles(
    config,
    options.paths.map((p) => path.resolve(cwd, p)),
  );
  if (files.length === 0) {
    const where = options.paths.length ? options.paths.join(", ") : display(cwd, config.root) || ".";
    throw new UserError(`no post files found in ${where} (posts: ${config.posts.join(", ")} relative to ${display(cwd, config.file)})`);
  }

  const reports: FileReport[] = [];
  // Posts are read synchronously (see readTextFile): one at a time, in order, is the fastest here.
  for (const file of files) {
    const relPath = toPosix(path.relative(repo.root, file));
    const post = await repo.readPost(relPath, relPath);
    const messages = await checkLoadedPost(post, config, {
      ...(options.now ? { now: options.now } : {}),
      ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
    });
    reports.push({ path: display(cwd, file), messages });
  }
  // checkpost.yml's own warnings (a contact without contact_id) come first; they are no post.
  const advice = unpinnedContacts(config);
  const configReport = advice.length ? [{ path: display(cwd, configFile), messages: advice }] : [];
  return { kind: "report", report: { ...toReport([...configReport, ...reports]), posts: reports.length }, config };
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
    for (const file of matched.map(path.normalize).sort()) {
      if (targets.length === 0 || folders.some((f) => file.startsWith(f.endsWith(path.sep) ? f : f + path.sep) || file === f))
        out.add(file);
    }
  }
  return [...out];
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
