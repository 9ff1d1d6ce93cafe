import type { LedgerStore } from "./store.js";
import type { CorrectionNote, IndexRow, RunRef } from "./types.js";

/** What every ledger operation of one run shares. */
export interface LedgerContext {
  store: LedgerStore;
  now: () => Date;
  run?: RunRef;
  /**
   * Index rows this run changed, by entry id (null: the post left the index), written once by `flushIndex`.
   * The entries are the authority; a run that dies before flushing leaves the index behind, and the next
   * run's claim finds the entry and repairs its row.
   */
  rows: Map<string, IndexRow | null>;
  /** Text-only corrections this run applied, added to the index's `corrections` by `flushIndex`. */
  corrections: CorrectionNote[];
}

export function ledgerContext(store: LedgerStore, options: { now?: () => Date; run?: RunRef } = {}): LedgerContext {
  return { store, now: options.now ?? (() => new Date()), run: options.run, rows: new Map(), corrections: [] };
}
