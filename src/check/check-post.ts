import { performance } from "node:perf_hooks";
import { adapterOf } from "../channels/registry.js";
import type { ResolvedClient, ResolvedConfig } from "../config/types.js";
import { unknownClient } from "../config/unknown-names.js";
import type { LoadedPost, ParsedPost } from "../post/parsed-post.js";
import type { ValidPost } from "../post/valid-post.js";
import { rules as allRules } from "../rules/registry.js";
import type { Rule } from "../rules/types.js";
import { type Message, sortByPosition } from "../types.js";
import { type RuleSetting, ruleSetting } from "./severity.js";
import { applySuppressions } from "./suppressions.js";

export interface CheckPostOptions {
  now?: Date;
  rules?: readonly Rule[];
  /** Run-time defaults per rule id, e.g. what the config cannot hold (the link fetcher of --check-links); checkpost.yml wins. */
  ruleOptions?: Readonly<Record<string, Record<string, unknown>>>;
  /** Milliseconds of computing one post may take before its remaining checks are skipped; default POST_BUDGET_MS. */
  budgetMs?: number;
}

/**
 * Every check runs in linear time, so an ordinary post takes milliseconds; this bounds what a post no check
 * foresaw can cost the job. Time spent waiting (the link checker's requests) does not count.
 */
export const POST_BUDGET_MS = 2000;

/** Findings of one check listed per post; a post with more (a pasted log, a run of blank lines) gets one note that more are not listed. */
export const MAX_FINDINGS_PER_RULE = 200;

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
    messages.push({ ruleId: "schema", severity: "error", ...post.spanOf(["client"]), ...unknownClient(post.data.client, config) });
    return withBodyRules(post, messages, config, options);
  }

  const ran = await runRules(post as ValidPost, client, options.rules ?? allRules, config, options);
  return finish(post, [...messages, ...ran.messages], ran.stopped);
}

/** The front-matter's errors, and the findings of the rules that need only the body (see bodyOnly). */
async function withBodyRules(post: ParsedPost, messages: Message[], config: ResolvedConfig, options: CheckPostOptions): Promise<Message[]> {
  const partial = bodyOnly(post, config);
  if (!partial) return sortByPosition(messages);
  const rules = (options.rules ?? allRules).filter((rule) => rule.bodyOnly);
  const ran = await runRules(partial.post, partial.client, rules, config, options);
  return finish(post, [...messages, ...ran.messages], ran.stopped);
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
): Promise<{ messages: Message[]; stopped?: Message }> {
  const messages: Message[] = [];
  const now = options.now ?? new Date();
  const settings = settingsOf(client);
  const budget = options.budgetMs ?? POST_BUDGET_MS;
  const clock = busyClock();
  const started = clock();
  let stopped: Message | undefined;
  for (const [index, rule] of rules.entries()) {
    const spent = clock() - started;
    if (spent > budget) {
      stopped = budgetMessage(spent, rules.slice(index));
      break;
    }
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
  return { messages, ...(stopped ? { stopped } : {}) };
}

/** The findings as reported: suppressions applied, at most MAX_FINDINGS_PER_RULE per rule, then the budget note. */
function finish(post: ParsedPost, messages: Message[], stopped: Message | undefined): Message[] {
  const kept = capPerRule(sortByPosition(applySuppressions(post, messages, ALL_RULE_IDS)));
  // After the suppressions: no comment in the post can hide that its checks did not all run.
  return stopped ? sortByPosition([...kept, stopped]) : kept;
}

/**
 * Milliseconds the event loop has been busy (running code, not waiting for I/O), read before and after each
 * rule; before the loop first runs (a script's first turn) everything is computing, so wall time is the same.
 */
function busyClock(): () => number {
  if (performance.nodeTiming.loopStart < 0) return () => performance.now();
  return () => performance.eventLoopUtilization().active;
}

function budgetMessage(spent: number, skipped: readonly Rule[]): Message {
  const seconds = (spent / 1000).toFixed(1);
  return {
    ruleId: "budget",
    severity: "error",
    line: 1,
    column: 1,
    message: `checks stopped after ${seconds} s on this post: ${skipped.map((r) => r.id).join(", ")} did not run; an ordinary post takes milliseconds, so shorten the post or break up its long runs of repeated characters (and report the text if it is ordinary)`,
  };
}

/** At most MAX_FINDINGS_PER_RULE findings of each rule, the first in the file, then one saying that more are not listed. */
function capPerRule(messages: Message[]): Message[] {
  const counts = new Map<string, number>();
  for (const m of messages) counts.set(m.ruleId, (counts.get(m.ruleId) ?? 0) + 1);
  if (![...counts.values()].some((n) => n > MAX_FINDINGS_PER_RULE)) return messages;
  const seen = new Map<string, number>();
  const out: Message[] = [];
  for (const m of messages) {
    const n = (seen.get(m.ruleId) ?? 0) + 1;
    seen.set(m.ruleId, n);
    if (n <= MAX_FINDINGS_PER_RULE) out.push(m);
    else if (n === MAX_FINDINGS_PER_RULE + 1) {
      const severity = messages
        .filter((x) => x.ruleId === m.ruleId)
        .reduce((worst, x) => (RANK[x.severity] > RANK[worst] ? x.severity : worst), m.severity);
      out.push({
        ruleId: m.ruleId,
        severity,
        line: m.line,
        column: m.column,
        // No count: a rule may stop looking after ENOUGH_FINDINGS.
        message: `more ${m.ruleId} findings from here on are not listed (at most ${MAX_FINDINGS_PER_RULE} per check and post)`,
      });
    }
  }
  return out;
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
