import type { RunRef, StoredClaim } from "./types.js";

/** A claim this old is presumed abandoned (its run crashed or was cancelled): a run takes ~seconds per post. */
export const DEFAULT_STALE_AFTER_MS = 10 * 60_000;

/**
 * Whether a `publishing` claim can be taken over to resolve it: its holder is an earlier attempt of this
 * very run (GitHub re-runs keep the run id and raise the attempt), or it is older than `staleAfterMs`.
 * A younger claim of another run may belong to a run still publishing: leave it alone.
 */
export function isStaleClaim(
  claim: Pick<StoredClaim, "heldSince" | "run"> | undefined,
  now: Date,
  run: RunRef | undefined,
  staleAfterMs: number,
): boolean {
  if (!claim) return true;
  if (claim.run && run && claim.run.id === run.id && (claim.run.attempt ?? 1) < (run.attempt ?? 1)) return true;
  return now.getTime() - Date.parse(claim.heldSince) >= staleAfterMs;
}
