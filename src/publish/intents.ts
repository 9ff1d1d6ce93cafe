/**
 * What a publishing run is asked to consider (`PlanInput`) and what it decides (`Intent`): the vocabulary
 * shared by the pure planner (plan.ts), the executor (run-plan.ts) and the job summary.
 */
import type { PublishWindow } from "../generated/config.js";
import type { Approvals, IndexRow, LedgerIndex, PullRequestRef, RunRef, TakedownTrigger } from "../ledger/types.js";

/** A post on the default branch at its head, as the run found it. */
export interface PlanPost {
  /** Relative to the content root. */
  path: string;
  /** The git blob sha of the post's file: equal blobs are equal bytes. */
  blob: string;
  client: string;
  /** Channel ids named by the post. */
  channels: string[];
  /** ISO 8601 with an offset; absent: publish as soon as merged. */
  publishAt?: string;
  /** Why the guard refuses the post (error findings, missing approval, …): any entry holds it back. */
  errors?: string[];
  /** Where the approved version came from, recorded with the first claim. */
  pullRequest?: PullRequestRef;
  approvals?: Approvals;
}

export interface PlanClient {
  /** `paused: true` in checkpost.yml on the default branch. */
  paused?: boolean;
  window?: Required<PublishWindow>;
  /** Channel type by channel id. */
  channels: Record<string, string>;
  /** How a live post's changed file is applied: edit in place where the platform allows it, or replace. */
  corrections?: "edit" | "replace";
}

export interface PlanConfig {
  clients: Record<string, PlanClient>;
  /** publishing.max_posts_per_run (default 5). */
  maxPostsPerRun: number;
  /** publishing.publish_existing (default false). */
  publishExisting: boolean;
}

export interface PlanInput {
  posts: PlanPost[];
  /** The ledger's index; undefined when the ledger has not started (this is its first run). */
  ledger: LedgerIndex | undefined;
  now: Date;
  config: PlanConfig;
  /** The open issue carrying the pause label, if any. */
  pause?: { issue: number; url?: string };
  options?: {
    /** A manual run's `confirm: N`: lets exactly a plan of N posts through the blast-radius limit. */
    confirm?: number;
    /** This run, to tell an earlier attempt's claim (stale at once) from another run's. */
    run?: RunRef;
    /** How old another run's claim must be before it is resolved as abandoned (default 10 minutes). */
    staleAfterMs?: number;
  };
}

/** A channel id with its type. */
export interface PlanChannel {
  id: string;
  type: string;
}

export type Intent =
  /** Create the ledger's index: this is its first run. */
  | { kind: "start_ledger"; reason: string }
  /** On the branch when the ledger started: recorded as published by hand (or never), not published. */
  | { kind: "adopt"; post: PlanPost; channels: PlanChannel[]; reason: string }
  /** Claim, create, record. `id` is the ledger id when the ledger already follows the post. */
  | { kind: "publish"; id?: string; post: PlanPost; channel: PlanChannel; reason: string }
  /** A claim left by a run that died: ask the platform before anything else, never re-create blindly. */
  | { kind: "resolve_claim"; id: string; post: PlanPost; channel: PlanChannel; reason: string }
  /** Not now: scheduled, outside the window, paused, or being published by another run. */
  | { kind: "wait"; post: PlanPost; until?: string; reason: string }
  /** Channels checkpost does not publish to yet (LinkedIn, X): said once per post, then recorded. */
  | { kind: "skip"; id?: string; post: PlanPost; channels: PlanChannel[]; reason: string }
  /** Would publish, but the run would publish too many posts at once. */
  | { kind: "blocked"; post: PlanPost; reason: string }
  /** Refused by the guard (an error finding, an unknown client or channel): not published. */
  | { kind: "held"; post: PlanPost; reason: string }
  /** A claim nobody could resolve: a person answers by a manual run (`resolve: published <url> | retry`). */
  | { kind: "in_doubt"; id: string; post: PlanPost; channel: PlanChannel; reason: string }
  /** The post's file moved or was renamed with the same content: the ledger follows it. */
  | { kind: "move"; row: IndexRow; to: string; reason: string }
  /**
   * Live in the ledger, gone from the branch (or named by an emergency run): remove it from these channels.
   * `trigger` (who and what took it down) is added by the run, which asks GitHub; `onBranch`: an emergency
   * takedown of a post whose file stays on the branch until the revert.
   */
  | { kind: "take_down"; row: IndexRow; channels: PlanChannel[]; reason: string; trigger?: TakedownTrigger; onBranch?: boolean }
  /** Taken down, but its follow-up issue is not opened yet (a run died or GitHub failed): open it now. */
  | { kind: "retrospective"; row: IndexRow; reason: string }
  /** Taken down in an emergency, and now its file is gone from the branch too: the ledger stops following it. */
  | { kind: "release"; row: IndexRow; reason: string }
  /** On the branch, but taken down in an emergency: not published again until its file changes or goes. */
  | { kind: "down"; row: IndexRow; post: PlanPost; reason: string }
  /** A live post's file changed, but nothing can be corrected now (only channels checkpost did not publish, say). */
  | { kind: "changed_after_publish"; row: IndexRow; post: PlanPost; reason: string }
  /**
   * A live post's file changed (a correcting pull request): each published channel is edited in place, or replaced
   * (removed, then the new version published), by the client's `corrections` policy.
   */
  | { kind: "correct"; row: IndexRow; post: PlanPost; channels: PlanChannel[]; policy: "edit" | "replace"; reason: string };

export type IntentKind = Intent["kind"];

/** Intents that change something; a plan without any has nothing to do. */
export const ACTIONS: ReadonlySet<IntentKind> = new Set([
  "start_ledger",
  "adopt",
  "publish",
  "resolve_claim",
  "skip",
  "move",
  "take_down",
  "retrospective",
  "release",
  "correct",
]);
