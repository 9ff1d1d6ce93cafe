import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { renderRetrospective } from "../../src/takedown/render.js";
import { ROOT } from "../e2e/harness.js";
import { issuePage } from "./markdown-html.js";

// The retrospective is something people read: rendered to HTML and opened in headless Chromium, it must show
// its sections as a person sees them. The screenshot (test/.screenshots/, git-ignored) is for looking at.
const SCREENSHOTS = join(ROOT, "test/.screenshots");
const CHROMIUM = "/usr/bin/chromium";

const { title, body } = renderRetrospective({
  meta: { id: "3f9a0c4e1b7d2a6f8e5c90c2", client: "acme", author: "sam-fieldnote", at: "2026-12-02T10:04:00.000Z" },
  path: "posts/acme/2026-12-02-trail-maps.md",
  clientName: "Acme Outdoor",
  channels: [
    {
      id: "acme-mastodon",
      type: "mastodon",
      url: "https://mastodon.social/@acme/113",
      text: "Fresh trail maps are ready: 40% off all tents until Sunday.",
      liveFrom: "2026-12-01T08:30:04.000Z",
      liveTo: "2026-12-02T10:04:11.000Z",
    },
    {
      id: "acme-bluesky",
      type: "bluesky",
      url: "https://bsky.app/profile/acme.bsky.social/post/3lcbq2",
      text: "Fresh trail maps are ready: 40% off all tents until Sunday.",
      liveFrom: "2026-12-01T08:30:05.000Z",
      liveTo: "2026-12-02T10:04:11.000Z",
    },
    {
      id: "acme-discord",
      type: "discord",
      url: "https://discord.com/channels/1/2/3",
      text: "**Fresh trail maps** are ready: 40% off all tents until Sunday.",
      liveFrom: "2026-12-01T08:30:06.000Z",
      manual: "403 Missing Permissions",
    },
  ],
  pullRequest: { number: 42, url: "https://github.com/acme/social/pull/42" },
  contact: { login: "jane-acme", at: "2026-12-01T08:12:00Z", url: "https://github.com/acme/social/pull/42#pullrequestreview-7" },
  second: [{ login: "kim-fieldnote", at: "2026-12-01T08:20:00Z", url: "https://github.com/acme/social/pull/42#pullrequestreview-8" }],
  takedown: {
    by: "alex-fieldnote",
    revert: {
      number: 57,
      url: "https://github.com/acme/social/pull/57",
      title: 'Revert "Trail maps"',
      body: "Reverts acme/social#42\n\nThe sale ends on Friday, not Sunday.",
    },
  },
  facts: [{ claim: "40% off all tents until Sunday", source: "email from Jane Doe, 2026-11-28", providedBy: "client" }],
  accepted: [{ rule: "sensitive-topic", severity: "info", line: 9, message: "mentions a price: check it against its source" }],
  suppressed: [],
});

describe("the retrospective issue, as a person sees it", () => {
  it("renders every section readably in a browser (screenshot in test/.screenshots)", async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
    try {
      const page = await browser.newPage({ viewport: { width: 1040, height: 900 } });
      await page.setContent(issuePage(title, 58, ["checkpost:retrospective", "takedown"], body));
      expect(await page.locator("h3").allTextContents()).toEqual([
        "What went out",
        "Who",
        "Facts",
        "Checks at merge",
        "What kind of mistake? (tick one, or add a mistake:<kind> label)",
      ]);
      expect(await page.locator("table tbody tr").count()).toBe(3);
      expect(await page.locator(".alert").textContent()).toContain("Manual takedown required on acme-discord");
      expect(await page.locator("a", { hasText: "review" }).count()).toBe(2);
      // The marker that finds the issue again is invisible.
      expect(await page.locator("body").innerText()).not.toContain("checkpost:retrospective {");
      await page.screenshot({ path: join(SCREENSHOTS, "retrospective.png"), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
