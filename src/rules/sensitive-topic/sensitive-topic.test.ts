import { describe, expect, it } from "vitest";
import { BASE_CONFIG, loadConfig, run } from "../../../test/checkpoints/kit.js";
import { patch } from "../../../test/helpers/patch.js";
import { sensitiveTopicRule } from "./index.js";

const _WILDFIRE = `${BASE_CONFIG}sensitive_topics:\n  wildfire:\n    words: [wildfire, forest fire]\n`;

const post = (front: string, body: string) => `---\nclient: acme\nchannels: [acme-bluesky]\n${front}---\n${body}\n`;

describe("sensitive-topic", () => {
  it("passes a post with no topic word (campaign and party are ordinary marketing words)", async () => {
    expect(await run(sensitiveTopicRule, post("", "Our winter campaign: a party at the shop. #Voted https://acme.example/vote"))).toEqual(
      [],
    );
  });

  it("is quiet on polls, photo contests, club presidents and job candidates", async () => {
    const body =
      "Vote in the poll below! Voting closes Friday and the most votes win. The president of our hiking club picks the route. Candidates for the role: apply by Friday.";
    expect(await run(sensitiveTopicRule, post("", body))).toEqual([]);
  });

  it("reports a call to vote for a candidate, and an elected office", async () => {
    expect(await run(sensitiveTopicRule, post("", "Vote for the candidate who protects our parks. The mayor agrees."))).toEqual([
      '5:1 error sensitive-topic "Vote for the candidate" touches elections; the post must acknowledge it: add sensitive: [{topic: elections, reason: …}] or rephrase',
      '5:52 error sensitive-topic "mayor" touches politics; the post must acknowledge it: add sensitive: [{topic: politics, reason: …}] or rephrase',
    ]);
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
      '10:1 warning sensitive-topic "Remember to vote" touches elections (acknowledged: a non-partisan reminder to vote)',
    ]);
  });

  it("finds a configured topic with a dotted capital I in a hashtag as in prose", async () => {
    const config = await loadConfig(`${BASE_CONFIG}sensitive_topics:\n  travel:\n    words: [İzmir]\n`);
    expect(await run(sensitiveTopicRule, post("", "Tents! #İzmir"), { config })).toEqual([
      '5:8 error sensitive-topic "#İzmir" touches travel; the post must acknowledge it: add sensitive: [{topic: travel, reason: …}] or rephrase',
    ]);
  });

  it("uses configured topics and lets a client allow a default topic through rule options", async () => {
    const config = await loadConfig(
      `${patch(BASE_CONFIG, "    folders: [posts/acme]\n", "    folders: [posts/acme]\n    checks:\n      sensitive-topic: {allow: [elections]}\n")}sensitive_topics:\n  wildfire:\n    words: [wildfire, forest fire]\n`,
    );
    expect(await run(sensitiveTopicRule, post("", "Vote for our Forest  Fire safety kit."), { config })).toEqual([
      '5:14 error sensitive-topic "Forest Fire" touches wildfire; the post must acknowledge it: add sensitive: [{topic: wildfire, reason: …}] or rephrase',
    ]);
  });
});

const ELECTIONS = (at: string, word: string) =>
  `${at} error sensitive-topic "${word}" touches elections; the post must acknowledge it: add sensitive: [{topic: elections, reason: …}] or rephrase`;
const POLITICS = (at: string, word: string) =>
  `${at} error sensitive-topic "${word}" touches politics; the post must acknowledge it: add sensitive: [{topic: politics, reason: …}] or rephrase`;

describe("sensitive-topic in hashtags", () => {
  it("reports a hashtag that is a topic word, or whose CamelCase or digit-separated words hold one, whole", async () => {
    expect(await run(sensitiveTopicRule, post("", "Tomorrow: #GoVote."))).toEqual([ELECTIONS("5:11", "#GoVote")]);
    expect(await run(sensitiveTopicRule, post("", "Support #Election2026 coverage."))).toEqual([ELECTIONS("5:9", "#Election2026")]);
    expect(await run(sensitiveTopicRule, post("", "Tents! #ElectionNight #PrimeMinisterQuestions"))).toEqual([
      ELECTIONS("5:8", "#ElectionNight"),
      POLITICS("5:23", "#PrimeMinisterQuestions"),
    ]);
    expect(await run(sensitiveTopicRule, post("", "Tents! #get_out_the_vote #primeminister #GOTVVoters"))).toEqual([
      ELECTIONS("5:8", "#get_out_the_vote"),
      POLITICS("5:26", "#primeminister"),
    ]);
  });

  it("reports the earlier of a hashtag and a prose mention", async () => {
    expect(await run(sensitiveTopicRule, post("", "Join #ElectionNight, then go vote."))).toEqual([ELECTIONS("5:6", "#ElectionNight")]);
    expect(await run(sensitiveTopicRule, post("", "Go vote, then share #ElectionNight."))).toEqual([ELECTIONS("5:1", "Go vote")]);
  });

  it("is quiet on hashtags whose words are no topic word, and on a fragment in a URL", async () => {
    expect(await run(sensitiveTopicRule, post("", "#Voted #DevotedFans #votenow #Electionday https://acme.example/tents#vote"))).toEqual(
      [],
    );
  });
});

describe("sensitive-topic messages", () => {
  it("keep a phrase broken across lines, and a multi-line reason, on one line", async () => {
    expect(await run(sensitiveTopicRule, post("", "Our tents, as seen with the Prime\nMinister."))).toEqual([
      POLITICS("5:29", "Prime Minister"),
    ]);
    const front = "sensitive:\n  - topic: elections\n    reason: |\n      a reminder\n      to vote\n";
    expect(await run(sensitiveTopicRule, post(front, "Remember to vote."))).toEqual([
      '10:1 warning sensitive-topic "Remember to vote" touches elections (acknowledged: a reminder to vote)',
    ]);
  });
});
