import { prepareChannels } from "../channels/registry.js";
import { type ConfigResult, parseConfig, readConfig } from "../config/load-config.js";
import { ruleIds } from "../rules/registry.js";

export { findConfig } from "../config/load-config.js";

/**
 * checkpost.yml as checking needs it: `checks` may name every registered rule, and each channel type's counter is
 * loaded (X's twitter-text only when a channel is of type x). src/config cannot do either: both are outer layers.
 */
export async function loadConfig(file: string): Promise<ConfigResult> {
  return prepared(await readConfig(file, ruleIds()));
}

/** Parses and validates config text already in memory (the Action reads it from the base branch). */
export async function resolveConfigText(file: string, text: string, readWords?: (file: string) => Promise<string>): Promise<ConfigResult> {
  return prepared(await parseConfig(file, text, ruleIds(), readWords));
}

async function prepared(result: ConfigResult): Promise<ConfigResult> {
  if (result.config) await prepareChannels(result.config);
  return result;
}
