import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig, resolveConfigText } from "../../src/check/load-config.js";
import { planConfig } from "../../src/publish/plan-config.js";

describe("planConfig", () => {
  it("takes channel types, windows and the publishing defaults from checkpost.yml", async () => {
    const { config } = await loadConfig(path.resolve("example-content/checkpost.yml"));
    if (!config) throw new Error("example config did not load");
    const plan = planConfig(config);
    expect(plan).toMatchObject({ maxPostsPerRun: 5, publishExisting: false });
    expect(plan.clients.acme).toEqual({
      paused: false,
      corrections: "edit",
      window: { timezone: "Europe/Berlin", days: ["mon", "tue", "wed", "thu", "fri"], start: "08:30", end: "18:00" },
      channels: { "acme-bluesky": "bluesky", "acme-mastodon": "mastodon", "acme-linkedin": "linkedin" },
    });
  });

  it("reads publishing options, a client's pause and its corrections policy", async () => {
    const text = [
      "publishing:",
      "  max_posts_per_run: 2",
      "  publish_existing: true",
      "clients:",
      "  acme:",
      "    contact: jane-acme",
      "    paused: true",
      "    corrections: replace",
      "    channels:",
      "      acme-discord: { type: discord, secret_env: ACME_DISCORD_WEBHOOK }",
    ].join("\n");
    const { config, messages } = await resolveConfigText(path.resolve("checkpost.yml"), text, async () => "");
    if (!config) throw new Error(messages.map((m) => m.message).join("; "));
    expect(planConfig(config)).toEqual({
      clients: { acme: { paused: true, corrections: "replace", channels: { "acme-discord": "discord" } } },
      maxPostsPerRun: 2,
      publishExisting: true,
    });
  });
});
