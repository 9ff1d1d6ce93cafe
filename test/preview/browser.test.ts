/**
 * The preview page in a real browser: headless Chromium (Debian's `chromium`, driven by playwright-core) loads the
 * page built for example-content and checks what a person sees. Screenshots go to test/.screenshots/ (git-ignored).
 * Chromium is found through CHECKPOST_CHROMIUM or `chromium`/`chromium-browser` (or Chrome) on PATH; without one the test is
 * skipped, except in CI (CI=true), where it fails.
 */
import { accessSync, constants, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adapterOf } from "../../src/channels/registry.js";
import type { ValidPost } from "../../src/post/valid-post.js";
import { buildPreview, type PreviewResult } from "../../src/preview/build-preview.js";
import { foldOf, PLATFORMS } from "../../src/preview/platforms.js";
import { DiskContentRepo } from "../../src/repo/disk-content-repo.js";
import { REPO } from "../helpers/cli.js";
import { addFaintParagraph, afterContent, cardsShown, foldSeen, lowContrast, naturalWidth } from "./in-page.js";

const NOW = new Date("2026-12-01T08:00:00Z");
const SCREENSHOTS = path.join(REPO, "test/.screenshots");

function findChromium(): string | undefined {
  const named = process.env.CHECKPOST_CHROMIUM;
  if (named) return named;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    // Debian's and Ubuntu's names; Chrome runs the page the same way (GitHub's runners have it).
    for (const name of ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]) {
      try {
        accessSync(path.join(dir, name), constants.X_OK);
        return path.join(dir, name);
      } catch {}
    }
  }
  return undefined;
}

const executable = findChromium();
const inCI = process.env.CI === "true";

if (!executable && !inCI) {
  console.warn(
    "test/preview/browser.test.ts skipped: no Chromium found (set CHECKPOST_CHROMIUM, or install Debian's chromium so that `chromium` is on PATH)",
  );
}

it.runIf(!executable && inCI)("finds Chromium in CI", () => {
  expect.fail("no Chromium found in CI: .ci/run installs Debian's chromium; or set CHECKPOST_CHROMIUM to its path");
});

/** A post with mistakes in its text and its schedule, added to a copy of example-content: findings to mark. */
const SLOPPY_POST = `---
client: acme
channels: [acme-bluesky, acme-mastodon, acme-linkedin]
title: Spring tent teaser
author: sam-fieldnote
publish_at: 2027-12-04T20:00:00+01:00
media:
  - file: media/acme/ridgeline-tent.png
    alt: The Ridgeline tent pitched on a grassy ridge at dusk.
  - file: media/acme/trail-crew.png
    alt: Three people from the trail crew carrying tools up a muddy path.
variants:
  acme-bluesky: |
    Our new spring tent is the lightest shelter we have ever made, and it goes on sale in February.

    It packs smaller than a loaf of bread, pitches in two minutes and shrugs off spring storms. Follow @acmeoutdoor.bsky.social for the launch and read the whole story at https://acme.example/journal/spring-tent-preview-2028 #SpringCamping
---
Our new spring tent is the the lightest shelter we have ever made, and it goes on sale in Febuary.

Follow @acmeoutdoor for the launch and read the story at https://acme.example/journal/spring-tent-preview-2028 #SpringCamping
`;

// The machine running the tests may be busy: a browser test gets more time than the default 20 s.
describe.runIf(executable)("the preview page in Chromium", { timeout: 60_000 }, () => {
  let browser: Browser;
  let dir: string;
  let example: PreviewResult;
  let sloppy: PreviewResult;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "checkpost-browser-"));
    example = await buildPreview({ paths: [], cwd: path.join(REPO, "example-content"), now: NOW });
    writeFileSync(path.join(dir, "example.html"), example.html);
    const copy = path.join(dir, "content");
    cpSync(path.join(REPO, "example-content"), copy, { recursive: true });
    writeFileSync(path.join(copy, "posts/acme/2027-12-04-spring-teaser.md"), SLOPPY_POST);
    sloppy = await buildPreview({ paths: ["posts/acme/2027-12-04-spring-teaser.md"], cwd: copy, now: NOW });
    writeFileSync(path.join(dir, "sloppy.html"), sloppy.html);
    // Chromium's sandbox cannot start as root (CI containers run as root).
    browser = await chromium.launch({ executablePath: executable, args: process.getuid?.() === 0 ? ["--no-sandbox"] : [] });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(file: string, colorScheme: "light" | "dark" = "light"): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, colorScheme });
    const requests: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith("file:") && !request.url().startsWith("data:")) requests.push(request.url());
    });
    await page.goto(`file://${path.join(dir, file)}`);
    expect(requests, "the page fetches nothing").toEqual([]);
    return page;
  }

  it("shows each post's card for each of its channels, with exactly the text the channel adapter gives it", async () => {
    const page = await open("example.html");
    const repo = new DiskContentRepo(path.join(REPO, "example-content"));
    const config = (await repo.readConfig("checkpost.yml"))?.config;
    if (!config) throw new Error("example-content's config did not load");
    // One round trip: what the page shows in every card.
    const shown = await page.evaluate(cardsShown);
    const expected = [];
    for (const view of example.posts) {
      const post = (await repo.readPost(view.path, view.path)).post as ValidPost;
      for (const channelId of post.data.channels) {
        const channel = config.channels.get(channelId);
        if (!channel) throw new Error(channelId);
        const text = adapterOf(channel).text(post, channelId).text;
        expected.push({
          key: `${view.id} ${channelId}`,
          label: `${channelId} on ${PLATFORMS[channel.settings.type].label}`,
          textContent: text,
          // What a person reads is the text too, except where Mastodon shortens a link's text, as it does.
          innerText: channel.settings.type === "mastodon" ? expect.any(String) : text,
          visible: true,
        });
      }
    }
    // Ten posts on two or three channels each: every card the page has, and no other.
    expect(expected).toHaveLength(19);
    expect(shown).toEqual(expected);
    const sale = example.posts.find((p) => p.path.endsWith("winter-sale.md"));
    const mastodon = page.locator(`#${sale?.id} section.card[data-channel="acme-mastodon"] p.text`);
    expect(await mastodon.innerText()).toContain("Find your tent at acme.example/sale #WinterCamping");
    // A reply: the card says what it answers, and Mastodon shows the mention of @hikerkai@mastodon.social short.
    const reply = example.posts.find((p) => p.path.endsWith("reply-community.md"));
    const replyCard = page.locator(`#${reply?.id} section.card[data-channel="acme-mastodon"]`);
    expect(await replyCard.locator(".reply").innerText()).toBe("Replying to https://mastodon.social/@hikerkai/113456789012345678");
    expect(await replyCard.locator("p.text").innerText()).toMatch(/^Thanks for asking, @hikerkai! Yes,/);
    await page.close();
  });

  it("shows LinkedIn's fold where its feed cuts the post, the rest set apart", async () => {
    const page = await open("example.html");
    const view = example.posts.find((p) => p.path.endsWith("winter-sale.md"));
    const card = view?.cards.find((c) => c.channelId === "acme-linkedin");
    const fold = foldOf(card?.text ?? "", PLATFORMS.linkedin);
    expect(fold).toBeGreaterThan(150);
    const text = page.locator(`#${view?.id} section.card[data-channel="acme-linkedin"] p.text`);
    const seen = await text.evaluate(foldSeen);
    expect(seen).toEqual({ before: card?.text.slice(0, fold), label: '"…see more"', width: expect.any(Number) });
    expect(seen?.width).toBeGreaterThan(30);
    // Bluesky and Mastodon show the whole post.
    expect(await page.locator(`#${view?.id} section.card:not([data-channel="acme-linkedin"]) .fold`).count()).toBe(0);
    await page.close();
  });

  it("shows the images, loaded, with their alt texts, in each card", async () => {
    const page = await open("example.html");
    const view = example.posts.find((p) => p.path.endsWith("winter-sale.md"));
    const alt = view?.media[0]?.alt ?? "";
    expect(alt).toContain("Winter sale, 40% off all tents");
    const images = page.locator(`#${view?.id} section.card img`);
    expect(await images.count()).toBe(3);
    for (const image of await images.all()) {
      expect(await image.getAttribute("alt")).toBe(alt);
      expect(await image.evaluate(naturalWidth)).toBeGreaterThan(0);
      expect(await image.isVisible()).toBe(true);
    }
    await expect
      .poll(() => page.locator(`#${view?.id} section.card[data-channel="acme-bluesky"] .alts`).innerText())
      .toBe(`Image 1 alt: ${alt}`);
    await page.close();
  });

  it("marks a finding where it is, numbered as in the post's list", async () => {
    const page = await open("example.html");
    const view = example.posts.find((p) => p.path.endsWith("winter-sale.md"));
    const mark = page.locator(`#${view?.id} .facts mark.finding.info`);
    expect(await mark.isVisible()).toBe(true);
    expect(await mark.innerText()).toContain("40% off all tents until 6 December");
    expect(await mark.evaluate(afterContent)).toBe('"1"');
    const described = await mark.getAttribute("aria-describedby");
    expect(await page.locator(`#${described}`).innerText()).toMatch(/^1\. info fact-source 11:18 provided by the client/);
    await page.close();
  });

  it("marks the findings of a sloppy post in the text of each channel that publishes it, what is over a limit, and the schedule outside the window", async () => {
    const page = await open("sloppy.html");
    const post = page.locator("article.post");
    for (const channel of ["acme-mastodon", "acme-linkedin"]) {
      const marks = post.locator(`section.card[data-channel="${channel}"] p.text mark.finding`);
      expect(await marks.allInnerTexts()).toEqual(["the the", "Febuary"]);
      expect(await marks.first().evaluate(afterContent)).toBe('"3"');
    }
    // Bluesky gets its variant, 32 graphemes too long: those are marked, and the card says it is over.
    const bluesky = post.locator('section.card[data-channel="acme-bluesky"]');
    const variant = sloppy.posts[0]?.cards.find((c) => c.channelId === "acme-bluesky")?.text ?? "";
    // One mark in pieces (a link and a hashtag split it), numbered after its last piece.
    const over = bluesky.locator("p.text mark.finding");
    expect((await over.allTextContents()).join("")).toBe([...variant].slice(300).join(""));
    expect(await over.last().evaluate(afterContent)).toBe('"2"');
    expect(await bluesky.locator(".length").innerText()).toBe("332 / 300 graphemes: over the limit");
    expect(await post.locator(".schedule mark.finding.error").innerText()).toContain("outside the publishing window");
    expect(await post.locator(".findings li").allInnerTexts()).toEqual([
      expect.stringMatching(/^1\. error publish-window 6:13 .* \(marked on the schedule\)$/),
      expect.stringMatching(/^2\. error length 13:17 332\/300 graphemes .* \(marked in acme-bluesky\)$/),
      expect.stringMatching(/^3\. error repeated-word 18:24 .* \(marked in acme-mastodon, acme-linkedin\)$/),
      expect.stringMatching(/^4\. error spelling 18:91 "Febuary" is misspelt.* \(marked in acme-mastodon, acme-linkedin\)$/),
    ]);
    await page.close();
  });

  it("the contrast measure finds grey on white", async () => {
    const page = await open("example.html");
    await page.evaluate(addFaintParagraph);
    expect(await page.evaluate(lowContrast)).toEqual(['p. "faint": 2.85']);
    await page.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`has landmarks and text of contrast 4.5:1 or more in ${scheme} mode; saves screenshots`, async () => {
      for (const file of ["example.html", "sloppy.html"]) {
        const page = await open(file, scheme);
        for (const role of ["banner", "navigation", "main", "contentinfo"] as const) expect(await page.getByRole(role).count()).toBe(1);
        expect(await page.evaluate(lowContrast), `${file} in ${scheme} mode`).toEqual([]);
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOTS, `${file.replace(".html", "")}-${scheme}.png`) });
        await page.close();
      }
    });
  }
});
