import { describe, expect, it } from "vitest";
import type { ResolvedChannel, ResolvedConfig } from "../config/types.js";
import type { Channel } from "../generated/config.js";
import { adapterOf, prepareChannels } from "./registry.js";

const channel = (id: string, settings: Record<string, unknown>): ResolvedChannel => ({
  id,
  clientId: "acme",
  settings: settings as unknown as Channel,
});
const configWith = (...channels: ResolvedChannel[]) => ({ channels: new Map(channels.map((c) => [c.id, c])) }) as unknown as ResolvedConfig;

describe("channel registry", () => {
  it("loads X's counter only for a config with an X channel", async () => {
    const x = channel("acme-x", { type: "x", handle: "@acme" });
    // This file runs in its own module graph: nothing has loaded twitter-text yet.
    expect(() => adapterOf(x).measure(x, "hi")).toThrow("the X counter is not loaded");
    await prepareChannels(configWith(channel("acme-bluesky", { type: "bluesky", handle: "acme.example" })));
    expect(() => adapterOf(x).measure(x, "hi")).toThrow("the X counter is not loaded");
    await prepareChannels(configWith(x));
    expect(adapterOf(x).measure(x, "日本")).toEqual([{ count: 4, max: 280, unit: "weighted characters" }]);
  });

  it("reads a channel's own limit from its settings: Mastodon's max_characters, a webhook's max_length or none", () => {
    const mastodon = channel("m", { type: "mastodon", max_characters: 20 });
    expect(adapterOf(mastodon).measure(mastodon, "hello")).toEqual([{ count: 5, max: 20, unit: "characters (URLs count 23)" }]);
    const hook = channel("w", { type: "webhook" });
    expect(adapterOf(hook).measure(hook, "hello")).toEqual([]);
    const capped = channel("w", { type: "webhook", max_length: 3 });
    expect(adapterOf(capped).measure(capped, "hello")).toEqual([{ count: 5, max: 3, unit: "characters" }]);
  });
});
