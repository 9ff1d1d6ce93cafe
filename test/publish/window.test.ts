import { describe, expect, it } from "vitest";
import type { PublishWindow } from "../../src/generated/config.js";
import { windowState, zonedInstant } from "../../src/publish/window.js";

const weekdays: Required<PublishWindow>["days"] = ["mon", "tue", "wed", "thu", "fri"];
const berlin: Required<PublishWindow> = { timezone: "Europe/Berlin", days: weekdays, start: "09:00", end: "17:00" };
const opens = (window: typeof berlin, now: string) => {
  const state = windowState(window, new Date(now));
  return state.inside ? "inside" : (state.opensAt?.toISOString() ?? "never");
};

describe("windowState", () => {
  it.each([
    ["Tuesday 10:00 in Berlin (winter)", berlin, "2026-12-01T09:00:00Z", "inside"],
    ["Tuesday 08:59: opens at 09:00 the same day", berlin, "2026-12-01T07:59:00Z", "2026-12-01T08:00:00.000Z"],
    ["Tuesday 17:00 is past the end: opens Wednesday", berlin, "2026-12-01T16:00:00Z", "2026-12-02T08:00:00.000Z"],
    ["Friday evening: opens Monday", berlin, "2026-12-04T18:00:00Z", "2026-12-07T08:00:00.000Z"],
    ["the weekend before the spring change: Monday 09:00 is CEST", berlin, "2026-03-28T12:00:00Z", "2026-03-30T07:00:00.000Z"],
    ["the weekend before the autumn change: Monday 09:00 is CET", berlin, "2026-10-24T12:00:00Z", "2026-10-26T08:00:00.000Z"],
    [
      "New York, Saturday before the US spring change",
      { ...berlin, timezone: "America/New_York" },
      "2026-03-07T20:00:00Z",
      "2026-03-09T13:00:00.000Z",
    ],
    ["New York, the US autumn change", { ...berlin, timezone: "America/New_York" }, "2026-10-31T20:00:00Z", "2026-11-02T14:00:00.000Z"],
    ["a window open until midnight (24:00)", { ...berlin, end: "24:00" }, "2026-12-01T22:59:00Z", "inside"],
    ["a window that cannot open (start ≥ end)", { ...berlin, start: "17:00", end: "09:00" }, "2026-12-01T09:00:00Z", "never"],
    ["Kathmandu's +05:45", { ...berlin, timezone: "Asia/Kathmandu" }, "2026-12-01T03:00:00Z", "2026-12-01T03:15:00.000Z"],
  ])("%s", (_name, window, now, expected) => {
    expect(opens(window, now)).toBe(expected);
  });

  it("a start time skipped by the spring change opens right after the gap", () => {
    const daily = { ...berlin, days: [...weekdays, "sat", "sun"] as typeof weekdays, start: "02:30", end: "05:00" };
    // 2026-03-29 00:30Z is 01:30 CET; 02:30 local does not exist that night, 03:00 CEST (01:00Z) follows 02:00 CET.
    expect(opens(daily, "2026-03-29T00:30:00Z")).toBe("2026-03-29T01:00:00.000Z");
    expect(opens(daily, "2026-03-29T01:00:00Z")).toBe("inside");
  });

  it("a start time that happens twice in the autumn opens at the first", () => {
    const daily = { ...berlin, days: [...weekdays, "sat", "sun"] as typeof weekdays, start: "02:30", end: "05:00" };
    expect(opens(daily, "2026-10-24T23:00:00Z")).toBe("2026-10-25T00:30:00.000Z");
  });
});

describe("zonedInstant", () => {
  it("reads a wall-clock time in a zone, on both sides of a change", () => {
    expect(zonedInstant("2026-03-28", "09:00", "Europe/Berlin").toISOString()).toBe("2026-03-28T08:00:00.000Z");
    expect(zonedInstant("2026-03-29", "09:00", "Europe/Berlin").toISOString()).toBe("2026-03-29T07:00:00.000Z");
    expect(zonedInstant("2026-06-01", "00:00", "UTC").toISOString()).toBe("2026-06-01T00:00:00.000Z");
  });
});
