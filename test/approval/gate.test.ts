import { describe, expect, it } from "vitest";
import { evaluateGate, STATUS_DESCRIPTION_MAX } from "../../src/approval/gate.js";
import type { Review, ReviewState } from "../../src/github/api.js";

const HEAD = "h".repeat(40);
const OLD = "o".repeat(40);
const author = { login: "sam-writer", id: 1 };
const jane = { login: "jane-acme", id: 10 };
const ola = { login: "ola-northwind", id: 20 };
const eve = { login: "eve-editor", id: 30 };
const acme = { clientId: "acme", login: "jane-acme", userId: 10 };
const northwind = { clientId: "northwind", login: "ola-northwind", userId: 20 };

let nextId = 1;
const review = (user: { login: string; id: number }, state: ReviewState, commitId: string | null = HEAD): Review => ({
  id: nextId++,
  user,
  state,
  commitId,
});

describe("evaluateGate", () => {
  const cases: { name: string; reviews: Review[]; contacts?: (typeof acme)[]; by?: typeof author; state: string; description: string }[] = [
    {
      name: "contact approved at head, plus a second reviewer (the contact is not the author)",
      reviews: [review(jane, "APPROVED")],
      state: "success",
      description: "approved at the latest commit by the contact of acme and a second reviewer",
    },
    {
      name: "no reviews",
      reviews: [],
      state: "pending",
      description: "waiting for @jane-acme (acme) to approve the latest commit",
    },
    {
      name: "contact approved an older commit",
      reviews: [review(jane, "APPROVED", OLD)],
      state: "pending",
      description: "waiting for @jane-acme (acme) to approve the latest commit",
    },
    {
      name: "someone else approved",
      reviews: [review(eve, "APPROVED")],
      state: "pending",
      description: "waiting for @jane-acme (acme) to approve the latest commit",
    },
    {
      name: "approved, then COMMENTED: the approval stands",
      reviews: [review(jane, "APPROVED"), review(jane, "COMMENTED")],
      state: "success",
      description: "approved at the latest commit by the contact of acme and a second reviewer",
    },
    {
      name: "approved, then PENDING: the approval stands",
      reviews: [review(jane, "APPROVED"), review(jane, "PENDING")],
      state: "success",
      description: "approved at the latest commit by the contact of acme and a second reviewer",
    },
    {
      name: "approved, then dismissed",
      reviews: [review(jane, "APPROVED"), review(jane, "DISMISSED")],
      state: "pending",
      description: "waiting for @jane-acme (acme) to approve the latest commit",
    },
    {
      name: "changes requested",
      reviews: [review(jane, "CHANGES_REQUESTED")],
      state: "failure",
      description: "changes requested by @jane-acme (acme)",
    },
    {
      name: "approved, then changes requested",
      reviews: [review(jane, "APPROVED"), review(jane, "CHANGES_REQUESTED")],
      state: "failure",
      description: "changes requested by @jane-acme (acme)",
    },
    {
      name: "changes requested, then approved at head",
      reviews: [review(jane, "CHANGES_REQUESTED", OLD), review(jane, "APPROVED")],
      state: "success",
      description: "approved at the latest commit by the contact of acme and a second reviewer",
    },
    {
      name: "a review whose commit was garbage-collected (commit_id null) is not at head",
      reviews: [review(jane, "APPROVED", null)],
      state: "pending",
      description: "waiting for @jane-acme (acme) to approve the latest commit",
    },
    {
      name: "the same login text with another id does not count",
      reviews: [review({ login: "jane-acme", id: 99 }, "APPROVED")],
      state: "pending",
      description: "waiting for @jane-acme (acme) to approve the latest commit",
    },
    {
      name: "two clients: both contacts needed",
      contacts: [acme, northwind],
      reviews: [review(jane, "APPROVED")],
      state: "pending",
      description: "waiting for @ola-northwind (northwind) to approve the latest commit",
    },
    {
      name: "two clients, none approved",
      contacts: [acme, northwind],
      reviews: [],
      state: "pending",
      description: "waiting for @jane-acme (acme) and @ola-northwind (northwind) to approve the latest commit",
    },
    {
      name: "two clients, both approved",
      contacts: [acme, northwind],
      reviews: [review(jane, "APPROVED"), review(ola, "APPROVED")],
      state: "success",
      description: "approved at the latest commit by the contacts of acme, northwind and a second reviewer",
    },
    {
      name: "the contact wrote the pull request: another approver is needed",
      by: jane,
      reviews: [],
      state: "pending",
      description: "waiting for a reviewer other than @jane-acme to approve the latest commit",
    },
    {
      name: "the contact wrote the pull request and someone else approved at head",
      by: jane,
      reviews: [review(eve, "APPROVED")],
      state: "success",
      description: "approved at the latest commit by the contact of acme and a second reviewer",
    },
    {
      name: "the contact wrote the pull request, the other approval is stale",
      by: jane,
      reviews: [review(eve, "APPROVED", OLD)],
      state: "pending",
      description: "waiting for a reviewer other than @jane-acme to approve the latest commit",
    },
    {
      name: "no posts changed: a second reviewer is still needed",
      contacts: [],
      reviews: [],
      state: "pending",
      description: "waiting for a reviewer other than @sam-writer to approve the latest commit",
    },
    {
      name: "no posts changed, approved by someone else",
      contacts: [],
      reviews: [review(eve, "APPROVED")],
      state: "success",
      description: "approved at the latest commit by a second reviewer (no posts changed)",
    },
    {
      name: "a contact GitHub does not know",
      contacts: [{ clientId: "acme", login: "gone-user", userId: undefined } as unknown as typeof acme],
      reviews: [],
      state: "failure",
      description: "no GitHub user @gone-user (acme); fix the contact in checkpost.yml",
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = evaluateGate({ headSha: HEAD, author: c.by ?? author, contacts: c.contacts ?? [acme], reviews: c.reviews });
      expect(result).toEqual({ state: c.state, description: c.description });
    });
  }

  it("names as many awaited contacts as fit in 140 characters, then counts the rest", () => {
    const contacts = Array.from({ length: 8 }, (_, i) => ({
      clientId: `client-number-${i}`,
      login: `contact-person-${i}`,
      userId: 100 + i,
    }));
    const result = evaluateGate({ headSha: HEAD, author, contacts, reviews: [] });
    expect(result.state).toBe("pending");
    expect(result.description.length).toBeLessThanOrEqual(STATUS_DESCRIPTION_MAX);
    expect(result.description).toBe(
      "waiting for @contact-person-0 (client-number-0), @contact-person-1 (client-number-1) and @contact-person-2 (client-number-2) and 5 more",
    );
  });
});
