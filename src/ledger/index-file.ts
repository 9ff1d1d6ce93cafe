/**
 * The ledger's index: read once per run to plan, written once per run with what changed. Concurrent runs
 * merge rather than overwrite: on a conflict the index is read again and this run's rows are laid over it,
 * keeping for each post the row made from the longer entry history (the newer state).
 */
import { casUpdate } from "./cas.js";
import type { LedgerContext } from "./context.js";
import { entryId, INDEX_PATH, type PostIdentity, parseIndex, serializeIndex } from "./layout.js";
import type { LedgerStore } from "./store.js";
import type { IndexRow, LedgerIndex } from "./types.js";

/** The index, or undefined when the ledger has not started (its first run adopts what is on the branch). */
export async function readIndex(store: LedgerStore): Promise<LedgerIndex | undefined> {
  const file = await store.read(INDEX_PATH);
  return file ? parseIndex(file.text) : undefined;
}

/**
 * Adopt posts that were on the branch when the ledger started: published by hand or never, and never
 * published by checkpost. Only index rows: the first run of a repository with hundreds of posts then makes
 * one write, not one per post (GitHub allows about 80 content-creating requests a minute).
 */
export function adopt(ctx: LedgerContext, posts: (PostIdentity & { channels: { id: string; type: string }[] })[]): void {
  const at = ctx.now().toISOString();
  for (const post of posts) {
    const id = entryId(post);
    const channels = Object.fromEntries(post.channels.map((c) => [c.id, { type: c.type, state: "adopted" as const, at }]));
    ctx.rows.set(id, { id, client: post.client, path: post.path, blob: post.blob, channels, adoptedOnly: true, seq: 0 });
  }
}

/**
 * Write this run's rows into the index (creating it, with `started`, on the ledger's first run). `start`
 * creates the index even with no rows, so that a first run over an empty branch still starts the ledger.
 */
/** How long a text-only correction is kept in the index: the longest pattern window the config allows. */
const CORRECTIONS_KEPT_MS = 366 * 86_400_000;

export async function flushIndex(ctx: LedgerContext, options: { start?: boolean } = {}): Promise<void> {
  if (ctx.rows.size === 0 && ctx.corrections.length === 0 && !options.start) return;
  const at = ctx.now().toISOString();
  const message = `index: ${ctx.rows.size} post(s)${ctx.run ? ` by run ${ctx.run.id}` : ""}`;
  await casUpdate(ctx.store, INDEX_PATH, message, (text) => {
    const index: LedgerIndex = text ? parseIndex(text) : { format: 1, started: { at, ...(ctx.run ? { run: ctx.run } : {}) }, rows: {} };
    let changed = text === undefined;
    for (const [id, row] of ctx.rows) {
      const current = index.rows[id];
      if (row === null) {
        if (current) delete index.rows[id];
        changed ||= current !== undefined;
      } else if (!current || current.seq <= row.seq) {
        changed ||= JSON.stringify(current) !== JSON.stringify(row);
        index.rows[id] = row as IndexRow;
      }
    }
    if (ctx.corrections.length > 0) {
      const oldest = ctx.now().getTime() - CORRECTIONS_KEPT_MS;
      const known = new Set((index.corrections ?? []).map((c) => `${c.path}\0${c.blob}`));
      const added = ctx.corrections.filter((c) => !known.has(`${c.path}\0${c.blob}`));
      const kept = [...(index.corrections ?? []), ...added].filter((c) => Date.parse(c.at) >= oldest);
      changed ||= added.length > 0 || kept.length !== (index.corrections ?? []).length;
      index.corrections = kept;
    }
    return { write: changed ? serializeIndex(index) : undefined, result: undefined };
  });
  ctx.rows.clear();
  ctx.corrections.length = 0;
}
