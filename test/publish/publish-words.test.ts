import { describe, expect, it } from "vitest";
import { inDoubtText, publishedPullComment, refusedText } from "../../src/publish/comments.js";
import type { Intent, PlanPost } from "../../src/publish/intents.js";
import { parseResolveRequest } from "../../src/publish/resolve-request.js";
import type { Outcome } from "../../src/publish/run-plan.js";
import { renderSummary } from "../../src/publish/summary.js";
import { UserError } from "../../src/types.js";

const post = (path: string): PlanPost => ({ path, blob: "a".repeat(40), client: "acme", channels: ["acme-mastodon"] });
const channel = { id: "acme-mastodon", type: "mastodon" };

describe("the resolve input", () => {
  it("reads a person's answer: published with its URL, or retry; empty is no answer", () => {
    expect(parseResolveRequest("  ")).toBeUndefined();
    expect(parseResolveRequest("posts/a.md acme-discord published https://discord.com/channels/1/2/3")).toEqual({
      path: "posts/a.md",
      channel: "acme-discord",
      resolution: { kind: "published", url: "https://discord.com/channels/1/2/3" },
    });
    expect(parseResolveRequest("posts/a.md acme-discord retry")).toEqual({
      path: "posts/a.md",
      channel: "acme-discord",
      resolution: { kind: "retry" },
    });
  });

  it("refuses anything else, naming the expected forms", () => {
    for (const bad of [
      "posts/a.md",
      "posts/a.md acme-discord published",
      "posts/a.md acme-discord published not-a-url",
      "posts/a.md x retry now",
    ]) {
      expect(() => parseResolveRequest(bad)).toThrow(UserError);
      expect(() => parseResolveRequest(bad)).toThrow(/expected `<post path> <channel id> published <url>`/);
    }
  });
});

describe("the job summary", () => {
  it("shows what was published with links, waits with until-when, refusals with what to do", () => {
    const intents: Intent[] = [
      { kind: "publish", post: post("posts/a.md"), channel, reason: "merged" },
      { kind: "wait", post: post("posts/b.md"), until: "2026-12-02T08:30:00.000Z", reason: "outside the publishing window" },
    ];
    const outcomes: Outcome[] = [
      {
        intent: intents[0] as Intent,
        kind: "published",
        channel: "acme-mastodon",
        publication: { id: "1", url: "https://m.example/@acme/1" },
      },
    ];
    const md = renderSummary({
      branch: "main",
      headSha: "0123456789abcdef",
      dryRun: false,
      intents,
      outcomes,
      refusals: [{ path: "posts/c.md", reason: "a direct push", todo: "Open a pull request" }],
    });
    expect(md).toContain("1 published · 1 waiting · 1 refused · 0 blocked");
    expect(md).toContain("| `posts/a.md` | acme-mastodon | [https://m.example/@acme/1](https://m.example/@acme/1) |");
    expect(md).toContain("| `posts/b.md` | 2026-12-02T08:30:00.000Z | outside the publishing window |");
    expect(md).toContain("| `posts/c.md` | a direct push | Open a pull request |");
  });

  it("gives the confirm value when the blast radius blocks a run, and says a dry run wrote nothing", () => {
    const reason =
      "7 posts would be published, more than publishing.max_posts_per_run (5): none is published; check the list and run manually with confirm: 7";
    const md = renderSummary({
      branch: "main",
      headSha: "0123456789abcdef",
      dryRun: true,
      intents: [{ kind: "blocked", post: post("posts/a.md"), reason }],
      outcomes: undefined,
      refusals: [],
      pause: { issue: 12 },
    });
    expect(md).toContain("**confirm: 7**");
    expect(md).toContain("Dry run");
    expect(md).toContain("Paused by #12");
  });
});

describe("the comments", () => {
  it("after publishing: where it is live, how to take it down, the author and who is on duty", () => {
    const text = publishedPullComment([
      {
        path: "posts/a.md",
        pull: 4,
        author: "sam",
        onDuty: ["kim", "sam"],
        live: [{ channel: "acme-mastodon", publication: { id: "1", url: "https://m.example/@acme/1" } }],
      },
    ]);
    expect(text).toContain("- acme-mastodon: https://m.example/@acme/1");
    expect(text).toContain("revert this pull request");
    expect(text).toContain("@sam @kim: it is live now.");
  });

  it("one comment for every post of a pull request that went live: each post's links, the people once", () => {
    const live = (path: string, author: string, id: string) => ({
      path,
      pull: 4,
      author,
      onDuty: ["kim"],
      live: [{ channel: "acme-mastodon", publication: { id, url: `https://m.example/@acme/${id}` } }],
    });
    const text = publishedPullComment([live("posts/a.md", "sam", "1"), live("posts/b.md", "lee", "2")]);
    expect(text.split("\n").filter((l) => l.startsWith("<!-- checkpost:published"))).toEqual([
      "<!-- checkpost:published posts/a.md -->",
      "<!-- checkpost:published posts/b.md -->",
    ]);
    expect(text).toContain("**Published** `posts/a.md`:\n\n- acme-mastodon: https://m.example/@acme/1");
    expect(text).toContain("**Published** `posts/b.md`:\n\n- acme-mastodon: https://m.example/@acme/2");
    expect(text).toContain("@sam @kim @lee: these 2 posts are live now.");
  });

  it("a refusal carries a marker per version of the post, so it is said once", () => {
    const text = refusedText({ path: "posts/a.md", blob: "b".repeat(40), reason: "changed after approval", todo: "Open a pull request" });
    expect(text.split("\n")[0]).toBe(`<!-- checkpost:refused posts/a.md ${"b".repeat(40)} -->`);
    expect(text).toContain("**What to do:** Open a pull request");
  });

  it("an in-doubt publication: what a person checks and the two resolve answers, ready to paste", () => {
    const text = inDoubtText({ path: "posts/a.md", channel: "acme-discord", detail: "Discord cannot be asked" });
    expect(text.split("\n")[0]).toBe("<!-- checkpost:in-doubt posts/a.md acme-discord -->");
    expect(text).toContain("`resolve: posts/a.md acme-discord published <url>`");
    expect(text).toContain("`resolve: posts/a.md acme-discord retry`");
  });
});
