import type { GitHubUser, PullCommit, Review } from "../github/api.js";

/** A client whose approval the pull request needs, with its contact's account. */
export interface ContactRequirement {
  clientId: string;
  login: string;
  /** What the login resolves to now; undefined when GitHub knows no such login. */
  userId: number | undefined;
  /** The config's `contact_id`: when set, the contact is this account, whatever the login resolves to. */
  pinnedId?: number;
}

/** The exact body of the COMMENTED review with which a contact who wrote the pull request confirms its head. */
export const CONFIRM_PHRASE = "/checkpost approve";

/**
 * Everything the gate decides from. A pure function of these facts, so the publishing guard recomputes the
 * same answer from the same API reads.
 */
export interface GateInput {
  headSha: string;
  author: GitHubUser;
  contacts: readonly ContactRequirement[];
  /** Reviews oldest first, as GitHub lists them. */
  reviews: readonly Review[];
  /** The pull request's commits as GitHub lists them (at most 250). */
  commits: readonly PullCommit[];
  /** How many commits the pull request has (GET /pulls/{n} `commits`): more than were listed voids the waiver. */
  commitCount?: number;
  /** When the base branch last changed (the latest `base_ref_changed` event): earlier reviews approve nothing. */
  baseChangedAt?: string;
}

export type GateState = "success" | "pending" | "failure";

export interface GateResult {
  state: GateState;
  /** Fits a commit status (at most 140 characters). */
  description: string;
}

export const STATUS_DESCRIPTION_MAX = 140;

/**
 * The approval gate. Success needs, for every client in `contacts`, its contact's approval of the head commit,
 * and at least one approval of the head commit by someone who neither wrote the pull request nor pushed to it.
 * - Per user, the latest review that is not COMMENTED or PENDING decides; DISMISSED and CHANGES_REQUESTED revoke
 *   an earlier approval. Users are matched by id (the pinned `contact_id` when set), never by login.
 * - Reviews by bots never count, and nor does anything submitted before the base branch last changed.
 * - A contact who wrote the pull request cannot approve it (GitHub refuses): writing it vouches for it only while
 *   every commit is verifiably hers; otherwise she confirms the head with a COMMENTED review saying CONFIRM_PHRASE.
 */
export function evaluateGate(input: GateInput): GateResult {
  const current = (review: Review | undefined): review is Review =>
    review !== undefined && review.commitId === input.headSha && after(review.submittedAt, input.baseChangedAt);
  const decisive = decisiveReviews(input.reviews);
  const approvedAtHead = (userId: number) => {
    const review = decisive.get(userId);
    return current(review) && review.state === "APPROVED";
  };
  const named = (c: ContactRequirement) => `@${c.login} (${c.clientId})`;

  const moved = input.contacts.filter((c) => c.pinnedId !== undefined && c.userId !== undefined && c.userId !== c.pinnedId);
  if (moved.length) {
    return result(
      "failure",
      "contact_id mismatch:",
      moved.map((c) => `@${c.login} (${c.clientId}) is user ${c.userId}, not contact_id ${c.pinnedId}`),
      "; fix checkpost.yml",
    );
  }
  const accountOf = (c: ContactRequirement) => c.pinnedId ?? c.userId;
  const unknown = input.contacts.filter((c) => accountOf(c) === undefined);
  if (unknown.length) return result("failure", "no GitHub user", unknown.map(named), "; fix the contact in checkpost.yml");
  const blocking = input.contacts.filter((c) => decisive.get(accountOf(c) as number)?.state === "CHANGES_REQUESTED");
  if (blocking.length) return result("failure", "changes requested by", blocking.map(named));

  // Whoever authored or committed a commit of the pull request could have written its text: never the second pair of eyes.
  const pushers = new Set<number>();
  for (const commit of input.commits) {
    if (commit.authorId !== undefined) pushers.add(commit.authorId);
    if (commit.committerId !== undefined) pushers.add(commit.committerId);
  }
  const waiverHolds = (id: number) => authoredOnlyBy(id, input.commits, input.commitCount);
  const confirmedAtHead = (id: number) =>
    input.reviews.some((r) => r.user?.id === id && r.state === "COMMENTED" && current(r) && r.body?.trim() === CONFIRM_PHRASE);

  const waits: string[] = [];
  for (const contact of input.contacts) {
    const id = accountOf(contact) as number;
    if (id !== input.author.id) {
      if (!approvedAtHead(id)) waits.push(named(contact));
    } else if (!waiverHolds(id) && !confirmedAtHead(id)) {
      waits.push(`@${contact.login} (${contact.clientId}: review "${CONFIRM_PHRASE}")`);
    }
  }
  const secondPair = [...decisive.keys()].some((id) => id !== input.author.id && !pushers.has(id) && approvedAtHead(id));
  // An awaited contact who is no pusher will also be the second pair of eyes once she approves.
  const contactWillDo = input.contacts.some((c) => {
    const id = accountOf(c) as number;
    return id !== input.author.id && !pushers.has(id) && !approvedAtHead(id);
  });
  if (!secondPair && !contactWillDo) {
    const others = [...pushers].some((id) => id !== input.author.id);
    waits.push(`a reviewer other than @${input.author.login}${others ? " and the committers" : ""}`);
  }
  if (waits.length) return result("pending", "waiting for", waits, " to approve the latest commit");

  const clients = input.contacts.map((c) => c.clientId);
  return {
    state: "success",
    description: fitDescription(
      clients.length
        ? `approved at the latest commit by ${clients.length === 1 ? "the contact" : "the contacts"} of ${clients.join(", ")} and a second reviewer`
        : "approved at the latest commit by a second reviewer (no posts changed)",
    ),
  };
}

/**
 * Whether every commit of the pull request is verifiably the user's own: GitHub matched both its author and its
 * committer email to that account and verified its signature (an email in a commit is free text anyone can
 * write; a verified signature is made with a key registered to the committer's account). A list cut short (GitHub
 * lists at most 250) proves nothing.
 */
export function authoredOnlyBy(userId: number, commits: readonly PullCommit[], commitCount?: number): boolean {
  if (commits.length === 0 || (commitCount !== undefined && commits.length < commitCount)) return false;
  return commits.every((c) => c.authorId === userId && c.committerId === userId && c.verified);
}

/** Whether a review was submitted after the base branch last changed (an unknown time is not). */
function after(submittedAt: string | undefined, baseChangedAt: string | undefined): boolean {
  if (baseChangedAt === undefined) return true;
  return submittedAt !== undefined && Date.parse(submittedAt) > Date.parse(baseChangedAt);
}

/** Per user id, the review that decides: the latest one that is not COMMENTED or PENDING. Bots' reviews never decide. */
export function decisiveReviews(reviews: readonly Review[]): Map<number, Review> {
  const decisive = new Map<number, Review>();
  for (const review of reviews) {
    if (!review.user || review.user.type === "Bot" || review.state === "COMMENTED" || review.state === "PENDING") continue;
    decisive.set(review.user.id, review);
  }
  return decisive;
}

function result(state: GateState, lead: string, names: string[], tail = ""): GateResult {
  // Name as many as fit in GitHub's 140 characters; the rest become "and N more".
  for (let shown = names.length; shown >= 1; shown--) {
    const rest = names.length - shown;
    const list = joinNames(names.slice(0, shown)) + (rest ? ` and ${rest} more` : "");
    for (const suffix of [tail, ""]) {
      const text = `${lead} ${list}${suffix}`;
      if (text.length <= STATUS_DESCRIPTION_MAX) return { state, description: text };
    }
  }
  return { state, description: fitDescription(`${lead} ${names.join(", ")}`) };
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** Cuts a description to GitHub's 140 characters. */
export function fitDescription(text: string): string {
  return text.length <= STATUS_DESCRIPTION_MAX ? text : `${text.slice(0, STATUS_DESCRIPTION_MAX - 1)}…`;
}
