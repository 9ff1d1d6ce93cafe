import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { isTimeZone, localTime, viaFormatter } from "./local-time.js";

// Daylight-saving changes in Europe, the United States and Australia (and a minute either side), the turn of a
// year, a leap day, the epoch and a date far ahead.
const INSTANTS = [
  "2026-03-29T00:59:00Z",
  "2026-03-29T01:00:00Z",
  "2026-03-29T01:01:00Z",
  "2026-10-25T00:59:00Z",
  "2026-10-25T01:00:00Z",
  "2026-03-08T06:59:00Z",
  "2026-03-08T07:00:00Z",
  "2026-11-01T05:59:00Z",
  "2026-11-01T06:00:00Z",
  "2026-04-04T15:59:00Z",
  "2026-04-04T16:00:00Z",
  "2026-12-31T23:30:00Z",
  "2027-01-01T00:30:00Z",
  "2028-02-29T12:00:00Z",
  "1970-01-01T00:00:00Z",
  "2099-06-30T18:45:00Z",
].map((iso) => new Date(iso));

const initialZone = process.env.TZ;
afterEach(() => {
  if (initialZone === undefined) delete process.env.TZ;
  else process.env.TZ = initialZone;
});

describe("localTime through the process's time zone", () => {
  it("gives what Intl.DateTimeFormat gives, on every canonical zone and instant", () => {
    const zones = Intl.supportedValuesOf("timeZone");
    expect(zones.length).toBeGreaterThan(300);
    const differ = zones.flatMap((zone) =>
      INSTANTS.filter((instant) => JSON.stringify(localTime(instant, zone)) !== JSON.stringify(viaFormatter(instant, zone))).map(
        (instant) => `${zone} ${instant.toISOString()}`,
      ),
    );
    expect(differ).toEqual([]);
    // Zones off the hour, and both ends of the offsets.
    const at = new Date("2026-12-01T08:30:00Z");
    expect(["Asia/Kolkata", "Asia/Kathmandu", "Pacific/Kiritimati", "Pacific/Pago_Pago"].map((zone) => localTime(at, zone).time)).toEqual([
      "14:00",
      "14:15",
      "22:30",
      "21:30",
    ]);
  });

  it("puts the process's time zone back, set or not", () => {
    const instant = new Date("2026-07-01T12:00:00Z");
    delete process.env.TZ;
    const offset = instant.getTimezoneOffset();
    expect(localTime(instant, "Asia/Tokyo").time).toBe("21:00");
    expect(process.env.TZ).toBeUndefined();
    expect(instant.getTimezoneOffset()).toBe(offset);
    process.env.TZ = "America/New_York";
    expect(localTime(instant, "Asia/Tokyo").time).toBe("21:00");
    expect(process.env.TZ).toBe("America/New_York");
    expect(instant.getTimezoneOffset()).toBe(240);
    expect(instant.getHours()).toBe(8);
  });

  it("reads aliases and other cases through Intl, and throws on an unknown zone", () => {
    const instant = new Date("2026-12-01T12:00:00Z");
    expect(localTime(instant, "US/Eastern")).toEqual(localTime(instant, "America/New_York"));
    expect(localTime(instant, "europe/berlin")).toEqual({ date: "2026-12-01", time: "13:00", weekday: "tue" });
    expect(() => localTime(instant, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("isTimeZone", () => {
  it("accepts canonical names, aliases and other cases, and nothing else", () => {
    expect(["Europe/Berlin", "UTC", "US/Eastern", "europe/berlin", "Etc/GMT+5"].map(isTimeZone)).toEqual([true, true, true, true, true]);
    expect(["Mars/Olympus_Mons", "Berlin", "", "Europe/Berlin "].map(isTimeZone)).toEqual([false, false, false, false]);
  });
});

describe("localTime in a worker thread", () => {
  it("gives the zone's time there too, where setting TZ changes nothing", async () => {
    // The worker runs the tsc build of this module (test/setup/build-dist.ts builds dist/ before the tests).
    const built = new URL("../../dist/config/local-time.js", import.meta.url).href;
    const worker = new Worker(
      `const { parentPort, workerData } = require("node:worker_threads");
       import(workerData).then(({ localTime }) => parentPort.postMessage(localTime(new Date("2026-07-01T12:00:00Z"), "Asia/Tokyo")));`,
      { eval: true, workerData: built },
    );
    const [answer] = await once(worker, "message");
    await worker.terminate();
    expect(answer).toEqual({ date: "2026-07-01", time: "21:00", weekday: "wed" });
  });
});
