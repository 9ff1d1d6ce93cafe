import { LedgerConflict, type LedgerStore, type Versioned } from "./store.js";

/** The ledger store for tests: a map with the same compare-and-swap contract as the GitHub store. */
export class MemoryLedgerStore implements LedgerStore {
  readonly files = new Map<string, Versioned>();
  /** Every successful write, in order (path and commit message), for assertions. */
  readonly writes: { path: string; message: string }[] = [];
  private counter = 0;

  async read(path: string): Promise<Versioned | undefined> {
    // A microtask boundary like a real request, so interleaved callers really interleave.
    await Promise.resolve();
    const file = this.files.get(path);
    return file ? { ...file } : undefined;
  }

  async write(path: string, text: string, version: string | undefined, message: string): Promise<string> {
    await Promise.resolve();
    if (this.files.get(path)?.version !== version) throw new LedgerConflict(path);
    const next = `v${++this.counter}`;
    this.files.set(path, { text, version: next });
    this.writes.push({ path, message });
    return next;
  }
}
