import { describe, expect, it } from "vitest";
import { adapterOf } from "../../src/channels/registry.js";
import { checkLoadedPost } from "../../src/check/check-post.js";
import { parsePost } from "../../src/post/parsed-post.js";
import type { ValidPost } from "../../src/post/valid-post.js";
import { foldOf, PLATFORMS } from "../../src/preview/platforms.js";
import { type PostView, postView } from "../../src/preview/post-view.js";
import { renderPage } from "../../src/preview/render-page.js";
import { richText } from "../../src/preview/rich-text.js";
import type { Message } from "../../src/types.js";
import { BASE_CONFIG, loadConfig, NOW } from "../checkpoints/kit.js";
import { patch } from "../helpers/patch.js";

/** The kit's config with a LinkedIn account for acme. */
const CONFIG = patch(
  BASE_CONFIG,
  "      acme-mastodon:\n",
  "      acme-linkedin:\n        type: linkedin\n        author: urn:li:organization:42\n        secret_env: ACME_LINKEDIN\n      acme-mastodon:\n",
);

/** What a reader gets from markup: the text without tags, entities decoded (as the DOM's textContent). */
function textContent(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

async function viewOf(text: string, options: { messages?: Message[]; media?: string } = {}): Promise<{ view: PostView; post: ValidPost }> {
  const config = await loadConfig(CONFIG);
  const loaded = parsePost("/content/posts/acme/post.md", "posts/acme/post.md", text);
  const messages = options.messages ?? (await checkLoadedPost(loaded, config, { now: NOW }));
  const view = postView({
    path: "posts/acme/post.md",
    post: loaded.post,
    messages,
    config,
    media: () => (options.media ? { src: options.media } : { problem: "not read" }),
  });
  return { view, post: loaded.post as ValidPost };
}

const post = (front: string, body: string) => `---\nclient: acme\n${front}---\n${body}\n`;

describe("the preview's cards", () => {
  it("give each channel the text its adapter publishes, its account and its length against the limit", async () => {
    const text = post(
      "channels: [acme-bluesky, acme-mastodon, acme-linkedin]\nvariants:\n  acme-bluesky: 'Short one for Bluesky. #Tents'\n",
      "Our **winter sale** starts today: see [the range](https://acme.example/sale).",
    );
    const { view, post: valid } = await viewOf(text);
    expect(view.findings.filter((f) => f.severity === "error")).toEqual([]);
    const config = await loadConfig(CONFIG);
    expect(view.cards.map((c) => [c.channelId, c.account.handle, c.fromVariant])).toEqual([
      ["acme-bluesky", "@acme.bsky.social", true],
      ["acme-mastodon", "@acme@mastodon.social", false],
      ["acme-linkedin", "urn:li:organization:42", false],
    ]);
    for (const card of view.cards) {
      const channel = config.channels.get(card.channelId);
      if (!channel) throw new Error(card.channelId);
      expect(card.text).toBe(adapterOf(channel).text(valid, channel.id).text);
    }
    expect(view.cards[1]?.text).toBe("Our winter sale starts today: see the range (https://acme.example/sale).");
    // 72 characters: Mastodon counts the URL (25) as 23, LinkedIn counts the backslashes its escaping adds to ( and ).
    expect(view.cards.map((c) => `${c.length}/${c.limit}`)).toEqual(["29/300", "70/500", "74/3000"]);
  });

  it("render a text that holds <script> as text: nothing of the post becomes markup", async () => {
    const evil = `<script>alert("x")</script> & <img src=x onerror=alert(1)>`;
    const text = post(
      `channels: [acme-bluesky]\ntitle: '${evil}'\nfacts:\n  - claim: '${evil}'\n    source: '${evil}'\n    provided_by: team\nmedia:\n  - file: media/a.png\n    alt: '${evil}'\n`,
      evil,
    );
    const { view } = await viewOf(text, { media: `data:image/png;base64,AAAA" onload="alert(1)` });
    const html = renderPage({ title: evil, posts: [view], checkedAt: NOW });
    // Every tag on the page is one of ours, and none carries an event handler.
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((tag) => /^<(script|iframe|object|embed)\b|\son\w+=/i.test(tag.replace(/"[^"]*"/g, '""')))).toEqual([]);
    expect(tags.filter((tag) => tag.startsWith("<img")).map((tag) => /src="([^"]*)"/.exec(tag)?.[1])).toEqual([
      "data:image/png;base64,AAAA&quot; onload=&quot;alert(1)",
    ]);
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;");
    const card = /<p class="text">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? "";
    expect(textContent(card)).toBe(view.cards[0]?.text);
    expect(view.cards[0]?.text).toBe(evil);
  });

  it("style links, hashtags and mentions the way each platform does, keeping the text exact", () => {
    const text = "Hi @jane@mastodon.social, see https://www.acme.example/a/very/long/path/to/the/sale/page #WinterCamping";
    const mastodon = richText(text, PLATFORMS.mastodon, [], undefined);
    expect(textContent(mastodon)).toBe(text);
    // Mastodon shows @jane@mastodon.social as @jane; the text keeps the whole mention.
    expect(mastodon).toContain('<span class="mention">@jane<span class="invisible">@mastodon.social</span></span>');
    expect(mastodon).toContain('<span class="hashtag">#WinterCamping</span>');
    // Mastodon hides the scheme and www., shows 30 characters, an ellipsis, and hides the rest.
    expect(mastodon).toContain('<span class="invisible">https://www.</span>');
    expect(mastodon).toContain(
      '<a class="link" href="https://www.acme.example/a/very/long/path/to/the/sale/page" rel="noopener noreferrer"><span class="invisible">https://www.</span>acme.example/a/very/long/path<span class="ellipsis">/</span><span class="invisible">to/the/sale/page</span></a>',
    );
    const discord = richText(text, PLATFORMS.discord, [], undefined);
    expect(textContent(discord)).toBe(text);
    expect(discord).not.toContain("hashtag");
    expect(discord).not.toContain("mention");
    expect(discord).toContain('href="https://www.acme.example/a/very/long/path/to/the/sale/page"');
    expect(richText(text, PLATFORMS.webhook, [], undefined)).toBe(text.replace(/&/g, "&amp;"));
  });

  it("mark findings on their characters, numbered, without changing the text", () => {
    const text = "Our wintr sale starts today.";
    const html = richText(
      text,
      PLATFORMS.bluesky,
      [{ start: 4, end: 9, n: 2, severity: "error", ref: "p-f2", message: "unknown word" }],
      undefined,
    );
    expect(html).toBe(
      'Our <mark class="finding error" data-n="2" aria-describedby="p-f2" title="2. error: unknown word">wintr</mark> sale starts today.',
    );
  });
});

describe("the fold", () => {
  it("LinkedIn cuts after 210 characters, between words, or after three lines", () => {
    const long = `${"word ".repeat(60)}end`;
    const at = foldOf(long, PLATFORMS.linkedin) as number;
    expect(at).toBeLessThanOrEqual(210);
    expect(at).toBeGreaterThan(200);
    expect(long[at]).toBe(" ");
    expect(foldOf("one\ntwo\nthree\nfour", PLATFORMS.linkedin)).toBe("one\ntwo\nthree".length);
    expect(foldOf("one\n\nthree", PLATFORMS.linkedin)).toBeUndefined();
    expect(foldOf("short", PLATFORMS.linkedin)).toBeUndefined();
  });

  it("Bluesky, Mastodon and Discord show a whole post", () => {
    const long = `${"word ".repeat(60)}end`;
    expect(foldOf(long, PLATFORMS.bluesky)).toBeUndefined();
    expect(foldOf(long, PLATFORMS.mastodon)).toBeUndefined();
    expect(foldOf(long, PLATFORMS.discord)).toBeUndefined();
  });

  it("is drawn as a marker in the LinkedIn card, after which the text is set apart, the text unchanged", async () => {
    const body = `${"Tents for every trail and season. ".repeat(8)}Find yours.`;
    const { view } = await viewOf(post("channels: [acme-linkedin]\n", body));
    const card = view.cards[0];
    expect(card?.fold).toBeDefined();
    const html = richText(card?.text ?? "", PLATFORMS.linkedin, [], card?.fold);
    expect(textContent(html)).toBe(card?.text);
    const [before] = html.split('<span class="fold"');
    expect(textContent(before ?? "")).toBe(card?.text.slice(0, card.fold));
    expect(html).toContain('data-label="…see more"');
  });
});

describe("findings on the page", () => {
  it("a misspelt word of the body is marked in every channel that publishes the body, not in a variant", async () => {
    const text = post(
      "channels: [acme-bluesky, acme-mastodon]\nvariants:\n  acme-bluesky: A clean variant.\n",
      "Our wintr sale starts today.",
    );
    const { view } = await viewOf(text);
    const spelling = view.findings.find((f) => f.ruleId === "spelling");
    expect(spelling?.message).toContain("wintr");
    const marked = view.cards.map((c) => c.marks.map((m) => `${c.channelId}:${c.text.slice(m.start, m.end)}`));
    expect(marked).toEqual([[], ["acme-mastodon:wintr"]]);
    expect(spelling?.markedAt).toBe("marked in acme-mastodon");
  });

  it("a finding in a variant is marked in that channel's card only, at its place", async () => {
    const text = post(
      "channels: [acme-bluesky, acme-mastodon]\nvariants:\n  acme-bluesky: |\n    The sale is on, the the tents are cheap.\n",
      "All good here.",
    );
    const { view } = await viewOf(text);
    const repeated = view.findings.find((f) => f.ruleId === "repeated-word");
    expect(repeated).toBeDefined();
    const bluesky = view.cards[0];
    const mark = bluesky?.marks.find((m) => m.n === repeated?.n);
    expect(bluesky?.text.slice(mark?.start, mark?.end)).toMatch(/^the/);
    expect(mark?.start).toBe(bluesky?.text.indexOf("the the"));
    expect(view.cards[1]?.marks).toEqual([]);
  });

  it("a finding that names a channel (the length rule) is marked on that channel only", async () => {
    const body = `${"Tents for every trail. ".repeat(14)}Done.`;
    const { view } = await viewOf(post("channels: [acme-bluesky, acme-mastodon]\n", body));
    const length = view.findings.filter((f) => f.ruleId === "length");
    expect(length.map((f) => f.markedAt)).toEqual(["marked in acme-bluesky"]);
    expect(view.cards[1]?.marks.filter((m) => m.n === length[0]?.n)).toEqual([]);
    // Marked on what is over Bluesky's 300 graphemes: the 27 characters the platform would refuse.
    const bluesky = view.cards[0];
    const mark = bluesky?.marks.find((m) => m.n === length[0]?.n);
    expect([mark?.start, mark?.end, bluesky?.text.length]).toEqual([300, 327, 327]);
  });

  it("findings on a fact, an image and the schedule are marked there; the window is judged in the client's zone", async () => {
    const text = post(
      'channels: [acme-bluesky]\npublish_at: 2026-12-05T20:00:00+01:00\nfacts:\n  - claim: 40% off\n    source: email from Jane\n    provided_by: client\nmedia:\n  - file: media/a.png\n    alt: ""\n',
      "40% off today.",
    );
    const messages: Message[] = [
      { ruleId: "fact-source", severity: "info", line: 8, column: 18, message: "provided by the client" },
      { ruleId: "alt-text", severity: "error", line: 11, column: 10, message: "empty alt" },
      { ruleId: "publish-window", severity: "error", line: 4, column: 13, message: "outside the window" },
    ];
    const { view } = await viewOf(text, { messages });
    expect(view.facts[0]?.marks.map((m) => m.ruleId)).toEqual(["fact-source"]);
    expect(view.media[0]?.marks.map((m) => m.ruleId)).toEqual(["alt-text"]);
    expect(view.schedule?.marks.map((m) => m.ruleId)).toEqual(["publish-window"]);
    expect(view.schedule).toMatchObject({ local: "Sat, 5 Dec 2026, 20:00 CET", timeZone: "Europe/Berlin", window: { inside: false } });
    const html = renderPage({ title: "t", posts: [view], checkedAt: NOW });
    expect(html).toContain("outside the publishing window</span> (mon–fri 08:30–18:00 Europe/Berlin)");
    expect(html).toMatch(/<mark class="finding info" data-n="1"[^>]*><q>40% off<\/q>/);
  });

  it("a post whose front-matter is broken is listed with its findings, without cards", async () => {
    const { view } = await viewOf("---\nclient: acme\nchannels: [acme-bluesky]\nbogus: 1\n---\nHi.\n");
    expect(view.valid).toBe(false);
    expect(view.cards).toEqual([]);
    expect(view.findings[0]?.message).toContain("bogus");
    expect(renderPage({ title: "t", posts: [view], checkedAt: NOW })).toContain("cannot be previewed until the errors below are fixed");
  });
});

describe("replies", () => {
  it("a post with reply_to says in each card what it answers", async () => {
    const url = "https://mastodon.social/@kai/1234";
    const { view } = await viewOf(post(`channels: [acme-mastodon]\nreply_to: ${url}\n`, "Thanks, @kai@mastodon.social!"));
    expect(view.replyTo).toBe(url);
    expect(renderPage({ title: "t", posts: [view], checkedAt: NOW })).toContain(
      `<p class="reply">Replying to <a href="${url}" rel="noopener noreferrer">${url}</a></p>`,
    );
  });
});

describe("mentions", () => {
  it("Bluesky links a mention that is a handle with a domain, Mastodon any mention, LinkedIn none", () => {
    const text = "Ask @jane or @jane.bsky.social";
    expect(richText(text, PLATFORMS.bluesky, [], undefined)).toBe('Ask @jane or <span class="mention">@jane.bsky.social</span>');
    expect(richText(text, PLATFORMS.mastodon, [], undefined)).toBe(
      'Ask <span class="mention">@jane</span> or <span class="mention">@jane.bsky.social</span>',
    );
    expect(richText(text, PLATFORMS.linkedin, [], undefined)).toBe(text);
  });
});

describe("every channel type", () => {
  it("X, Discord and a webhook without a limit get cards with their accounts; a webhook's length has no limit", async () => {
    const config = await loadConfig(
      patch(
        BASE_CONFIG,
        "      northwind-discord:\n",
        "      northwind-x:\n        type: x\n        handle: northwind\n        secret_env: NW_X\n      northwind-hook:\n        type: webhook\n        secret_env: NW_HOOK\n      northwind-discord:\n",
      ),
    );
    const { prepareChannels } = await import("../../src/channels/registry.js");
    await prepareChannels(config);
    const text =
      "---\nclient: northwind\nchannels: [northwind-x, northwind-discord, northwind-hook]\n---\nFresh bread at https://northwind.com #bread\n";
    const loaded = parsePost("/content/posts/northwind/p.md", "posts/northwind/p.md", text);
    const view = postView({ path: "p.md", post: loaded.post, messages: [], config, media: () => ({ problem: "none" }) });
    expect(view.cards.map((c) => [c.channelId, c.account.name, c.account.handle, c.length, c.limit])).toEqual([
      // 43 characters; X counts the URL (21) as 23.
      ["northwind-x", "northwind", "@northwind", 45, 280],
      ["northwind-discord", "northwind", "Discord webhook", 43, 2000],
      ["northwind-hook", "northwind", "northwind-hook", 43, undefined],
    ]);
    const html = renderPage({ title: "t", posts: [view], checkedAt: NOW });
    expect(html).toContain("43 characters, no limit");
    expect(html).not.toContain('<meter min="0" max="undefined"');
  });
});

describe("a pathological text", () => {
  it("renders 50,000 hashtags with 2,000 marks in linear time: well under a second of CPU", () => {
    const text = "#tag ".repeat(50_000).trim();
    const marks = Array.from({ length: 2000 }, (_, i) => ({
      start: i * 25,
      end: i * 25 + 4,
      n: i + 1,
      severity: "warning" as const,
      ref: `f${i}`,
      message: "m",
    }));
    const before = process.cpuUsage();
    const html = richText(text, PLATFORMS.mastodon, marks, undefined);
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
    expect(textContent(html)).toBe(text);
    expect(html.match(/<mark /g)).toHaveLength(2000);
    expect(html.match(/<span class="hashtag">/g)).toHaveLength(50_000);
  });
});
