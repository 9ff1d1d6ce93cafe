import { checkLoadedPost } from "../../src/check/check-post.js";
import { resolveConfigText } from "../../src/check/load-config.js";
import type { ResolvedConfig } from "../../src/config/types.js";
import { parsePost } from "../../src/post/parsed-post.js";
import { rules } from "../../src/rules/registry.js";
import type { Message } from "../../src/types.js";

/** A small valid config with two clients; tests change one thing at a time. */
export const BASE_CONFIG = `clients:
  acme:
    name: Acme Outdoor
    contact: jane-acme
    folders: [posts/acme]
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
    channels:
      northwind-discord:
        type: discord
        secret_env: NORTHWIND_DISCORD
`;

/** A valid post: line 2 is client, line 3 channels. */
export const BASE_POST = `---
client: acme
channels: [acme-bluesky]
---
Hello from the trail.
`;

/** Words files are read from an in-memory map, so config tests touch no disk. */
export async function configOf(text: string, files: Record<string, string> = {}) {
  return resolveConfigText("/content/checkpost.yml", text, async (file) => {
    const name = file.replace(/^\/content\//, "");
    const found = files[name];
    if (found === undefined) throw new Error("ENOENT");
    return found;
  });
}

export async function baseConfig(): Promise<ResolvedConfig> {
  const { config, messages } = await configOf(BASE_CONFIG);
  if (!config) throw new Error(`BASE_CONFIG is invalid: ${JSON.stringify(messages)}`);
  return config;
}

/** The foundation's own rules: the other checkpoints have their own tests and would add findings here. */
export const FOUNDATION_RULES = rules.filter((rule) => rule.id === "schema" || rule.id === "wrong-account");

/** Loads and checks a post text against a config, as `checkpost check` would, with the foundation's rules. */
export async function checkText(text: string, relPath = "posts/acme/post.md", config?: ResolvedConfig): Promise<Message[]> {
  const resolved = config ?? (await baseConfig());
  return checkLoadedPost(parsePost(`/content/${relPath}`, relPath, text), resolved, {
    now: new Date("2026-11-20T12:00:00Z"),
    rules: FOUNDATION_RULES,
  });
}

/** `line:column message` for compact exact assertions. */
export function brief(messages: readonly Message[]): string[] {
  return messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId} ${m.message}`);
}

/** A post with front-matter lines inserted after `client` and `channels`. */
export function postWith(...lines: string[]): string {
  return `---\nclient: acme\nchannels: [acme-bluesky, acme-mastodon]\n${lines.join("\n")}\n---\nHello from the trail.\n`;
}
