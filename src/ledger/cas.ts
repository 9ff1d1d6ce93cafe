import { LedgerConflict, type LedgerStore } from "./store.js";

/** What a change decided after seeing the current file: a new text to write (or none), and a result. */
export interface CasStep<R> {
  write?: string;
  result: R;
}

/**
 * Read, decide, write with the version read; on a conflict read again and decide again — the decision is
 * re-made on the other run's data, never replayed over it. Bounded: a file that keeps changing under us
 * means something is wrong, and saying so beats spinning.
 */
export async function casUpdate<R>(
  store: LedgerStore,
  path: string,
  message: string,
  decide: (text: string | undefined) => CasStep<R>,
  attempts = 10,
): Promise<R> {
  for (let attempt = 1; ; attempt++) {
    const current = await store.read(path);
    const step = decide(current?.text);
    if (step.write === undefined) return step.result;
    try {
      await store.write(path, step.write, current?.version, message);
      return step.result;
    } catch (error) {
      if (!(error instanceof LedgerConflict) || attempt >= attempts) {
        if (error instanceof LedgerConflict)
          throw new Error(`the ledger file ${path} changed ${attempts} times while this run tried to update it; run again`);
        throw error;
      }
    }
  }
}
