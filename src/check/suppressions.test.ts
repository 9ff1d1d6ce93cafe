import { describe, expect, it } from "vitest";
import { run } from "../../test/checkpoints/kit.js";
import { hashtagsRule } from "../rules/hashtags/index.js";
import { undeclaredClaimRule } from "../rules/undeclared-claim/index.js";
import { wrongAccountRule } from "../rules/wrong-account/index.js";

const rules = { hashtags: hashtagsRule, claims: undeclaredClaimRule };
const post = (body: string) => `---\nclient: acme\nchannels: [acme-bluesky]\n---\n${body}\n`;

describe("inline suppressions", () => {
  it("disable-next-line hides the named rule on the next line only", async () => {
    const body = "<!-- checkpost-disable-next-line undeclared-claim -->\nNow 40% off.\nAnd 30% off.";
    expect(await run(rules.claims, post(body))).toEqual([
      '5:1 info suppression checkpost-disable-next-line hides findings of "undeclared-claim" here',
      '7:5 warning undeclared-claim "30%" is a percentage that no declared fact covers; add it to facts with its source, or rephrase',
    ]);
  });

  it("disable … enable hides a block; ids separated by commas or spaces; no id means every rule", async () => {
    const body = [
      "<!-- checkpost-disable length, undeclared-claim -->",
      "Now 40% off.",
      "<!-- checkpost-enable undeclared-claim length -->",
      "And 30% off.",
      "<!-- checkpost-disable -->",
      "Then 20% off.",
    ].join("\n");
    expect(await run(rules.claims, post(body))).toEqual([
      '5:1 info suppression checkpost-disable hides findings of "undeclared-claim" here',
      '5:1 info unused-suppression checkpost-disable for "length" suppresses nothing; remove it',
      '8:5 warning undeclared-claim "30%" is a percentage that no declared fact covers; add it to facts with its source, or rephrase',
      "9:1 info suppression checkpost-disable hides findings of every rule here",
    ]);
  });

  it("cannot hide the findings that protect the client, and says so", async () => {
    const text =
      "---\nclient: acme\nchannels: [acme-bluesky, northwind-discord]\n---\n<!-- checkpost-disable wrong-account, sensitive-topic -->\nHello.\n";
    expect(await run(wrongAccountRule, text)).toEqual([
      '3:26 error wrong-account channels[1]: "northwind-discord" is an account of client "northwind", not of "acme" (the client\'s channels: acme-bluesky, acme-mastodon)',
      '5:1 warning unused-suppression "wrong-account" cannot be suppressed by a comment: a post must only go to its own client\'s channels',
      '5:1 warning unused-suppression "sensitive-topic" cannot be suppressed by a comment: acknowledge the topic under sensitive: with a reason',
    ]);
  });

  it("an enable naming some of the ids ends those only; an enable closing nothing is reported", async () => {
    const body = [
      "<!-- checkpost-disable length, undeclared-claim -->",
      "Now 40% off.",
      "<!-- checkpost-enable undeclared-claim -->",
      "And 30% off.",
      "<!-- checkpost-enable spelling -->",
    ].join("\n");
    expect(await run(rules.claims, post(body))).toEqual([
      '5:1 info suppression checkpost-disable hides findings of "undeclared-claim" here',
      '5:1 info unused-suppression checkpost-disable for "length" suppresses nothing; remove it',
      '8:5 warning undeclared-claim "30%" is a percentage that no declared fact covers; add it to facts with its source, or rephrase',
      '9:1 info unused-suppression checkpost-enable for "spelling" closes no checkpost-disable above it; remove it',
    ]);
  });

  it("reports an unused suppression and names an unknown rule id", async () => {
    const body = "<!-- checkpost-disable-next-line hashtag -->\nNo tags here.";
    expect(await run(rules.hashtags, post(body))).toEqual([
      '5:1 info unused-suppression checkpost-disable-next-line for "hashtag" suppresses nothing ("hashtag" is not a rule id; see checkpost rules); remove it',
    ]);
  });
});
