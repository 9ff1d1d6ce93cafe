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

/** The wall-clock date, time and weekday of an instant in an IANA time zone (Intl only; throws RangeError on an unknown zone). */
export function localTime(instant: Date, timeZone: string): LocalTime {
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
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
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
