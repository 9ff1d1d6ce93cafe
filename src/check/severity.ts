import type { ResolvedClient, ResolvedConfig } from "../config/types.js";
import type { Checks } from "../generated/config.js";
import type { Rule } from "../rules/types.js";
import type { SeveritySetting } from "../types.js";

export interface RuleSetting {
  severity: SeveritySetting;
  /** Frozen: one object serves every post of the client, so no rule may change it. */
  options: Readonly<Record<string, unknown>>;
}

/** The client's `checks` override the global ones; options merge key by key. */
export function ruleSetting(rule: Rule, config: ResolvedConfig, client: ResolvedClient | undefined): RuleSetting {
  let severity = rule.defaultSeverity;
  const options: Record<string, unknown> = {};
  for (const checks of [config.checks, client?.checks]) {
    const entry = (checks as Checks | undefined)?.[rule.id];
    if (entry === undefined) continue;
    if (typeof entry === "string") {
      severity = entry;
      continue;
    }
    const { severity: own, ...rest } = entry as { severity?: SeveritySetting } & Record<string, unknown>;
    if (own) severity = own;
    Object.assign(options, rest);
  }
  // The schema rule guards everything else: it cannot be switched off or lowered.
  if (rule.id === "schema") severity = "error";
  return { severity, options: Object.freeze(options) };
}
