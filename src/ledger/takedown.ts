/**
 * The takedown's own records on an entry, each a compare-and-swap transition like the publishing protocol's:
 * who and what took the post down (`recordTakedown`), and the one follow-up issue per takedown, claimed by
 * exactly one run before it is created (`claimRetrospective`) and then recorded (`recordRetrospective`).
 */
import type { LedgerContext } from "./context.js";
import { updateEntry } from "./protocol.js";
import { wasLive } from "./rows.js";
import { isStaleClaim } from "./stale.js";
import type { LedgerEntry, RetrospectiveRecord, TakedownTrigger } from "./types.js";

/** Note what took the post down; the first run to record it wins (a re-run or a later revert changes nothing). */
export function recordTakedown(
  ctx: LedgerContext,
  input: { id: string; trigger: TakedownTrigger; onBranch?: boolean },
): Promise<LedgerEntry | undefined> {
  const at = ctx.now().toISOString();
  return updateEntry(ctx, input.id, `takedown of ${input.id}`, (entry) => {
    if (!entry || entry.takedown) return { result: entry };
    entry.takedown = { at, ...(ctx.run ? { run: ctx.run } : {}), ...input.trigger, ...(input.onBranch ? { onBranch: true } : {}) };
    entry.history.push({
      at,
      reason: `takedown: ${input.trigger.emergency ? "emergency" : "gone from the branch"}`,
      ...(ctx.run ? { run: ctx.run } : {}),
    });
    return { write: entry, result: entry };
  });
}

/** The file of a post taken down in an emergency is now gone from the branch: the ledger stops following it. */
export function releaseHeldDown(ctx: LedgerContext, id: string): Promise<void> {
  const at = ctx.now().toISOString();
  return updateEntry(ctx, id, `file of ${id} removed after its takedown`, (entry) => {
    if (!entry?.takedown?.onBranch) return { result: undefined };
    entry.takedown = { ...entry.takedown, onBranch: false };
    entry.history.push({ at, reason: "the file was removed after the emergency takedown", ...(ctx.run ? { run: ctx.run } : {}) });
    return { write: entry, result: undefined };
  });
}

export type RetrospectiveClaim =
  /** This run may open the issue (after searching for its marker: an earlier holder may have created it). */
  | { outcome: "won"; entry: LedgerEntry }
  | { outcome: "held"; record: RetrospectiveRecord }
  | { outcome: "opened"; record: RetrospectiveRecord }
  | { outcome: "none" };

export function claimRetrospective(ctx: LedgerContext, input: { id: string; staleAfterMs: number }): Promise<RetrospectiveClaim> {
  const at = ctx.now().toISOString();
  return updateEntry<RetrospectiveClaim>(ctx, input.id, `retrospective of ${input.id}`, (entry) => {
    if (!entry || !wasLive(entry)) return { result: { outcome: "none" } };
    const current = entry.retrospective;
    if (current?.state === "opened") return { result: { outcome: "opened", record: current } };
    if (current?.state === "opening") {
      const claim = { heldSince: current.heldSince ?? current.at, ...(current.run ? { run: current.run } : {}) };
      if (!isStaleClaim(claim, ctx.now(), ctx.run, input.staleAfterMs)) return { result: { outcome: "held", record: current } };
    }
    entry.retrospective = { state: "opening", at, heldSince: at, ...(ctx.run ? { run: ctx.run } : {}) };
    entry.history.push({ at, reason: "retrospective claimed", ...(ctx.run ? { run: ctx.run } : {}) });
    return { write: entry, result: { outcome: "won", entry } };
  });
}

export function recordRetrospective(ctx: LedgerContext, input: { id: string; number: number; url?: string }): Promise<void> {
  const at = ctx.now().toISOString();
  return updateEntry(ctx, input.id, `retrospective of ${input.id}: #${input.number}`, (entry) => {
    if (!entry || entry.retrospective?.state === "opened") return { result: undefined };
    entry.retrospective = {
      state: "opened",
      at,
      number: input.number,
      ...(input.url ? { url: input.url } : {}),
      ...(ctx.run ? { run: ctx.run } : {}),
    };
    entry.history.push({ at, reason: `retrospective #${input.number}`, ...(ctx.run ? { run: ctx.run } : {}) });
    return { write: entry, result: undefined };
  });
}
