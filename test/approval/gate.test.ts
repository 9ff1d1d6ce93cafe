import { describe, expect, it } from "vitest";
import { evaluateGate, STATUS_DESCRIPTION_MAX } from "../../src/approval/gate.js";
import type { PullCommit, Review, ReviewState } from "../../src/github/api.js";

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

/** A commit GitHub matched to the user as author and committer, with a verified signature. */
const signedBy = (user: { id: number }, sha = HEAD): PullCommit => ({ sha, authorId: user.id, committerId: user.id, verified: true });

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
      const by = c.by ?? author;
      const result = evaluateGate({
        headSha: HEAD,
        author: by,
        contacts: c.contacts ?? [acme],
        reviews: c.reviews,
        commits: [signedBy(by)],
      });
      expect(result).toEqual({ state: c.state, description: c.description });
    });
  }

  it("names as many awaited contacts as fit in 140 characters, then counts the rest", () => {
    const contacts = Array.from({ length: 8 }, (_, i) => ({
      clientId: `client-number-${i}`,
      login: `contact-person-${i}`,
      userId: 100 + i,
    }));
    const result = evaluateGate({ headSha: HEAD, author, contacts, reviews: [], commits: [signedBy(author)] });
    expect(result.state).toBe("pending");
    expect(result.description.length).toBeLessThanOrEqual(STATUS_DESCRIPTION_MAX);
    expect(result.description).toBe(
      "waiting for @contact-person-0 (client-number-0), @contact-person-1 (client-number-1) and @contact-person-2 (client-number-2) and 5 more",
    );
  });
});

describe("evaluateGate: issue 9's holes", () => {
  const sam = { login: "sam-writer", id: 1 };
  const confirm = (user: { login: string; id: number }, body = "/checkpost approve", commitId: string | null = HEAD): Review => ({
    ...review(user, "COMMENTED", commitId),
    body,
  });
  const gate = (over: Partial<Parameters<typeof evaluateGate>[0]>) =>
    evaluateGate({ headSha: HEAD, author: jane, contacts: [acme], reviews: [], commits: [signedBy(jane)], ...over });

  it("the contact's own signed commits keep the waiver; a second reviewer suffices", () => {
    expect(gate({ reviews: [review(eve, "APPROVED")] }).state).toBe("success");
  });

  it("a commit by someone else, an unverified one, a missing committer or a cut list void the waiver", () => {
    for (const commits of [
      [signedBy(jane), signedBy(sam)],
      [{ ...signedBy(jane), verified: false }],
      [{ sha: HEAD, authorId: jane.id, verified: true }],
      [],
    ]) {
      const result = gate({ reviews: [review(eve, "APPROVED")], commits });
      expect(result).toEqual({
        state: "pending",
        description: 'waiting for @jane-acme (acme: review "/checkpost approve") to approve the latest commit',
      });
    }
    expect(gate({ reviews: [review(eve, "APPROVED")], commitCount: 251 }).state).toBe("pending");
  });

  it("the contact confirms at the head with the exact phrase; elsewhere or other words do not count", () => {
    const commits = [signedBy(jane), signedBy(sam)];
    expect(gate({ commits, reviews: [review(eve, "APPROVED"), confirm(jane)] }).state).toBe("success");
    expect(gate({ commits, reviews: [review(eve, "APPROVED"), confirm(jane, " /checkpost approve\n")] }).state).toBe("success");
    expect(gate({ commits, reviews: [review(eve, "APPROVED"), confirm(jane, "/checkpost approve please")] }).state).toBe("pending");
    expect(gate({ commits, reviews: [review(eve, "APPROVED"), confirm(jane, undefined, OLD)] }).state).toBe("pending");
    // Someone else saying the words confirms nothing for the contact.
    expect(gate({ commits, reviews: [review(eve, "APPROVED"), confirm(eve)] }).state).toBe("pending");
  });

  it("people who pushed commits are never the second pair of eyes", () => {
    const result = gate({ commits: [signedBy(jane), signedBy(sam)], reviews: [review(sam, "APPROVED"), confirm(jane)] });
    expect(result).toEqual({
      state: "pending",
      description: "waiting for a reviewer other than @jane-acme and the committers to approve the latest commit",
    });
    // The contact pushed to someone else's pull request: her approval is hers, but not the second pair of eyes.
    const pushedByContact = gate({ author: sam, commits: [signedBy(sam), signedBy(jane)], reviews: [review(jane, "APPROVED")] });
    expect(pushedByContact.state).toBe("pending");
    expect(
      gate({ author: sam, commits: [signedBy(sam), signedBy(jane)], reviews: [review(jane, "APPROVED"), review(eve, "APPROVED")] }).state,
    ).toBe("success");
  });

  it("reviews submitted before the base branch changed approve nothing", () => {
    const at = (r: Review, submittedAt: string): Review => ({ ...r, submittedAt });
    const reviews = [at(review(jane, "APPROVED"), "2026-11-20T10:00:01Z"), at(review(eve, "APPROVED"), "2026-11-20T10:00:02Z")];
    const over = { author: sam, commits: [signedBy(sam)], reviews };
    expect(gate(over).state).toBe("success");
    expect(gate({ ...over, baseChangedAt: "2026-11-20T10:00:00Z" }).state).toBe("success");
    expect(gate({ ...over, baseChangedAt: "2026-11-20T10:00:03Z" })).toEqual({
      state: "pending",
      description: "waiting for @jane-acme (acme) to approve the latest commit",
    });
    // A review without a time cannot be placed after the change.
    expect(
      gate({ ...over, reviews: [review(jane, "APPROVED"), review(eve, "APPROVED")], baseChangedAt: "2026-11-20T10:00:00Z" }).state,
    ).toBe("pending");
  });

  it("a bot's review never counts, as contact or as second pair of eyes", () => {
    const bot = { login: "helper[bot]", id: 50, type: "Bot" };
    expect(gate({ author: sam, commits: [signedBy(sam)], reviews: [review(jane, "APPROVED")] }).state).toBe("success");
    expect(gate({ reviews: [review(bot, "APPROVED")] }).state).toBe("pending");
    const botContact = { clientId: "acme", login: "helper", userId: 50 };
    expect(
      gate({ author: sam, commits: [signedBy(sam)], contacts: [botContact], reviews: [review(bot, "APPROVED"), review(eve, "APPROVED")] })
        .state,
    ).toBe("pending");
  });

  it("contact_id: reviews are matched by the pinned id; a login now on another account is refused clearly", () => {
    const pinned = { ...acme, userId: 99, pinnedId: jane.id };
    expect(
      gate({ author: sam, commits: [signedBy(sam)], contacts: [pinned], reviews: [review(jane, "APPROVED"), review(eve, "APPROVED")] }),
    ).toEqual({
      state: "failure",
      description: "contact_id mismatch: @jane-acme (acme) is user 99, not contact_id 10; fix checkpost.yml",
    });
    const renamed = { ...acme, userId: undefined, pinnedId: jane.id };
    expect(
      gate({ author: sam, commits: [signedBy(sam)], contacts: [renamed], reviews: [review(jane, "APPROVED"), review(eve, "APPROVED")] })
        .state,
    ).toBe("success");
    expect(
      gate({ author: sam, commits: [signedBy(sam)], contacts: [{ ...acme, pinnedId: jane.id }], reviews: [review(jane, "APPROVED")] })
        .state,
    ).toBe("success");
  });
});
