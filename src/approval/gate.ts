import type { GitHubUser, Review } from "../github/api.js";

/** A client whose posts the pull request touches, with its contact resolved to a user id. */
export interface ContactRequirement {
  clientId: string;
  login: string;
  /** Undefined when GitHub knows no such login. */
  userId: number | undefined;
}

export interface GateInput {
  headSha: string;
  author: GitHubUser;
  contacts: readonly ContactRequirement[];
  /** Reviews oldest first, as GitHub lists them. */
  reviews: readonly Review[];
}

export type GateState = "success" | "pending" | "failure";

export interface GateResult {
  state: GateState;
  /** Fits a commit status (at most 140 characters). */
  description: string;
}

export const STATUS_DESCRIPTION_MAX = 140;

/**
 * The approval gate. Success needs, for every touched client, its contact's approval of the head
 * commit (or the contact wrote the pull request), and at least one approval of the head commit by
 * someone other than the author.
 * Per user, the latest review that is not COMMENTED or PENDING decides; DISMISSED and
 * CHANGES_REQUESTED revoke an earlier approval. Users are matched by id, never by login.
 */
export function evaluateGate(input: GateInput): GateResult {
  const decisive = decisiveReviews(input.reviews);
  const approvedAtHead = (userId: number) => {
    const review = decisive.get(userId);
    return review?.state === "APPROVED" && review.commitId === input.headSha;
  };

  const unknown = input.contacts.filter((c) => c.userId === undefined);
  if (unknown.length) {
    return result(
      "failure",
      `no GitHub user`,
      unknown.map((c) => `@${c.login} (${c.clientId})`),
      "; fix the contact in checkpost.yml",
    );
  }
  const blocking = input.contacts.filter((c) => decisive.get(c.userId as number)?.state === "CHANGES_REQUESTED");
  if (blocking.length) {
    return result(
      "failure",
      "changes requested by",
      blocking.map((c) => `@${c.login} (${c.clientId})`),
    );
  }

  // GitHub never lets authors approve their own pull request: a contact who wrote it has vouched
  // for it by writing it, and the second pair of eyes must then come from someone else.
  const awaited = input.contacts.filter((c) => c.userId !== input.author.id && !approvedAtHead(c.userId as number));
  const secondPair = [...decisive.keys()].some((id) => id !== input.author.id && approvedAtHead(id));
  const waits = awaited.map((c) => `@${c.login} (${c.clientId})`);
  // Any awaited contact is not the author, so their approval will also be the second pair of eyes.
  if (!secondPair && awaited.length === 0) waits.push(`a reviewer other than @${input.author.login}`);
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

/** Per user id, the review that decides: the latest one that is not COMMENTED or PENDING. */
export function decisiveReviews(reviews: readonly Review[]): Map<number, Review> {
  const decisive = new Map<number, Review>();
  for (const review of reviews) {
    if (!review.user || review.state === "COMMENTED" || review.state === "PENDING") continue;
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

function fitDescription(text: string): string {
  return text.length <= STATUS_DESCRIPTION_MAX ? text : `${text.slice(0, STATUS_DESCRIPTION_MAX - 1)}…`;
}
