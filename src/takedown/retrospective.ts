/**
 * Exactly one retrospective issue per takedown. The ledger entry is claimed first (compare-and-swap: of two runs at
 * once, one opens it); the holder looks for the issue's hidden marker among the retrospectives before creating
 * (an earlier attempt may have created it, e.g. GitHub answered 502 after creating), creates it, and records its
 * number in the entry. A create that fails is looked for once more at once; if still absent, the claim stays and
 * a re-run (or a later run, once the claim is stale) tries again. Then patterns are escalated on the newest issue.
 */
import type { ResolvedConfig } from "../config/types.js";
import type { GitHubApi } from "../github/api.js";
import type { IssueItem, PublishGitHubApi } from "../github/publish-api.js";
import type { LedgerContext } from "../ledger/context.js";
import { readEntry } from "../ledger/protocol.js";
import { DEFAULT_STALE_AFTER_MS } from "../ledger/stale.js";
import { claimRetrospective, recordRetrospective } from "../ledger/takedown.js";
import type { CorrectionNote } from "../ledger/types.js";
import { escalatePatterns, retrospectiveSettings } from "./escalate.js";
import { gatherRetrospective } from "./gather.js";
import type { MistakeKind } from "./kinds.js";
import { parseMarker, RETROSPECTIVE_LABEL, renderRetrospective } from "./render.js";

export type RetroApi = GitHubApi & PublishGitHubApi;

export interface RetrospectiveRun {
  api: RetroApi;
  ctx: LedgerContext;
  config: ResolvedConfig;
  configPath: string;
  workspace: string;
  staleAfterMs?: number;
  /** Text-only corrections from the ledger's index: they count toward patterns. */
  corrections?: readonly CorrectionNote[];
}

export interface RetrospectiveOutcome {
  id: string;
  path: string;
  state: "opened" | "found" | "exists" | "held" | "failed" | "none";
  number?: number;
  url?: string;
  detail?: string;
  /** Pattern notes added by this run, in words. */
  patterns?: string[];
}

export interface RetrospectiveRequest {
  id: string;
  path: string;
  /** Per channel id: what a person must still do (a delete that failed). */
  manual?: ReadonlyMap<string, string>;
  kind?: MistakeKind;
  /** A correction of a live post: its retrospective is opened only when the facts changed. */
  correction?: { blob: string; facts: string[]; pullRequest?: number };
}

/** The retrospectives listed once per run (one request, whatever the number of takedowns). */
class Listing {
  private items: IssueItem[] | undefined;
  constructor(
    private readonly api: RetroApi,
    private readonly since: string,
  ) {}
  async all(fresh = false): Promise<IssueItem[]> {
    if (!this.items || fresh) this.items = await this.api.issuesWithLabel(RETROSPECTIVE_LABEL, this.since);
    return this.items;
  }
  add(item: IssueItem): void {
    this.items?.push(item);
  }
}

export async function openRetrospectives(
  requests: readonly RetrospectiveRequest[],
  run: RetrospectiveRun,
): Promise<RetrospectiveOutcome[]> {
  const settings = retrospectiveSettings(run.config);
  const now = run.ctx.now();
  const listing = new Listing(run.api, new Date(now.getTime() - settings.windowDays * 86_400_000).toISOString());
  const out: RetrospectiveOutcome[] = [];
  for (const request of requests) {
    try {
      out.push(await openOne(request, run, listing));
    } catch (error) {
      out.push({ id: request.id, path: request.path, state: "failed", detail: error instanceof Error ? error.message : String(error) });
    }
  }
  const opened = out.filter((o) => o.state === "opened" || o.state === "found");
  if (opened.length > 0 || run.ctx.corrections.length > 0) {
    const corrections = [...(run.corrections ?? []), ...run.ctx.corrections];
    // Counted as of now, after this run's issues and corrections were made (theirs are the newest times).
    const notes = await escalatePatterns(run.api, run.config, await listing.all(), run.ctx.now(), corrections);
    for (const o of opened) o.patterns = notes.filter((n) => n.issue === o.number).map((n) => n.text);
  }
  return out;
}

async function openOne(request: RetrospectiveRequest, run: RetrospectiveRun, listing: Listing): Promise<RetrospectiveOutcome> {
  if (request.correction) return openForCorrection(request, request.correction, run, listing);
  const { api, ctx } = run;
  const base = { id: request.id, path: request.path };
  const claim = await claimRetrospective(ctx, { id: request.id, staleAfterMs: run.staleAfterMs ?? DEFAULT_STALE_AFTER_MS });
  if (claim.outcome === "none") return { ...base, state: "none" };
  if (claim.outcome === "opened")
    return {
      ...base,
      state: "exists",
      ...(claim.record.number ? { number: claim.record.number } : {}),
      ...(claim.record.url ? { url: claim.record.url } : {}),
    };
  if (claim.outcome === "held") return { ...base, state: "held", detail: `being opened by run ${claim.record.run?.id ?? "(unknown)"}` };

  const mine = (items: IssueItem[]) => items.find((i) => parseMarker(i.body)?.id === request.id);
  const found = mine(await listing.all());
  if (found) {
    await recordRetrospective(ctx, { id: request.id, number: found.number, ...(found.htmlUrl ? { url: found.htmlUrl } : {}) });
    return { ...base, state: "found", number: found.number, ...(found.htmlUrl ? { url: found.htmlUrl } : {}) };
  }

  const data = await gatherRetrospective({
    api,
    config: run.config,
    configPath: run.configPath,
    workspace: run.workspace,
    entry: claim.entry,
    manual: request.manual ?? new Map(),
    now: ctx.now(),
    ...(request.kind ? { kind: request.kind } : {}),
  });
  const created = await createRetrospective(run, data, listing, request.id);
  await recordRetrospective(ctx, { id: request.id, number: created.number, ...(created.htmlUrl ? { url: created.htmlUrl } : {}) });
  return { ...base, state: "opened", number: created.number, ...(created.htmlUrl ? { url: created.htmlUrl } : {}) };
}

/**
 * A correction whose facts changed: a factual mistake, with its own marker (the post's id and new version), so a
 * later takedown of the same post still gets its own issue. Found again by the marker alone: corrections run in
 * the publishing workflow, one run at a time.
 */
async function openForCorrection(
  request: RetrospectiveRequest,
  correction: NonNullable<RetrospectiveRequest["correction"]>,
  run: RetrospectiveRun,
  listing: Listing,
): Promise<RetrospectiveOutcome> {
  const base = { id: request.id, path: request.path };
  const markerId = `${request.id}:${correction.blob.slice(0, 12)}`;
  const existing = (await listing.all()).find((i) => parseMarker(i.body)?.id === markerId);
  if (existing) return { ...base, state: "exists", number: existing.number, ...(existing.htmlUrl ? { url: existing.htmlUrl } : {}) };
  const entry = await readEntry(run.ctx, request.id);
  if (!entry) return { ...base, state: "none" };
  const data = await gatherRetrospective({
    api: run.api,
    config: run.config,
    configPath: run.configPath,
    workspace: run.workspace,
    entry,
    manual: new Map(),
    now: run.ctx.now(),
    kind: "factual",
    correction: true,
  });
  const before = data.facts.map((f) => f.claim);
  if (JSON.stringify(before) === JSON.stringify(correction.facts)) {
    // No retrospective of its own, but it counts toward patterns (kept in the ledger's index).
    run.ctx.corrections.push({
      at: run.ctx.now().toISOString(),
      client: entry.client,
      ...(data.meta.author ? { author: data.meta.author } : {}),
      path: request.path,
      blob: correction.blob,
    });
    return { ...base, state: "none", detail: "a text-only correction: counted toward patterns" };
  }
  const by = correction.pullRequest ? ` in #${correction.pullRequest}` : "";
  const said = (facts: string[]) => (facts.length ? facts.map((f) => `"${f}"`).join("; ") : "none");
  data.meta = { ...data.meta, id: markerId, at: run.ctx.now().toISOString() };
  data.correction = `its facts changed${by}, from ${said(before)} to ${said(correction.facts)}. It stays live, corrected; this retrospective is about the facts that went out first.`;
  const created = await createRetrospective(run, data, listing, markerId);
  return { ...base, state: "opened", number: created.number, ...(created.htmlUrl ? { url: created.htmlUrl } : {}) };
}

/** Assignees checked, the issue created (or found by its marker after a failed create), and listed for patterns. */
async function createRetrospective(
  run: RetrospectiveRun,
  data: Awaited<ReturnType<typeof gatherRetrospective>>,
  listing: Listing,
  markerId: string,
): Promise<{ number: number; htmlUrl?: string }> {
  const { api, ctx } = run;
  const mine = (items: IssueItem[]) => items.find((i) => parseMarker(i.body)?.id === markerId);
  const settings = retrospectiveSettings(run.config);
  // GitHub drops assignees it cannot assign without a word: ask first, and say in the issue who was left out.
  const wanted = [...new Set([data.meta.author, ...data.second.map((p) => p.login)].filter((l): l is string => Boolean(l)))];
  const assignees: string[] = [];
  const refused: string[] = [];
  for (const login of wanted) ((await api.canBeAssigned(login)) ? assignees : refused).push(login);
  const { title, body } = renderRetrospective({ ...data, refusedAssignees: refused });
  const labels = [...new Set([RETROSPECTIVE_LABEL, ...settings.labels, ...(data.meta.kind ? [`mistake:${data.meta.kind}`] : [])])];
  let created: { number: number; htmlUrl?: string };
  try {
    created = await api.createIssue({ title, body, labels, ...(assignees.length ? { assignees } : {}) });
  } catch (error) {
    // The create may have happened (a 502 after GitHub made it): look once more before giving up.
    const again = mine(await listing.all(true));
    if (!again) throw error;
    created = again;
  }
  const url = created.htmlUrl;
  listing.add({
    number: created.number,
    title,
    ...(url ? { htmlUrl: url } : {}),
    body,
    labels,
    state: "open",
    createdAt: ctx.now().toISOString(),
  });
  return { number: created.number, ...(url ? { htmlUrl: url } : {}) };
}
