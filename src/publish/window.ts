/**
 * Is a client's publishing window open now, and if not, when does it open? Pure Intl arithmetic in the
 * window's IANA time zone, so that DST changes move the opening with the wall clock. "Inside" means exactly
 * what the publish-window checkpoint checks: a listed weekday and start ≤ local time < end.
 */
import { localTime, WEEKDAYS } from "../config/local-time.js";
import type { PublishWindow } from "../generated/config.js";

export type WindowState = { inside: true } | { inside: false; opensAt?: Date };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** Local wall-clock fields read as if they were UTC: the difference to the instant is the zone's offset. */
function wallAsUtc(instant: Date, timeZone: string): number {
  const local = localTime(instant, timeZone);
  const [y, m, d] = local.date.split("-").map(Number);
  const [hh, mm] = local.time.split(":").map(Number);
  return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
}

/**
 * The first instant at which the local clock in `timeZone` reads `date` `time` (a time skipped by a DST
 * change: the end of the gap, when the window is first open).
 */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wall = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  // The offsets in force a day either side cover both sides of any DST change near this time.
  const offsets = [wall - DAY, wall + DAY].map((t) => wallAsUtc(new Date(t), timeZone) - Math.floor(t / MINUTE) * MINUTE);
  const matches = offsets.map((o) => wall - o).filter((t) => wallAsUtc(new Date(t), timeZone) === wall);
  if (matches.length > 0) return new Date(Math.min(...matches));
  // In a gap (spring forward) the wall time does not exist: the first instant whose wall clock has passed
  // it is the end of the gap, found by bisecting minutes between the two offsets' readings.
  let lo = wall - Math.max(...offsets);
  let hi = wall - Math.min(...offsets);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
    if (wallAsUtc(new Date(mid), timeZone) >= wall) hi = mid;
    else lo = mid;
  }
  return new Date(hi);
}

function addDays(date: string, days: number): { date: string; weekday: (typeof WEEKDAYS)[number] } {
  const [y, m, d] = date.split("-").map(Number);
  const t = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + days));
  // getUTCDay: 0 = Sunday; WEEKDAYS starts on Monday.
  return { date: t.toISOString().slice(0, 10), weekday: WEEKDAYS[(t.getUTCDay() + 6) % 7] ?? "mon" };
}

/** Whether `now` is inside the window, or when it next opens (undefined: it never does, e.g. start ≥ end). */
export function windowState(window: Required<PublishWindow>, now: Date): WindowState {
  const local = localTime(now, window.timezone);
  if (window.days.includes(local.weekday) && local.time >= window.start && local.time < window.end) return { inside: true };
  if (window.start >= window.end) return { inside: false };
  for (let k = 0; k <= 7; k++) {
    const day = addDays(local.date, k);
    if (!window.days.includes(day.weekday)) continue;
    const opens = zonedInstant(day.date, window.start, window.timezone);
    if (opens.getTime() > now.getTime()) return { inside: false, opensAt: opens };
  }
  return { inside: false };
}
