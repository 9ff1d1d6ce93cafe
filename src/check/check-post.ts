import { performance } from "node:perf_hooks";
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
  const rules = options.rules ?? allRules;
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
