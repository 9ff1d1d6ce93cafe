import type { ConfigFile } from "../generated/config.js";

/**
 * The clients whose (base) contacts must approve a pull request that changes checkpost.yml, from the base and head
 * configs compared structurally (key order and formatting do not matter):
 * - every client whose entry changed or disappeared (contact, contact_id, channels and their accounts, instances or
 *   webhook details, folders, anything else in it): once publishing exists, a changed instance or webhook would
 *   send that client's secret elsewhere, and a changed contact would let someone else approve its posts;
 * - every client when anything outside `clients` changed (the `posts` globs, the dictionary, checks, publishing
 *   settings), or when the head has no valid config at all: those settings govern every client's posts.
 * A client the head adds has no base contact: the second pair of eyes covers it.
 */
export function clientsForConfigChange(base: ConfigFile, head: ConfigFile | undefined): string[] {
  const all = Object.keys(base.clients).sort();
  if (!head) return all;
  const { clients: baseClients, ...baseGlobal } = base;
  const { clients: headClients, ...headGlobal } = head;
  if (!sameValue(baseGlobal, headGlobal)) return all;
  return all.filter((id) => !sameValue(baseClients[id], headClients[id]));
}

/** Structural equality of parsed YAML values: objects by their keys in any order, arrays in order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  // An absent key and one set to undefined are the same; YAML never yields undefined, so keys are compared as present.
  const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const key of keys) {
    if (!(key in left) || !(key in right) || !sameValue(left[key], right[key])) return false;
  }
  return true;
}
