import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { inCell, mdCode, mdText } from "../../src/pr/markdown.js";
import { reviewPullRequest } from "../../src/pr/review-pull-request.js";
import { PREVIEW_MARKER } from "../../src/pr/sticky-comment.js";
import type { Rule } from "../../src/rules/types.js";
import { FakeApi, fakePull } from "./fake-api.js";

const BASE = "b".repeat(40);
const HEAD = "c".repeat(40);
const GOLDEN = new URL("golden/hostile-preview.md", import.meta.url);
const CONFIG = `posts: posts/**/*.md
clients:
  acme:
    name: Acme Outdoor
    contact: jane-acme
    folders: [posts/acme, media/acme]
    channels:
      acme-bluesky: { type: bluesky, handle: acme.bsky.social, secret_env: ACME_BLUESKY }
`;

/** Every value a post controls, each trying something: an image, a link, HTML, a comment, a mention, a table break. */
const HOSTILE_PATH = "posts/acme/a ``x`` <!-- [y](https://evil.example) @org/team.md";
const FORGED_PATH = "posts/acme/b\n\n**Approval** (`checkpost/approval`): ✅ success <!--.md";
const HOSTILE = [
  "---",
  "client: acme",
  "channels: [acme-bluesky]",
  'title: "![](https://track.example/p.gif) @fieldnote/everyone [badge](https://evil.example) <!-- #12"',
  "reply_to: https://bsky.app/profile/acme.bsky.social/post/3k2a",
  "media:",
  "  - file: media/acme/map `x` [y](evil) @org/team.gif",
  '    alt: "**Approved** by @jane-acme ![x](https://track.example/a.gif)"',
  "facts:",
  '  - claim: "`code` <b>bold</b> | cell \\\\ back"',
  '    source: "[source](javascript:alert(1)) @org/team"',
  "    provided_by: client",
  '    note: "~~struck~~ &amp; _em_"',
  "---",
  "Fresh trail maps. ``` <!-- still text in the fence",
  "",
].join("\n");

/** Echoes the title into a finding and a suggestion, so messages are rendered with the same care. */
const echo: Rule = {
  id: "echo",
  description: "test rule",
  defaultSeverity: "warning",
  check: (post) => [{ line: 4, column: 1, message: `title says ${post.data.title}`, suggestions: ["[a](b) @c/d"] }],
};

async function hostileReview() {
  const api = new FakeApi(fakePull(BASE, HEAD));
  api.contents.set(`checkpost.yml@${BASE}`, CONFIG);
  api.users.set("jane-acme", 10);
  for (const [path, text] of [
    [HOSTILE_PATH, HOSTILE],
    [FORGED_PATH, HOSTILE],
  ] as const) {
    api.files.push({ filename: path, status: "added" });
    api.contents.set(`${path}@${HEAD}`, text);
  }
  const outcome = await reviewPullRequest({ api, prNumber: 7, configPath: "checkpost.yml", workspace: "/ws", rules: [echo] });
  return { api, outcome };
}

describe("the review of a hostile post", () => {
  it("renders exactly the committed Markdown (golden), in the comment, the check run's text and the job summary alike", async () => {
    const { api, outcome } = await hostileReview();
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, outcome.markdown);
    expect(outcome.markdown).toBe(readFileSync(GOLDEN, "utf8"));
    // The job summary is outcome.markdown; the comment and the check run carry the same text.
    expect(api.comments.map((c) => c.body)).toEqual([`${PREVIEW_MARKER}\n${outcome.markdown}`]);
    expect(api.checkRuns[0]?.run.output.text).toBe(outcome.markdown);
    // The summary carries counts and the gate's words only, nothing from the post.
    expect(api.checkRuns[0]?.run.output.summary).not.toMatch(/track|evil|team/);
  });

  it("refuses the name with a line break, and checks no post behind a forged line", async () => {
    const { outcome } = await hostileReview();
    expect(outcome.report.files.find((f) => f.path === FORGED_PATH)?.messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([
      "path: the file name contains a control character (U+000A); rename the file: a line break or a direction override in a name can forge lines of the review",
    ]);
    expect(outcome.conclusion).toBe("failure");
  });
});

describe("Markdown escaping", () => {
  it("keeps text as text: punctuation escaped, mentions and references defused, one line", () => {
    expect(mdText("![x](y) <b> @team #12 a|b\nnext")).toBe("\\!\\[x\\]\\(y\\) \\<b\\> @\u200bteam #\u200b12 a\\|b next");
  });

  it("puts any name in a code span its backticks cannot close, control characters written out", () => {
    expect(mdCode("a`b")).toBe("``a`b``");
    expect(mdCode("`x``")).toBe("``` `x`` ```");
    expect(mdCode("a\nb\u202e")).toBe("`a\\nb\\u202e`");
    expect(inCell(mdCode("a|b"))).toBe("`a\\|b`");
  });
});
