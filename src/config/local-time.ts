/** Wall-clock time in an IANA time zone: shared by the publish-window checkpoint and the publishing run. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface LocalTime {
  date: string;
  /** "HH:MM", 24-hour. */
  time: string;
  weekday: Weekday;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
let zoneNames: ReadonlySet<string> | undefined;

/**
 * Whether `timeZone` is an IANA time zone: one of Intl's canonical names, or another name Intl.DateTimeFormat
 * accepts (an alias such as "US/Eastern", another case). Making a DateTimeFormat is the costly path (14 ms for
 * the first, most of it ICU's locale data), so the list of canonical names (2 ms) is asked first.
 */
export function isTimeZone(timeZone: string): boolean {
  if (canonicalZone(timeZone)) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function canonicalZone(timeZone: string): boolean {
  zoneNames ??= new Set(Intl.supportedValuesOf("timeZone"));
  return zoneNames.has(timeZone);
}

/** The wall-clock date, time and weekday of an instant in an IANA time zone (Intl only; throws RangeError on an unknown zone). */
export function localTime(instant: Date, timeZone: string): LocalTime {
  return canonicalZone(timeZone) && zoneFollowsTz() ? viaProcessZone(instant, timeZone) : viaFormatter(instant, timeZone);
}

let followsTz: boolean | undefined;

/**
 * Whether setting process.env.TZ changes Date's zone here: not in a worker thread, whose process.env is its own
 * copy. Tried once with two fixed zones, +14:00 and -12:00, which no host zone can be both of.
 */
function zoneFollowsTz(): boolean {
  followsTz ??= (() => {
    const instant = new Date(0);
    const offsets = ["Etc/GMT-14", "Etc/GMT+12"].map((zone) => withProcessZone(zone, () => instant.getTimezoneOffset()));
    return offsets[0] === -840 && offsets[1] === 720;
  })();
  return followsTz;
}

/** `read()` with process.env.TZ set to `timeZone`, put back (or removed again) before returning. */
function withProcessZone<T>(timeZone: string, read: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return read();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/**
 * The wall clock read through the process's own time zone, set to `timeZone` for the one synchronous read and
 * put back at once: Node applies a change of process.env.TZ to Date at once, and V8 reads the zone through
 * the same ICU time zone data as Intl, without the locale data a DateTimeFormat loads (0.2 ms against 14 ms for
 * a one-post check). Only for Intl's canonical names, which ICU resolves the same way from TZ (an unknown TZ
 * would silently be UTC), and where TZ takes effect. A test compares both ways on every canonical zone.
 */
function viaProcessZone(instant: Date, timeZone: string): LocalTime {
  const two = (n: number) => String(n).padStart(2, "0");
  return withProcessZone(timeZone, () => ({
    date: `${instant.getFullYear()}-${two(instant.getMonth() + 1)}-${two(instant.getDate())}`,
    time: `${two(instant.getHours())}:${two(instant.getMinutes())}`,
    weekday: WEEKDAYS[(instant.getDay() + 6) % 7] as Weekday,
  }));
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
      hourCycle: "h23",
    });
    formatters.set(timeZone, format);
  }
  return format;
}

/** The same through Intl.DateTimeFormat, which also takes aliases and names in other cases. */
export function viaFormatter(instant: Date, timeZone: string): LocalTime {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    weekday: String(parts.weekday).toLowerCase().slice(0, 3) as Weekday,
  };
}

/** "mon–fri" for a run of consecutive days, "mon, wed, fri" otherwise. */
export function describeDays(days: readonly string[]): string {
  const indexes = WEEKDAYS.flatMap((d, i) => (days.includes(d) ? [i] : []));
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  if (first !== undefined && last !== undefined && indexes.length > 2 && last - first === indexes.length - 1) {
    return `${WEEKDAYS[first]}–${WEEKDAYS[last]}`;
  }
  return indexes.map((i) => WEEKDAYS[i]).join(", ");
}
