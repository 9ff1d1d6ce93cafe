import { checkLoadedPost } from "../../src/check/check-post.js";
import { resolveConfigText } from "../../src/config/load-config.js";
import type { ResolvedConfig } from "../../src/config/types.js";
import { parsePost } from "../../src/post/parsed-post.js";
import type { Rule } from "../../src/rules/types.js";
import type { Message } from "../../src/types.js";

export const NOW = new Date("2026-11-20T12:00:00Z");

/** Two clients; acme has Bluesky and Mastodon and a folder, northwind a Discord webhook. */
export const BASE_CONFIG = `clients:
  acme:
    name: Acme Outdoor
    contact: jane-acme
    folders: [posts/acme]
    publish_window:
      timezone: Europe/Berlin
      days: [mon, tue, wed, thu, fri]
      start: "08:30"
      end: "18:00"
    channels:
      acme-bluesky:
        type: bluesky
        handle: acme.bsky.social
        secret_env: ACME_BLUESKY
      acme-mastodon:
        type: mastodon
        instance: https://mastodon.social
        account: "@acme"
        secret_env: ACME_MASTODON
  northwind:
    contact: ola-northwind
    folders: [posts/northwind]
    channels:
      northwind-discord:
        type: discord
        secret_env: NORTHWIND_DISCORD
`;

/** `line:column severity rule message`, for exact assertions. */
export function brief(messages: readonly Message[]): string[] {
  return messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`);
}

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

/** Runs one rule on a post text, as `checkpost check` would, and returns `line:column severity rule message` lines. */
export async function run(rule: Rule, text: string, options: RunOptions = {}): Promise<string[]> {
  const config = typeof options.config === "object" ? options.config : await loadConfig(options.config, options.root);
  const relPath = options.relPath ?? "posts/acme/post.md";
  const loaded = parsePost(`${config.root}/${relPath}`, relPath, text);
  const messages = await checkLoadedPost(loaded, config, {
    now: options.now ?? NOW,
    rules: [rule],
    ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
  });
  return brief(messages);
}
