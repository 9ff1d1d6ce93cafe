/**
 * The publication ledger's records, as stored (JSON) on the ledger branch. docs/ledger.md describes the format
 * for people reading it in GitHub's UI; `format` lets a later version migrate old files instead of guessing.
 */
import type { Claim, Publication } from "../channels/publisher.js";

/**
 * Where one channel of one publication stands.
 * - `publishing`: claimed (the key is stored), the create may or may not have happened yet;
 * - `published`: live, with the platform's id and URL;
 * - `in_doubt`: the create may have happened and the platform cannot say: a person resolves it;
 * - `taken_down`: removed from the platform (or confirmed removed by a person);
 * - `failed`: the platform refused; nothing was created, a later run tries again;
 * - `adopted`: on the branch when the ledger started: published by hand or never, and never published by us;
 * - `skipped`: a channel type checkpost does not publish yet (LinkedIn, X), said once and recorded so that
 *   later runs stay quiet.
 */
export type ChannelState = "publishing" | "published" | "in_doubt" | "taken_down" | "failed" | "adopted" | "skipped";

/** The workflow run that made a change: its id (and attempt, for re-runs) and a link for people. */
export interface RunRef {
  id: string;
  attempt?: number;
  url?: string;
}

/** Who approved the version that was published, as the publish guard established it. */
export interface Approvals {
  /** The client's contact who approved the head commit. */
  contact?: string;
  /** The other approvers (the second look). */
  second?: string[];
}

export interface PullRequestRef {
  number: number;
  url?: string;
  /** The head commit the approvals were given at. */
  headSha?: string;
}

/** The stored claim: the publisher's key, plus who holds it (a crashed holder's claim goes stale). */
export interface StoredClaim extends Claim {
  run?: RunRef;
  /** When the current holder took it (the first claim, or a later run resolving a stale claim). */
  heldSince: string;
}

export interface ChannelRecord {
  /** The channel's type (bluesky, mastodon, …), so a reader needs no config to interpret `publication`. */
  type: string;
  state: ChannelState;
  /** When the channel reached this state. */
  at: string;
  run?: RunRef;
  claim?: StoredClaim;
  /** Set once published: the platform's id, URL and refs (Bluesky uri/cid/rkey, media ids). */
  publication?: Publication;
  /** Why it failed, is in doubt, was skipped or resolved by hand. */
  reason?: string;
  /** The login that resolved an in-doubt claim or confirmed a takedown, when a person did. */
  by?: string;
}

/** One change, kept forever in the entry: takedowns and corrections need the earlier states. */
export interface Transition {
  at: string;
  /** Absent for changes to the whole entry (a move, a new version). */
  channel?: string;
  from?: ChannelState;
  to?: ChannelState;
  run?: RunRef;
  by?: string;
  reason?: string;
  publication?: Publication;
  /** For moves: the path before and after. */
  fromPath?: string;
  toPath?: string;
  /** For a new version of the post (a correction): the blob before and after. */
  fromBlob?: string;
  toBlob?: string;
  /** For a correction: the pull request that brought the new version (the entry keeps the first one's). */
  pullRequest?: PullRequestRef;
}

/** One publication of one post: a file on the ledger branch (see layout.ts for its path). */
export interface LedgerEntry {
  format: 1;
  /** The stable identity: assigned at the first claim, followed through moves and renames. */
  id: string;
  /** 1 for a post's first publication; a post that returns after a takedown is a new generation. */
  generation: number;
  /** The id of the previous generation, when this is a post that came back. */
  previous?: string;
  client: string;
  /** The post's current path (relative to the content root). */
  path: string;
  /** Every earlier path, oldest first. */
  formerPaths: string[];
  /** The git blob sha of the post's file as published. */
  blob: string;
  pullRequest?: PullRequestRef;
  approvals?: Approvals;
  /** By channel id. */
  channels: Record<string, ChannelRecord>;
  history: Transition[];
  createdAt: string;
  /** Why and by whom the post was taken down (set once, by the first run that takes any channel down). */
  takedown?: TakedownRecord;
  /** The follow-up issue of a takedown: claimed by one run, then recorded, so there is exactly one. */
  retrospective?: RetrospectiveRecord;
}

/** What made a post come down: the pull request that removed its file (a revert), or a person's emergency run. */
export interface TakedownTrigger {
  /** The merged pull request whose commit removed the file; absent for a direct push or an emergency run. */
  pullRequest?: { number: number; url?: string; title?: string; body?: string; author?: string };
  /** The commit on the default branch that removed the file. */
  commit?: string;
  /** The person: the pull request's author, the pusher, or who dispatched an emergency takedown. */
  by?: string;
  /** Taken down by `workflow_dispatch` with `takedown: <path>`, before any revert was merged. */
  emergency?: boolean;
}

export interface TakedownRecord extends TakedownTrigger {
  at: string;
  run?: RunRef;
  /**
   * Taken down while its file is still on the default branch (an emergency takedown): the ledger keeps
   * following it so it is not published again, until the file is removed (the revert).
   */
  onBranch?: boolean;
}

export interface RetrospectiveRecord {
  /** `opening`: a run holds the claim (it searches for its marker before creating); `opened`: the issue exists. */
  state: "opening" | "opened";
  at: string;
  run?: RunRef;
  heldSince?: string;
  number?: number;
  url?: string;
}

/** What the index keeps per channel: enough to plan without reading the entry. */
export interface IndexChannel {
  type: string;
  state: ChannelState;
  at: string;
  /** For `publishing`: the holder's run and since when, so a planner can tell a live claim from a stale one. */
  claimRun?: RunRef;
  heldSince?: string;
}

/** One row per post the ledger is following (its entry is live, adopted, in progress or failed). */
export interface IndexRow {
  id: string;
  client: string;
  path: string;
  blob: string;
  channels: Record<string, IndexChannel>;
  /** True when the row came from adoption only: no entry file exists until something happens to the post. */
  adoptedOnly?: boolean;
  /** The entry's history length when the row was written: merging keeps the newer of two rows. */
  seq: number;
  /** Taken down, and its retrospective issue is not opened yet: a later run opens it. */
  retrospective?: "pending";
  /** Taken down while its file is still on the branch (an emergency takedown): never published again from it. */
  heldDown?: true;
}

/**
 * The ledger's one index file: the posts it follows (never the whole history: a row leaves when all its
 * channels are taken down), so a run reads one file to plan, whatever the ledger's age.
 */
export interface LedgerIndex {
  format: 1;
  /** When and by which run the ledger started (the adoption run). */
  started: { at: string; run?: RunRef };
  /** By entry id. */
  rows: Record<string, IndexRow>;
  /**
   * Text-only corrections of live posts (no retrospective of their own), kept while they can still count toward a
   * pattern (the last 366 days at most): one line each, read with the index at no extra request.
   */
  corrections?: CorrectionNote[];
}

export interface CorrectionNote {
  /** When the correction was applied (ISO 8601). */
  at: string;
  client: string;
  author?: string;
  path: string;
  /** The corrected version's blob: the same correction is noted once. */
  blob: string;
}
