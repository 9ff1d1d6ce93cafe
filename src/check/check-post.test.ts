import { describe, expect, it } from "vitest";
import { BASE_CONFIG, brief, loadConfig, NOW, run } from "../../test/checkpoints/kit.js";
import { parsePost } from "../post/parsed-post.js";
import type { Rule } from "../rules/types.js";
import { checkLoadedPost } from "./check-post.js";

const POST = "---\nclient: acme\nchannels: [acme-bluesky]\n---\nHello.\n";

/** A rule that reports the options it was given, and then tries to change them. */
const optionsEcho: Rule = {
  id: "readability",
  description: "test rule",
  defaultSeverity: "warning",
  check(_post, { options }) {
    const seen = JSON.stringify(options);
    (options as Record<string, unknown>).max_words = 1;
    return [{ line: 1, column: 1, message: seen }];
  },
};

describe("checkLoadedPost rule options", () => {
  it("gives every post of a client the same options, which no rule can change for the next post", async () => {
    const config = await loadConfig(`${BASE_CONFIG}checks:\n  readability: {max_words: 12}\n`);
    const first = await run(optionsEcho, POST, { config });
    const second = await run(optionsEcho, POST, { config });
    // The write fails (frozen), so the rule reports a crash; the next post still sees max_words 12.
    expect(first).toEqual(second);
    expect(first).toEqual([
      expect.stringMatching(/^1:1 error readability the readability check failed on this file \(.*read.only.*\); please report this$/),
    ]);
  });

  it("lets run-time options fill in what the config does not set, and the config win where both do", async () => {
    const echo: Rule = { ...optionsEcho, check: (_post, { options }) => [{ line: 1, column: 1, message: JSON.stringify(options) }] };
    const config = await loadConfig(`${BASE_CONFIG}checks:\n  readability: {max_words: 12}\n`);
    expect(await run(echo, POST, { config, ruleOptions: { readability: { max_words: 99, extra: true } } })).toEqual([
      '1:1 warning readability {"max_words":12,"extra":true}',
    ]);
  });
});

describe("a front-matter that fails the schema", () => {
  const body = "Your going to love the the tent. We cant wait.\n";
  const everyRule = async (front: string, relPath = "posts/acme/post.md") => {
    const config = await loadConfig();
    return brief(await checkLoadedPost(parsePost(`${config.root}/${relPath}`, relPath, `---\n${front}---\n${body}`), config, { now: NOW }));
  };
  const bodyFindings = (line: number) => [
    `${line}:1 error confusables "Your" here means "you are" before "going"; expected "You're"`,
    `${line}:20 error repeated-word "the" is repeated; expected it once`,
    `${line}:37 error apostrophe "cant" is missing its apostrophe; expected "can't"`,
  ];

  it("still shows the body's slips beside a misspelt key", async () => {
    const found = await everyRule("client: acme\nchanels: [acme-bluesky]\n");
    expect(found.filter((line) => line.includes(" schema ")).length).toBeGreaterThan(0);
    expect(found.filter((line) => !line.includes(" schema "))).toEqual(bodyFindings(5));
  });

  it("still shows them beside a media item without alt text, and leaves the media to be fixed first", async () => {
    const found = await everyRule("client: acme\nchannels: [acme-bluesky]\nmedia:\n  - file: tent.png\n");
    expect(found.some((line) => line.includes(" schema ") && line.includes("alt"))).toBe(true);
    // alt-text, media and length read the front-matter's data: they wait for a valid front-matter.
    expect(found.filter((line) => !line.includes(" schema "))).toEqual(bodyFindings(7));
  });

  it("takes the client from the post's folder when the client key is misspelt or names no client", async () => {
    for (const front of ["clinet: acme\nchannels: [acme-bluesky]\n", "client: acmee\nchannels: [acme-bluesky]\n"]) {
      const found = await everyRule(front);
      expect(found.filter((line) => line.includes(" schema ")).length, front).toBeGreaterThan(0);
      expect(
        found.filter((line) => !line.includes(" schema ")),
        front,
      ).toEqual(bodyFindings(5));
    }
  });

  it("runs nothing more when no client is known, or the YAML does not parse", async () => {
    expect((await everyRule("clinet: acme\nchannels: [acme-bluesky]\n", "elsewhere/post.md")).every((l) => l.includes(" schema "))).toBe(
      true,
    );
    expect((await everyRule("client: [acme\nchannels: acme-bluesky]\n")).every((l) => l.includes(" schema "))).toBe(true);
  });

  it("keeps the body's suppression comments working", async () => {
    const config = await loadConfig();
    const text = `---\nclient: acme\nchanels: [acme-bluesky]\n---\n<!-- checkpost-disable-next-line confusables -->\n${body}`;
    const found = brief(await checkLoadedPost(parsePost(`${config.root}/posts/acme/p.md`, "posts/acme/p.md", text), config, { now: NOW }));
    expect(found.some((line) => line.includes(" confusables "))).toBe(false);
    expect(found.some((line) => line.includes(" repeated-word "))).toBe(true);
  });
});
