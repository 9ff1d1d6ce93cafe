import { performance } from "node:perf_hooks";
import { beforeAll, describe, expect, it } from "vitest";
import { PATHOLOGICAL_CONFIG, pathologicalBodies, pathologicalPost } from "../../bench/pathological.mjs";
import { countBluesky } from "../../src/channels/bluesky/adapter.js";
import { countLinkedIn } from "../../src/channels/linkedin/adapter.js";
import { countMastodon } from "../../src/channels/mastodon/adapter.js";
import { countX } from "../../src/channels/x/adapter.js";
import { checkLoadedPost, MAX_FINDINGS_PER_RULE } from "../../src/check/check-post.js";
import { resolveConfigText } from "../../src/check/load-config.js";
import type { ResolvedConfig } from "../../src/config/types.js";
import { POST_MAX_BYTES, parsePost } from "../../src/post/parsed-post.js";
import { rules } from "../../src/rules/registry.js";
import { renderChannelText } from "../../src/text/channel-text.js";

const NOW = new Date("2026-11-20T12:00:00Z");
/** Each body is 250 KiB: with its front-matter the post stays within the 256 KiB a post may have. */
const BODY_BYTES = 250 * 1024;
/**
 * A post takes 0.1–0.5 s on an idle machine (each used to take minutes), up to 2 s measured on a 2-core machine
 * with a load of 17; the bound leaves room for that without letting a quadratic pattern back in (those took 10 s
 * to minutes at this size).
 */
const BOUND_MS = 3000;

/** The inputs the issue names, then those found while measuring every rule on runs of each piece of syntax. */
const NAMED = [
  "long word",
  "spaces between words",
  "spaces after a sentence",
  "dots after a URL",
  "repeated '",
  "repeated ![",
  "repeated **a",
  "repeated ~~a",
  "digits before %",
];
const FOUND = [
  "long hashtag",
  "repeated <!--",
  "repeated [",
  "dots",
  "sentence dots before quotes",
  "domain labels",
  "domain labels and a TLD",
  "www.",
  "number groups",
  "decimal groups",
  "repeated “a",
  "repeated ‘a’b",
  "emoji with joiners",
  "zero-width characters",
  "spaces before a line end",
];

let config: ResolvedConfig;
const bodies = pathologicalBodies(BODY_BYTES);

beforeAll(async () => {
  const resolved = await resolveConfigText("/content/checkpost.yml", PATHOLOGICAL_CONFIG);
  if (!resolved.config) throw new Error(JSON.stringify(resolved.messages));
  config = resolved.config;
  // The speller and retext load on first use: that is start-up, not the post's cost.
  await checkLoadedPost(parsePost("/content/posts/acme/w.md", "posts/acme/w.md", pathologicalPost("Warm up the tent.")), config, {
    now: NOW,
  });
});

describe.each([...NAMED, ...FOUND])("a 250 KiB post of %s", (name) => {
  const body = bodies[name] as string;

  it("is checked by every rule, channel text included, well within the bound", async () => {
    const text = pathologicalPost(body);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(POST_MAX_BYTES);
    const loaded = parsePost("/content/posts/acme/p.md", "posts/acme/p.md", text);
    const start = performance.now();
    // The time budget is tested on its own (budget.test.ts): here every check must run, however loaded the machine.
    const messages = await checkLoadedPost(loaded, config, { now: NOW, budgetMs: 60_000 });
    const elapsed = performance.now() - start;
    expect(elapsed, `${name}: ${elapsed.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
    // Sane output: every check ran (no budget stop, no crash), each lists at most 200 findings and a note, and
    // the length check reports the post as too long for every channel.
    expect(messages.filter((m) => m.ruleId === "budget" || m.message.includes("please report this"))).toEqual([]);
    for (const rule of rules) expect(messages.filter((m) => m.ruleId === rule.id).length).toBeLessThanOrEqual(MAX_FINDINGS_PER_RULE + 1);
    expect(messages.filter((m) => m.ruleId === "length").length).toBeGreaterThanOrEqual(5);
  });

  it("renders and counts its channel text well within the bound", () => {
    const start = performance.now();
    const plain = renderChannelText(body);
    const counts = [countBluesky(plain).graphemes, countMastodon(plain), countLinkedIn(plain), countX(plain)];
    const elapsed = performance.now() - start;
    expect(elapsed, `${name}: ${elapsed.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
    // Sane output: no longer than the Markdown, and counts no platform would contradict (a 250 KiB URL is one
    // URL to Mastodon and X, 23 characters; a body of images only renders as nothing).
    expect(plain.length).toBeLessThanOrEqual(body.length);
    for (const count of counts) expect(count >= 0 && count <= body.length * 2).toBe(true);
  });
});
