import { adapterOf } from "../channels/registry.js";
import type { ResolvedClient, ResolvedConfig } from "../config/types.js";
import type { LoadedPost } from "../post/parsed-post.js";
import type { ValidPost } from "../post/valid-post.js";
import { rules as allRules } from "../rules/registry.js";
import type { Rule } from "../rules/types.js";
import { closest } from "../schema/describe-errors.js";
import { type Message, sortByPosition } from "../types.js";
import { type RuleSetting, ruleSetting } from "./severity.js";
import { applySuppressions } from "./suppressions.js";

export interface CheckPostOptions {
  now?: Date;
  rules?: readonly Rule[];
  /** Run-time defaults per rule id, e.g. what the config cannot hold (the link fetcher of --check-links); checkpost.yml wins. */
  ruleOptions?: Readonly<Record<string, Record<string, unknown>>>;
}

/** Runs every enabled rule on one loaded post; rules run only on front-matter that passed the schema. */
export async function checkLoadedPost(loaded: LoadedPost, config: ResolvedConfig, options: CheckPostOptions = {}): Promise<Message[]> {
  const messages = [...loaded.messages];
  const post = loaded.post;
  if (!post?.data || messages.some((m) => m.severity === "error")) return sortByPosition(messages);

  const client = config.clients.get(post.data.client);
  if (!client) {
    const known = [...config.clients.keys()];
    const close = closest(post.data.client, known);
    messages.push({
      ruleId: "schema",
      severity: "error",
      ...post.spanOf(["client"]),
      message: `client: unknown client "${post.data.client}" (known: ${known.join(", ")})`,
      ...(close ? { suggestions: [close] } : {}),
    });
    return sortByPosition(messages);
  }

  const now = options.now ?? new Date();
  const settings = settingsOf(client);
  for (const rule of options.rules ?? allRules) {
    let setting = settings.get(rule);
    if (!setting) {
      setting = ruleSetting(rule, config, client);
      settings.set(rule, setting);
    }
    if (setting.severity === "off") continue;
    try {
      const runTime = options.ruleOptions?.[rule.id];
      // Run-time options (the Action's media lookup, --check-links) are defaults; what checkpost.yml sets wins.
      const ruleOptions = runTime ? { ...runTime, ...setting.options } : setting.options;
      const result = rule.check(post as ValidPost, { config, client, options: ruleOptions, now, limitsOf: adapterOf });
      // Most rules answer synchronously: awaiting their arrays cost a microtask turn per rule and post.
      const found = Array.isArray(result) ? result : await result;
      for (const m of found) {
        messages.push({
          ruleId: rule.id,
          // A rule may lower a finding (an acknowledged topic), never raise it above the configured severity.
          severity: m.severity ? milder(m.severity, setting.severity) : setting.severity,
          line: m.line,
          column: m.column,
          ...(m.endLine !== undefined ? { endLine: m.endLine, endColumn: m.endColumn } : {}),
          message: m.message,
          ...(m.suggestions?.length ? { suggestions: m.suggestions } : {}),
        } as Message);
      }
    } catch (error) {
      // A crashing rule must not hide the other findings, nor pass silently.
      messages.push({
        ruleId: rule.id,
        severity: "error",
        line: 1,
        column: 1,
        message: `the ${rule.id} check failed on this file (${error instanceof Error ? error.message : String(error)}); please report this`,
      });
    }
  }
  return sortByPosition(applySuppressions(post, messages, ALL_RULE_IDS));
}

const ALL_RULE_IDS = allRules.map((rule) => rule.id);

const RANK = { info: 0, warning: 1, error: 2 } as const;

function milder(a: Message["severity"], b: Message["severity"]): Message["severity"] {
  return RANK[a] <= RANK[b] ? a : b;
}

/** Each rule's severity and options for a client, worked out on the client's first post. */
const clientSettings = new WeakMap<ResolvedClient, Map<Rule, RuleSetting>>();

function settingsOf(client: ResolvedClient): Map<Rule, RuleSetting> {
  let settings = clientSettings.get(client);
  if (!settings) {
    settings = new Map();
    clientSettings.set(client, settings);
  }
  return settings;
}
