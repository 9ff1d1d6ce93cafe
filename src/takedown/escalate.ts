/**
 * Patterns escalated on GitHub: the retrospectives of the window (their markers and kind labels) are counted, and
 * the newest issue of each group that reached the threshold gets the `pattern` label and one note linking the
 * earlier ones and mentioning `retrospective.escalate_to`. Runs after a retrospective is opened and again when a
 * person sets a kind later (`issues: labeled` / `edited`), so a kind chosen by a person counts.
 */
import type { ResolvedConfig } from "../config/types.js";
import type { GitHubApi } from "../github/api.js";
import type { IssueItem, PublishGitHubApi } from "../github/publish-api.js";
import type { CorrectionNote } from "../ledger/types.js";
import { kindOf } from "./kinds.js";
import { type CountedRetro, findPatterns, newestIssue, patternMarker, patternNote } from "./patterns.js";
import { PATTERN_LABEL, parseMarker, RETROSPECTIVE_LABEL } from "./render.js";

export interface RetrospectiveSettings {
  labels: string[];
  threshold: number;
  windowDays: number;
  escalateTo: string[];
}

export function retrospectiveSettings(config: ResolvedConfig): RetrospectiveSettings {
  const r = config.raw.retrospective ?? {};
  return {
    labels: [...(r.labels ?? [])],
    threshold: r.pattern_threshold ?? 3,
    windowDays: r.pattern_window_days ?? 30,
    escalateTo: [...(r.escalate_to ?? [])],
  };
}

/** A retrospective issue as the pattern counter sees it; undefined for an issue without checkpost's marker. */
export function countedOf(item: IssueItem): CountedRetro | undefined {
  const meta = parseMarker(item.body);
  if (!meta) return undefined;
  const kind = kindOf(item) ?? meta.kind;
  return {
    number: item.number,
    ...(item.htmlUrl ? { url: item.htmlUrl } : {}),
    client: meta.client,
    ...(meta.author ? { author: meta.author } : {}),
    ...(kind ? { kind } : {}),
    at: meta.at,
  };
}

export interface PatternNote {
  issue: number;
  text: string;
}

type EscalateApi = Pick<GitHubApi, "listIssueComments" | "createIssueComment"> & Pick<PublishGitHubApi, "addLabels">;

/** Notes (and labels) the newest issue of each pattern, once per pattern; returns the notes this call added. */
/** A text-only correction as the pattern counter sees it: a grammar-or-spelling slip, without an issue. */
export const countedCorrection = (c: CorrectionNote): CountedRetro => ({
  number: 0,
  client: c.client,
  ...(c.author ? { author: c.author } : {}),
  kind: "grammar",
  at: c.at,
});

export async function escalatePatterns(
  api: EscalateApi,
  config: ResolvedConfig,
  items: readonly IssueItem[],
  now: Date,
  corrections: readonly CorrectionNote[] = [],
): Promise<PatternNote[]> {
  const settings = retrospectiveSettings(config);
  const counted = [...items.flatMap((i) => countedOf(i) ?? []), ...corrections.map(countedCorrection)];
  const patterns = findPatterns(counted, { threshold: settings.threshold, windowDays: settings.windowDays, now });
  const added: PatternNote[] = [];
  for (const pattern of patterns) {
    const newest = newestIssue(pattern);
    if (!newest) continue; // only text-only corrections so far: said with the next retrospective
    const comments = await api.listIssueComments(newest.number);
    if (comments.some((c) => c.body.includes(patternMarker(pattern)))) continue;
    const text = patternNote(pattern, settings.windowDays, settings.escalateTo);
    const item = items.find((i) => i.number === newest.number);
    if (!item?.labels.includes(PATTERN_LABEL)) {
      await api.addLabels(newest.number, [PATTERN_LABEL]);
      item?.labels.push(PATTERN_LABEL);
    }
    await api.createIssueComment(newest.number, text);
    added.push({ issue: newest.number, text });
  }
  return added;
}

/** Re-counts patterns after a person set a retrospective's kind (an `issues` event); anything else is ignored. */
export async function escalateAfterIssueEvent(
  api: EscalateApi & Pick<PublishGitHubApi, "issuesWithLabel">,
  config: ResolvedConfig,
  event: { labels: readonly string[]; corrections?: readonly CorrectionNote[] },
  now: Date,
): Promise<PatternNote[]> {
  if (!event.labels.includes(RETROSPECTIVE_LABEL)) return [];
  const since = new Date(now.getTime() - retrospectiveSettings(config).windowDays * 86_400_000).toISOString();
  return escalatePatterns(api, config, await api.issuesWithLabel(RETROSPECTIVE_LABEL, since), now, event.corrections ?? []);
}
