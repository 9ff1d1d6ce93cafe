import { describe, expect, it } from "vitest";
import { kindOf } from "../../src/takedown/kinds.js";
import { duration, parseMarker, type RetrospectiveData, renderRetrospective } from "../../src/takedown/render.js";

const data = (over: Partial<RetrospectiveData> = {}): RetrospectiveData => ({
  meta: { id: "3f9a0c4e1b7d2a6f8e5c90c2", client: "acme", author: "sam", at: "2026-12-02T10:00:00.000Z" },
  path: "posts/acme/sale.md",
  clientName: "Acme Outdoor",
  channels: [
    {
      id: "acme-mastodon",
      type: "mastodon",
      url: "https://m.example/@acme/1",
      text: "40% off",
      liveFrom: "2026-12-01T08:30:00.000Z",
      liveTo: "2026-12-02T10:00:00.000Z",
    },
    {
      id: "acme-bluesky",
      type: "bluesky",
      url: "https://bsky.app/x",
      text: "40% off",
      liveFrom: "2026-12-01T08:30:00.000Z",
      liveTo: "2026-12-02T10:00:00.000Z",
    },
  ],
  pullRequest: { number: 42, url: "https://github.com/o/r/pull/42" },
  contact: { login: "jane", at: "2026-12-01T08:00:00Z", url: "https://github.com/o/r/pull/42#pullrequestreview-7" },
  second: [{ login: "kim" }],
  takedown: {
    by: "alex",
    revert: { number: 43, url: "https://github.com/o/r/pull/43", title: 'Revert "Sale"', body: "Reverts o/r#42\n\nWrong date." },
  },
  facts: [{ claim: "40% off until Sunday", source: "email from Jane", providedBy: "client" }],
  accepted: [{ rule: "spelling", severity: "warning", line: 8, message: '"tenst" may be misspelt' }],
  suppressed: ["checkpost-disable-next-line profanity"],
  ...over,
});

describe("renderRetrospective", () => {
  it.each<[string, Partial<RetrospectiveData>, string[], string[]]>([
    [
      "a revert: every section from the data",
      {},
      [
        "`posts/acme/sale.md` (Acme Outdoor) was taken down after the revert #43.",
        "| acme-mastodon (mastodon) | [link](https://m.example/@acme/1) (removed) | 2026-12-01 08:30:00 UTC | 2026-12-02 10:00:00 UTC | 1 day 1 h |",
        "The text acme-mastodon, acme-bluesky got:",
        "> 40% off",
        "- **Wrote it:** @sam",
        "- **Approved it (client contact):** @jane on 2026-12-01 08:00:00 UTC ([review](https://github.com/o/r/pull/42#pullrequestreview-7))",
        "- **Second approver:** @kim",
        '- **Reverted by:** @alex in [#43](https://github.com/o/r/pull/43): **Revert "Sale"**',
        "> Wrong date.",
        "- 40% off until Sunday — provided by **client**, source: email from Jane",
        '- accepted warning `spelling` (line 8): "tenst" may be misspelt',
        "- suppressed: `checkpost-disable-next-line profanity`",
        "- [ ] factual",
      ],
      ["Manual takedown required", "Not assigned"],
    ],
    [
      "a channel that could not be deleted is still live, in a warning",
      {
        channels: [
          { id: "acme-discord", type: "discord", url: "https://discord.com/x", liveFrom: "2026-12-01T08:30:00.000Z", manual: "403" },
        ],
      },
      [
        "**Manual takedown required** on acme-discord (https://discord.com/x)",
        "`takedown: posts/acme/sale.md acme-discord removed`",
        "| **still live** | — |",
      ],
      ["(removed)"],
    ],
    [
      "an emergency takedown names who ran it",
      { takedown: { by: "kim", emergency: true, run: "https://github.com/o/r/actions/runs/9" } },
      [
        "was taken down after an emergency takedown by @kim.",
        "- **Taken down by:** @kim (emergency run, [run](https://github.com/o/r/actions/runs/9))",
      ],
      ["Reverted by"],
    ],
    [
      "a deletion pushed without a pull request",
      { takedown: { by: "sam", commit: "abcdef1234567" } },
      ["the removal of its file by @sam.", "- **Removed by:** @sam in abcdef1 (no pull request)"],
      ["Reverted by"],
    ],
    [
      "a correction that changed the facts, with its kind ticked and refused assignees said",
      {
        correction: "the facts changed",
        meta: { id: "x", client: "acme", at: "2026-12-02T10:00:00Z", kind: "factual" },
        facts: [],
        accepted: [],
        suppressed: [],
        refusedAssignees: ["kim"],
      },
      [
        "was corrected after it was published: the facts changed",
        "- [x] factual",
        "The post listed no facts.",
        "No finding was accepted or suppressed.",
        "Not assigned (GitHub does not allow assigning them in this repository): @kim.",
        "unknown (no author in the front-matter)",
      ],
      ["- [x] grammar"],
    ],
  ])("%s", (_name, over, present, absent) => {
    const { body } = renderRetrospective(data(over));
    for (const line of present) expect(body).toContain(line);
    for (const text of absent) expect(body).not.toContain(text);
  });

  it("titles the issue and hides the marker that finds it again", () => {
    const { title, body } = renderRetrospective(data());
    expect(title).toBe("Retrospective: posts/acme/sale.md taken down (Acme Outdoor)");
    expect(parseMarker(body)).toEqual(data().meta);
    expect(parseMarker("no marker here")).toBeUndefined();
    expect(parseMarker("<!-- checkpost:retrospective {broken -->")).toBeUndefined();
  });
});

describe("duration", () => {
  it.each([
    ["2026-12-01T08:00:00Z", "2026-12-01T08:07:00Z", "7 min"],
    ["2026-12-01T08:00:00Z", "2026-12-01T11:12:00Z", "3 h 12 min"],
    ["2026-12-01T08:00:00Z", "2026-12-01T10:00:00Z", "2 h"],
    ["2026-12-01T08:00:00Z", "2026-12-03T12:00:00Z", "2 days 4 h"],
    [undefined, "2026-12-03T12:00:00Z", "—"],
  ])("%s → %s: %s", (from, to, expected) => {
    expect(duration(from, to)).toBe(expected);
  });
});

describe("kindOf", () => {
  it.each<[string, string[], string, string | undefined]>([
    ["a label sets it", ["mistake:tone"], "", "tone"],
    ["a ticked checklist line sets it", [], "- [ ] factual\n- [x] grammar or spelling\n", "grammar"],
    ["a label wins over the checklist", ["mistake:account"], "- [x] factual", "account"],
    ["nothing ticked: unset", [], "- [ ] factual\n- [ ] other", undefined],
  ])("%s", (_name, labels, body, expected) => {
    expect(kindOf({ labels, body })).toBe(expected);
  });
});
