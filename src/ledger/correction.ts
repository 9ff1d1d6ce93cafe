/**
 * Corrections of a live post, each a compare-and-swap transition: a channel edited in place keeps its publication
 * id with the new text (`recordEdit`); a channel replaced goes back to `publishing` under a new claim once the old
 * post is removed (`startReplacement`), and the usual record makes it `published` again; when every channel has
 * the new version, the entry moves to its blob (`recordVersion`). The history keeps every version: the blobs, the
 * publications before and after, and the pull request that brought each correction.
 */
import type { Claim, Publication } from "../channels/publisher.js";
import type { LedgerContext } from "./context.js";
import { updateEntry } from "./protocol.js";
import type { PullRequestRef, StoredClaim } from "./types.js";

export function recordEdit(
  ctx: LedgerContext,
  input: { id: string; channel: string; publication: Publication; blob: string },
): Promise<boolean> {
  const at = ctx.now().toISOString();
  return updateEntry(ctx, input.id, `corrected ${input.id} on ${input.channel} (edited)`, (entry) => {
    const record = entry?.channels[input.channel];
    if (!entry || record?.state !== "published") return { result: false };
    entry.channels[input.channel] = { ...record, at, ...(ctx.run ? { run: ctx.run } : {}), publication: input.publication };
    entry.history.push({
      at,
      channel: input.channel,
      from: "published",
      to: "published",
      reason: "corrected: edited in place",
      publication: input.publication,
      fromBlob: entry.blob,
      toBlob: input.blob,
      ...(ctx.run ? { run: ctx.run } : {}),
    });
    return { write: entry, result: true };
  });
}

/** The old post is removed: the channel is claimed again, for the new version, with the platform's new key. */
export function startReplacement(
  ctx: LedgerContext,
  input: { id: string; channel: string; claim: Claim; blob: string },
): Promise<StoredClaim | undefined> {
  const at = ctx.now().toISOString();
  return updateEntry(ctx, input.id, `corrected ${input.id} on ${input.channel} (replacing)`, (entry) => {
    const record = entry?.channels[input.channel];
    if (!entry || record?.state !== "published") return { result: undefined };
    const claim: StoredClaim = { ...input.claim, ...(ctx.run ? { run: ctx.run } : {}), heldSince: at };
    entry.channels[input.channel] = { type: record.type, state: "publishing", at, ...(ctx.run ? { run: ctx.run } : {}), claim };
    entry.history.push({
      at,
      channel: input.channel,
      from: "published",
      to: "publishing",
      reason: "corrected: the old version removed, the new one claimed",
      ...(record.publication ? { publication: record.publication } : {}),
      fromBlob: entry.blob,
      toBlob: input.blob,
      ...(ctx.run ? { run: ctx.run } : {}),
    });
    return { write: entry, result: claim };
  });
}

/** Every channel carries the new version: the entry's blob follows, so the next plan sees nothing to correct. */
export function recordVersion(ctx: LedgerContext, input: { id: string; blob: string; pullRequest?: PullRequestRef }): Promise<void> {
  const at = ctx.now().toISOString();
  return updateEntry(ctx, input.id, `corrected ${input.id}: new version ${input.blob.slice(0, 7)}`, (entry) => {
    if (!entry || entry.blob === input.blob) return { result: undefined };
    entry.history.push({
      at,
      fromBlob: entry.blob,
      toBlob: input.blob,
      reason: "correction",
      ...(input.pullRequest ? { pullRequest: input.pullRequest } : {}),
      ...(ctx.run ? { run: ctx.run } : {}),
    });
    entry.blob = input.blob;
    return { write: entry, result: undefined };
  });
}
