/**
 * Compare-and-swap file storage under the ledger: every write names the version it replaces, so two runs
 * can never both believe they changed the same file. The GitHub implementation maps the version to a
 * contents-API blob sha; the in-memory one to a counter.
 */

/** A file's text and the opaque token a write must present to replace exactly this version. */
export interface Versioned {
  text: string;
  version: string;
}

export interface LedgerStore {
  /** The file's current text and version, or undefined when it does not exist. */
  read(path: string): Promise<Versioned | undefined>;
  /**
   * Write `text` if the file is still at `version` (undefined: only if it does not exist yet).
   * Returns the new version; throws `LedgerConflict` when someone else wrote first.
   */
  write(path: string, text: string, version: string | undefined, message: string): Promise<string>;
}

/** Someone else changed the file since it was read: re-read and decide again, never overwrite blindly. */
export class LedgerConflict extends Error {
  constructor(readonly path: string) {
    super(`the ledger file ${path} was changed by another run since it was read`);
    this.name = "LedgerConflict";
  }
}
