import type { LedgerStore, Versioned } from "./store.js";

/**
 * What the ledger needs from GitHub, small enough to map onto the REST client in one place:
 * - `getContent`: `GET /repos/{o}/{r}/contents/{path}?ref={branch}` → the text and the blob `sha`
 *   (undefined on 404, including when the branch does not exist yet);
 * - `putContent`: `PUT /repos/{o}/{r}/contents/{path}` with `branch`, `message`, base64 content and `sha`
 *   (omitted to create) → the new blob sha; it must throw `LedgerConflict` (from ./store.js) on 409 or 422 (the sha no
 *   longer matches, or the file appeared meanwhile);
 * - `ensureBranch`: create the branch when it is absent, as an orphan (git data API: a tree with a
 *   README, a commit without parents, `POST /git/refs`), so the ledger's history never mixes with the
 *   content's; an "already exists" answer (422) is success.
 */
export interface LedgerGitHub {
  getContent(branch: string, path: string): Promise<{ text: string; sha: string } | undefined>;
  putContent(branch: string, path: string, text: string, sha: string | undefined, message: string): Promise<string>;
  ensureBranch(branch: string): Promise<void>;
}

/** The ledger on its branch: one contents-API request per read or write. */
export class GitHubLedgerStore implements LedgerStore {
  private branchReady = false;

  constructor(
    private readonly github: LedgerGitHub,
    readonly branch: string,
  ) {}

  async read(path: string): Promise<Versioned | undefined> {
    const file = await this.github.getContent(this.branch, path);
    return file ? { text: file.text, version: file.sha } : undefined;
  }

  async write(path: string, text: string, version: string | undefined, message: string): Promise<string> {
    // Only a creation can meet a missing branch: a file with a version was read from the branch.
    if (version === undefined && !this.branchReady) {
      await this.github.ensureBranch(this.branch);
      this.branchReady = true;
    }
    return this.github.putContent(this.branch, path, text, version, message);
  }
}
