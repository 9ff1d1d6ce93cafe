import { checkLoadedPost } from "../../src/check/check-post.js";
import { resolveConfigText } from "../../src/check/load-config.js";
import type { ResolvedConfig } from "../../src/config/types.js";
import { parsePost } from "../../src/post/parsed-post.js";
import type { Rule } from "../../src/rules/types.js";
import type { Message } from "../../src/types.js";
import { brief, BASE_CONFIG as FOUNDATION_CONFIG } from "../helpers/foundation.js";
import { patch } from "../helpers/patch.js";

export const NOW = new Date("2026-11-20T12:00:00Z");

/**
 * The foundation tests' two clients, plus what the checkpoints read: acme's publishing window and
 * northwind's folder.
 */
export const BASE_CONFIG = patch(
  patch(
    FOUNDATION_CONFIG,
    "    folders: [posts/acme]\n",
    '    folders: [posts/acme]\n    publish_window:\n      timezone: Europe/Berlin\n      days: [mon, tue, wed, thu, fri]\n      start: "08:30"\n      end: "18:00"\n',
  ),
  "    contact: ola-northwind\n",
  "    contact: ola-northwind\n    folders: [posts/northwind]\n",
);

export { brief };

export interface RunOptions {
  config?: string | ResolvedConfig;
  relPath?: string;
  now?: Date;
  /** Root of the content (for media on disk); default /content. */
  root?: string;
  ruleOptions?: Record<string, Record<string, unknown>>;
}

export async function loadConfig(text: string = BASE_CONFIG, root = "/content"): Promise<ResolvedConfig> {
  const { config, messages } = await resolveConfigText(`${root}/checkpost.yml`, text);
  if (!config) throw new Error(`invalid test config: ${JSON.stringify(messages)}`);
  return config;
}

/** Runs one rule on a post text, as `checkpost check` would, and returns its messages. */
export async function check(rule: Rule, text: string, options: RunOptions = {}): Promise<Message[]> {
  const config = typeof options.config === "object" ? options.config : await loadConfig(options.config, options.root);
  const relPath = options.relPath ?? "posts/acme/post.md";
  const loaded = parsePost(`${config.root}/${relPath}`, relPath, text);
  return checkLoadedPost(loaded, config, {
    now: options.now ?? NOW,
    rules: [rule],
    ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
  });
}

/** Runs one rule on a post text, as `checkpost check` would, and returns `line:column severity rule message` lines. */
export async function run(rule: Rule, text: string, options: RunOptions = {}): Promise<string[]> {
  return brief(await check(rule, text, options));
}
