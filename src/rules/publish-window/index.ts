import { describeDays, localTime } from "../../config/local-time.js";
import type { Rule, RuleMessage } from "../types.js";

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Someone must be on duty to correct a post when it goes out: publish_at inside the client's window, and
 * not in the past. A past time is an error where a post is proposed (the Action checks the changed posts
 * with `past: error`) but a warning by default: a whole-repository check also reads posts that were
 * scheduled, and published, long ago.
 */
export const publishWindowRule: Rule = {
  id: "publish-window",
  description:
    "publish_at falls inside the client's publishing window, in the client's time zone, and is not in the past (option past: error|warning).",
  defaultSeverity: "error",
  check(post, { client, now, options }) {
    const publishAt = post.data.publish_at;
    if (!publishAt) return [];
    const at = post.spanOf(["publish_at"]);
    const instant = new Date(publishAt);
    if (Number.isNaN(instant.getTime()))
      return [{ ...at, message: `publish_at: "${publishAt}" is not a date-time; expected e.g. 2026-12-01T09:30:00+01:00` }];
    const messages: RuleMessage[] = [];
    if (instant.getTime() < now.getTime()) {
      messages.push({
        ...at,
        severity: options.past === "error" ? "error" : "warning",
        message: `publish_at ${publishAt} is in the past (checked at ${now.toISOString()}); pick a future time or remove publish_at to publish on merge`,
      });
    }
    const window = client.publishWindow;
    if (!window) return messages;
    let local: ReturnType<typeof localTime>;
    try {
      local = localTime(instant, window.timezone);
    } catch {
      return [
        ...messages,
        {
          ...at,
          message: `the publishing window of ${client.id} has time zone "${window.timezone}", which is not an IANA time zone (e.g. Europe/Berlin)`,
        },
      ];
    }
    const inside = window.days.includes(local.weekday) && local.time >= window.start && local.time < window.end;
    if (!inside) {
      messages.push({
        ...at,
        message: `publish_at ${local.date} ${local.time} ${window.timezone} (${capitalize(local.weekday)}) is outside ${client.id}'s publishing window (${describeDays(window.days)} ${window.start}–${window.end} ${window.timezone})`,
      });
    }
    return messages;
  },
};
