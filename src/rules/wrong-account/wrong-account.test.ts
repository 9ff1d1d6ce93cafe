import { describe, expect, it } from "vitest";
import { run } from "../../../test/checkpoints/kit.js";
import { wrongAccountRule } from "./index.js";

describe("wrong-account", () => {
  it("passes a post on its own client's channels, in its client's folder", async () => {
    expect(await run(wrongAccountRule, "---\nclient: acme\nchannels: [acme-bluesky, acme-mastodon]\n---\nHi.\n")).toEqual([]);
  });

  it("reports a channel of another client at that channel", async () => {
    expect(await run(wrongAccountRule, "---\nclient: acme\nchannels: [acme-bluesky, northwind-discord]\n---\nHi.\n")).toEqual([
      '3:26 error wrong-account channels[1]: "northwind-discord" is an account of client "northwind", not of "acme" (the client\'s channels: acme-bluesky, acme-mastodon)',
    ]);
  });

  it("reports a post filed under another client's folder at its client", async () => {
    const post = "---\nclient: acme\nchannels: [acme-bluesky]\n---\nHi.\n";
    expect(await run(wrongAccountRule, post, { relPath: "posts/northwind/2026-12-01.md" })).toEqual([
      '2:9 error wrong-account client: the post is filed under posts/northwind/ (client "northwind") but declares client "acme"; move the file or fix the client',
    ]);
  });
});
