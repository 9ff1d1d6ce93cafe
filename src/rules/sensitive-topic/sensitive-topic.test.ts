import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BASE_CONFIG, loadConfig, run } from "../../../test/checkpoints/kit.js";
import { sensitiveTopicRule } from "./index.js";

const example = (name: string) => readFileSync(new URL(`examples/${name}`, import.meta.url), "utf8");
const WILDFIRE = `${BASE_CONFIG}sensitive_topics:\n  wildfire:\n    words: [wildfire, forest fire]\n`;

const post = (front: string, body: string) => `---\nclient: acme\nchannels: [acme-bluesky]\n${front}---\n${body}\n`;

describe("sensitive-topic", () => {
  it("passes a post with no topic word (campaign and party are ordinary marketing words)", async () => {
    expect(await run(sensitiveTopicRule, post("", "Our winter campaign: a party at the shop. #Voted https://acme.example/vote"))).toEqual(
      [],
    );
  });

  it("reports each unacknowledged topic once, at its first mention", async () => {
    expect(await run(sensitiveTopicRule, post("", "Before the Election, ask the senator.\nAnd vote! The election matters."))).toEqual([
      '5:12 error sensitive-topic "Election" touches elections; the post must acknowledge it: add sensitive: [{topic: elections, reason: …}] or rephrase',
      '5:30 error sensitive-topic "senator" touches politics; the post must acknowledge it: add sensitive: [{topic: politics, reason: …}] or rephrase',
    ]);
  });

  it("keeps an acknowledged topic as a warning and reports an unknown acknowledged topic", async () => {
    const front =
      "sensitive:\n  - topic: elections\n    reason: a non-partisan reminder to vote\n  - topic: religion\n    reason: a topic we do not track\n";
    expect(await run(sensitiveTopicRule, post(front, "Remember to vote on Sunday."))).toEqual([
      '7:12 error sensitive-topic sensitive[1].topic: unknown topic "religion" (known: politics, elections)',
      '10:13 warning sensitive-topic "vote" touches elections (acknowledged: a non-partisan reminder to vote)',
    ]);
  });

  it("uses configured topics and lets a client allow a default topic through rule options", async () => {
    const config = await loadConfig(
      `${BASE_CONFIG.replace("    folders: [posts/acme]\n", "    folders: [posts/acme]\n    checks:\n      sensitive-topic: {allow: [elections]}\n")}sensitive_topics:\n  wildfire:\n    words: [wildfire, forest fire]\n`,
    );
    expect(await run(sensitiveTopicRule, post("", "Vote for our Forest  Fire safety kit."), { config })).toEqual([
      '5:14 error sensitive-topic "Forest  Fire" touches wildfire; the post must acknowledge it: add sensitive: [{topic: wildfire, reason: …}] or rephrase',
    ]);
  });
});

describe("sensitive-topic examples", () => {
  it("is quiet on campaign, party and a vote hashtag or URL, and does not read the unpublished title", async () => {
    expect(await run(sensitiveTopicRule, example("good.md"))).toEqual([]);
  });

  it("reports an unknown acknowledged topic, a configured topic in alt text, an unacknowledged one in a variant, and an acknowledged one as a warning", async () => {
    expect(await run(sensitiveTopicRule, example("bad.md"), { config: WILDFIRE })).toEqual([
      '8:12 error sensitive-topic sensitive[1].topic: unknown topic "weather" (known: politics, elections, wildfire)',
      '12:64 error sensitive-topic "forest fire" touches wildfire; the post must acknowledge it: add sensitive: [{topic: wildfire, reason: …}] or rephrase',
      '16:5 error sensitive-topic "Senate" touches politics; the post must acknowledge it: add sensitive: [{topic: politics, reason: …}] or rephrase',
      '19:43 warning sensitive-topic "vote" touches elections (acknowledged: a non-partisan reminder that the shop opens late on polling day)',
    ]);
  });
});
