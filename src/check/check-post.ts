import { adapterOf } from "../channels/registry.js";
import type { ResolvedClient, ResolvedConfig } from "../config/types.js";
import type { LoadedPost, ParsedPost } from "../post/parsed-post.js";
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

/**
 * The rule options of a post a pull request proposes: scheduling it in the past is a mistake, not history. The
 * pull request's check and `checkpost check --changed` both use them, so the two say the same.
 */
export const PROPOSED_POST_OPTIONS: Readonly<Record<string, Record<string, unknown>>> = Object.freeze({
  "publish-window": Object.freeze({ past: "error" }),
});

/**
 * Runs every enabled rule on one loaded post. Rules run on front-matter that passed the schema; when it did
 * not (a misspelt key, a missing alt) but its YAML parsed, the rules that read only the body's prose still run
 * on the body, so a writer fixes everything in one round.
 */
export async function checkLoadedPost(loaded: LoadedPost, config: ResolvedConfig, options: CheckPostOptions = {}): Promise<Message[]> {
  const messages = [...loaded.messages];
  const post = loaded.post;
  if (!post) return sortByPosition(messages);
  if (!post.data || messages.some((m) => m.severity === "error")) return withBodyRules(post, messages, config, options);

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
    return withBodyRules(post, messages, config, options);
  }

  messages.push(...(await runRules(post as ValidPost, client, options.rules ?? allRules, config, options)));
  return sortByPosition(applySuppressions(post, messages, ALL_RULE_IDS));
}

/** The front-matter's errors, and the findings of the rules that need only the body (see bodyOnly). */
async function withBodyRules(post: ParsedPost, messages: Message[], config: ResolvedConfig, options: CheckPostOptions): Promise<Message[]> {
  const partial = bodyOnly(post, config);
  if (!partial) return sortByPosition(messages);
  const rules = (options.rules ?? allRules).filter((rule) => rule.bodyOnly);
  const found = [...messages, ...(await runRules(partial.post, partial.client, rules, config, options))];
  return sortByPosition(applySuppressions(post, found, ALL_RULE_IDS));
}

/**
 * A post whose front-matter failed the schema, seen as its body alone: no title, variants or media (their
 * values are not known to be what the schema says), and the client its \`client\` names or, when that is
 * missing or unknown, the client whose folder holds it. Undefined when the YAML did not parse or no client is known.
 */
function bodyOnly(post: ParsedPost, config: ResolvedConfig): { post: ValidPost; client: ResolvedClient } | undefined {
  const value: unknown = post.frontMatter?.yaml.value;
  if (!value || typeof value !== "object" || Array.isArray(value) || post.frontMatter?.problems("schema").length) return undefined;
  const named = (value as { client?: unknown }).client;
  const client =
    (typeof named === "string" ? config.clients.get(named) : undefined) ??
    // A client that exists only in a misspelling ("acmee") or under a misspelt key: the post's folder knows.
    [...config.clients.values()].find((c) => c.folders.some((folder) => post.relPath.startsWith(folder)));
  if (!client) return undefined;
  // No channel is known to be valid; body-only rules read none.
  const channels = [] as unknown as ValidPost["data"]["channels"];
  return { post: { ...post, data: { client: client.id, channels } }, client };
}

/** Each rule's findings on a post, with the severity configured for the client. */
async function runRules(
  post: ValidPost,
  client: ResolvedClient,
  rules: readonly Rule[],
  config: ResolvedConfig,
  options: CheckPostOptions,
): Promise<Message[]> {
  const messages: Message[] = [];
  const now = options.now ?? new Date();
  const settings = settingsOf(client);
  for (const rule of rules) {
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
      const result = rule.check(post, { config, client, options: ruleOptions, now, limitsOf: adapterOf });
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
  return messages;
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
