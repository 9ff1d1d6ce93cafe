/**
 * Patterns: when the same client, the same author or the same kind of mistake reaches `pattern_threshold`
 * retrospectives within `pattern_window_days`, the process must change. Pure: the retrospectives (from their
 * markers and labels) in, the groups that reached the threshold out, each with its newest issue, which says so.
 */
import type { MistakeKind } from "./kinds.js";

export interface CountedRetro {
  /** The retrospective issue; 0 for a text-only correction, which counts but has no issue of its own. */
  number: number;
  url?: string;
  client: string;
  author?: string;
  kind?: MistakeKind;
  /** When the post was taken down (or corrected). */
  at: string;
}

export type Dimension = "client" | "author" | "kind";

export interface Pattern {
  dimension: Dimension;
  value: string;
  /** Oldest first; the last is the newest, which carries the escalation. */
  issues: CountedRetro[];
}

export interface PatternOptions {
  threshold: number;
  windowDays: number;
  now: Date;
}

const DIMENSIONS: readonly Dimension[] = ["client", "author", "kind"];

/**
 * Every group (same client, author or kind) of at least `threshold` retrospectives taken down within the
 * window ending now. A retrospective whose kind is not set yet counts for its client and author only.
 */
export function findPatterns(retros: readonly CountedRetro[], options: PatternOptions): Pattern[] {
  const from = options.now.getTime() - options.windowDays * 86_400_000;
  const recent = [...retros]
    .filter((r) => {
      const at = Date.parse(r.at);
      return at >= from && at <= options.now.getTime();
    })
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.number - b.number);
  const patterns: Pattern[] = [];
  for (const dimension of DIMENSIONS) {
    const groups = new Map<string, CountedRetro[]>();
    for (const r of recent) {
      const value = dimension === "author" ? r.author?.toLowerCase() : r[dimension];
      if (value) groups.set(value, [...(groups.get(value) ?? []), r]);
    }
    for (const [value, issues] of groups) if (issues.length >= options.threshold) patterns.push({ dimension, value, issues });
  }
  return patterns;
}

const NAMES: Record<Dimension, string> = { client: "client", author: "author", kind: "kind of mistake" };

/** The hidden marker of a pattern note: one note per group and newest issue, however often it is evaluated. */
export const patternMarker = (p: Pattern) => `<!-- checkpost:pattern ${p.dimension}=${p.value} -->`;

/** The newest retrospective issue of a pattern: the one that says so (text-only corrections have none). */
export function newestIssue(p: Pattern): CountedRetro | undefined {
  return [...p.issues].reverse().find((r) => r.number > 0);
}

export function patternNote(p: Pattern, windowDays: number, escalateTo: readonly string[]): string {
  const newest = newestIssue(p);
  const earlier = p.issues.filter((r) => r.number > 0 && r !== newest);
  const corrections = p.issues.filter((r) => r.number === 0).length;
  const who = p.dimension === "author" ? `@${p.value}` : p.value;
  const links = earlier.map((r) => (r.url ? `[#${r.number}](${r.url})` : `#${r.number}`));
  if (corrections) links.push(`${corrections} text-only correction${corrections === 1 ? "" : "s"}`);
  return [
    patternMarker(p),
    `**Pattern:** ${p.issues.length} retrospectives${corrections ? " and corrections" : ""} for the same ${NAMES[p.dimension]} (${who}) within ${windowDays} days. A correction is not enough any more: the process must change.`,
    "",
    `Earlier: ${links.join(", ") || "—"}`,
    ...(escalateTo.length ? ["", `${escalateTo.map((l) => `@${l}`).join(" ")}: please look at this pattern.`] : []),
  ].join("\n");
}
