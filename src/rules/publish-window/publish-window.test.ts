import { describe, expect, it } from "vitest";
import { BASE_CONFIG, run } from "../../../test/checkpoints/kit.js";
import { describeDays, localTime } from "../../config/local-time.js";
import { publishWindowRule } from "./index.js";

const post = (publishAt: string) => `---\nclient: acme\nchannels: [acme-bluesky]\npublish_at: ${publishAt}\n---\nHi.\n`;

describe("localTime", () => {
  it("gives the wall clock in the zone, across daylight saving", () => {
    expect(localTime(new Date("2026-12-05T19:00:00Z"), "Europe/Berlin")).toEqual({ date: "2026-12-05", time: "20:00", weekday: "sat" });
    expect(localTime(new Date("2026-07-01T06:30:00Z"), "Europe/Berlin")).toEqual({ date: "2026-07-01", time: "08:30", weekday: "wed" });
    expect(localTime(new Date("2026-12-01T04:59:00Z"), "America/New_York")).toEqual({ date: "2026-11-30", time: "23:59", weekday: "mon" });
  });

  it("describes runs of days as a range", () => {
    expect(describeDays(["mon", "tue", "wed", "thu", "fri"])).toBe("mon–fri");
    expect(describeDays(["sat", "mon", "wed"])).toBe("mon, wed, sat");
  });
});

describe("publish-window", () => {
  it("passes a weekday morning in Berlin, given in another offset", async () => {
    expect(await run(publishWindowRule, post("2026-12-01T08:30:00Z"))).toEqual([]);
  });

  it("reports a Saturday evening with the local time and the window", async () => {
    expect(await run(publishWindowRule, post("2026-12-05T20:00:00+01:00"))).toEqual([
      "4:13 error publish-window publish_at 2026-12-05 20:00 Europe/Berlin (Sat) is outside acme's publishing window (mon–fri 08:30–18:00 Europe/Berlin)",
    ]);
  });

  it("reports 18:00 sharp (the window ends then) and a time in the past, as an error where the post is proposed", async () => {
    expect(await run(publishWindowRule, post("2026-11-19T17:00:00Z"), { ruleOptions: { "publish-window": { past: "error" } } })).toEqual([
      "4:13 error publish-window publish_at 2026-11-19T17:00:00Z is in the past (checked at 2026-11-20T12:00:00.000Z); pick a future time or remove publish_at to publish on merge",
      "4:13 error publish-window publish_at 2026-11-19 18:00 Europe/Berlin (Thu) is outside acme's publishing window (mon–fri 08:30–18:00 Europe/Berlin)",
    ]);
  });

  it("a past time is a warning by default: a whole-repository check reads posts published long ago", async () => {
    expect(await run(publishWindowRule, post("2026-11-19T10:00:00Z"))).toEqual([
      "4:13 warning publish-window publish_at 2026-11-19T10:00:00Z is in the past (checked at 2026-11-20T12:00:00.000Z); pick a future time or remove publish_at to publish on merge",
    ]);
  });
});

describe("publish-window severities from the config", () => {
  const past = post("2026-11-19T10:00:00Z");
  it("the configured severity is the ceiling: set to info, a past time is info even where the Action asks for error", async () => {
    const config = `${BASE_CONFIG}checks:\n  publish-window: info\n`;
    expect(await run(publishWindowRule, past, { config, ruleOptions: { "publish-window": { past: "error" } } })).toEqual([
      "4:13 info publish-window publish_at 2026-11-19T10:00:00Z is in the past (checked at 2026-11-20T12:00:00.000Z); pick a future time or remove publish_at to publish on merge",
    ]);
  });

  it("the config's past option wins over the run's default", async () => {
    const config = `${BASE_CONFIG}checks:\n  publish-window: { past: warning }\n`;
    expect(await run(publishWindowRule, past, { config, ruleOptions: { "publish-window": { past: "error" } } })).toEqual([
      "4:13 warning publish-window publish_at 2026-11-19T10:00:00Z is in the past (checked at 2026-11-20T12:00:00.000Z); pick a future time or remove publish_at to publish on merge",
    ]);
  });
});
