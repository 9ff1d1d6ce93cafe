import { adapterOf } from "../channels/registry.js";
import { describeDays } from "../config/local-time.js";
import type { ResolvedChannel, ResolvedConfig } from "../config/types.js";
import type { ParsedPost } from "../post/parsed-post.js";
import type { ValidPost } from "../post/valid-post.js";
import { channelPreview } from "../pr/channel-preview.js";
import { windowState } from "../publish/window.js";
import type { Message, Severity } from "../types.js";
import { slug } from "./html.js";
import { type ChannelTextOf, type Place, placeFinding } from "./place-findings.js";
import { accountOf, foldOf, PLATFORMS, type PlatformLook } from "./platforms.js";
import type { TextMark } from "./rich-text.js";

/** A finding as the page lists it: numbered within its post, with where it is marked. */
export interface FindingView {
  n: number;
  id: string;
  severity: Severity;
  ruleId: string;
  line: number;
  column: number;
  message: string;
  /** Where on the page it is marked, for the list ("in acme-bluesky, acme-mastodon"; "on image 1's alt text"). */
  markedAt: string;
}

export interface CardView {
  channelId: string;
  type: string;
  look: PlatformLook;
  account: { name: string; handle: string };
  /** Exactly what the channel publishes: the channel adapter's text. */
  text: string;
  fromVariant: boolean;
  length: number;
  limit: number | undefined;
  unit: string;
  /** Where the platform's feed cuts the text ("…see more"); undefined when it shows it all. */
  fold: number | undefined;
  marks: TextMark[];
}

export interface MediaView {
  file: string;
  alt: string;
  /** A data: URL of the image; undefined for a video or a file that could not be read (`problem` says which). */
  src?: string;
  problem?: string;
  marks: FindingView[];
}

export interface FactView {
  claim: string;
  source: string;
  providedBy: string;
  note?: string;
  marks: FindingView[];
}

export interface ScheduleView {
  /** "Wed 1 Dec 2027, 09:30 CET" in the client's time zone (UTC when the client has no window). */
  local: string;
  timeZone: string;
  /** Undefined when the client has no publishing window. */
  window?: { inside: boolean; description: string };
  marks: FindingView[];
}

export interface PostView {
  id: string;
  path: string;
  title: string;
  client?: { id: string; name: string };
  author?: string;
  /** Undefined: published on merge (or the front-matter is not valid). */
  schedule?: ScheduleView;
  /** The post this one answers (`reply_to`). */
  replyTo?: string;
  facts: FactView[];
  media: MediaView[];
  cards: CardView[];
  findings: FindingView[];
  /** False when the front-matter is not valid or its client unknown: only the findings can be shown. */
  valid: boolean;
}

/** A post's id on the page, from its path; it starts with a letter, so that it is a valid CSS selector too. */
export function postId(path: string, n = 1): string {
  return `post-${slug(path)}${n > 1 ? `-${n}` : ""}`;
}

/** A media file as the command read it: a data: URL, or why there is none. */
export type MediaSource = { src: string } | { problem: string };

/**
 * One post's view on the page, from the post, its findings (the check run's) and its media files. Pure: the
 * caller reads the files; the same inputs give the same view.
 */
export function postView(input: {
  path: string;
  /** The post's id on the page; by default from its path (the caller makes it unique when two paths read alike). */
  id?: string;
  post: ParsedPost | undefined;
  messages: readonly Message[];
  config: ResolvedConfig;
  media: (file: string) => MediaSource;
}): PostView {
  const { post, config } = input;
  const id = input.id ?? postId(input.path);
  const findings: FindingView[] = input.messages.map((m, i) => ({
    n: i + 1,
    id: `${id}-f${i + 1}`,
    severity: m.severity,
    ruleId: m.ruleId,
    line: m.line,
    column: m.column,
    message: m.message,
    markedAt: "",
  }));
  const client = post?.data ? config.clients.get(post.data.client) : undefined;
  const base = { id, path: input.path, title: post?.data?.title ?? input.path, findings };
  if (!post?.data || !client) {
    for (const f of findings) f.markedAt = `line ${f.line}`;
    return { ...base, facts: [], media: [], cards: [], valid: false };
  }
  const valid = post as ValidPost;
  const channels = valid.data.channels.flatMap((id) => {
    const channel = client.channels.get(id);
    return channel ? [channel] : [];
  });
  const texts: ChannelTextOf[] = channels.map((channel) => ({ channelId: channel.id, ...adapterOf(channel).text(valid, channel.id) }));
  const places = input.messages.map((m) => placeFinding(valid, m, texts));

  const cards: CardView[] = channels.map((channel) => {
    const preview = channelPreview(valid, channel);
    const look = PLATFORMS[channel.settings.type];
    const marks: TextMark[] = [];
    for (const [i, place] of places.entries()) {
      const range = place.kind === "text" ? place.ranges.get(channel.id) : undefined;
      const f = findings[i] as FindingView;
      if (!range) continue;
      // Too long: the place is the part past the limit, what the platform would refuse or cut.
      const over = f.ruleId === "length" && preview.limit !== undefined && preview.length > preview.limit;
      const at = over
        ? { start: overflowStart(preview.text, (t) => measureOf(channel, t), preview.limit as number), end: preview.text.length }
        : range;
      marks.push({ ...at, n: f.n, severity: f.severity, ref: f.id, message: f.message });
    }
    return {
      channelId: channel.id,
      type: channel.settings.type,
      look,
      account: accountOf(channel, client),
      text: preview.text,
      fromVariant: preview.fromVariant,
      length: preview.length,
      limit: preview.limit,
      unit: preview.unit,
      fold: foldOf(preview.text, look),
      marks,
    };
  });
  const marksAt = (match: (p: Place) => boolean) => findings.filter((_f, i) => match(places[i] as Place));
  for (const [i, place] of places.entries()) (findings[i] as FindingView).markedAt = describePlace(place, valid.data.channels);

  const data = valid.data;
  return {
    ...base,
    client: { id: client.id, name: client.name },
    ...(data.author ? { author: data.author } : {}),
    ...(data.reply_to ? { replyTo: data.reply_to } : {}),
    ...(data.publish_at
      ? {
          schedule: scheduleOf(
            data.publish_at,
            client.publishWindow,
            marksAt((p) => p.kind === "schedule"),
          ),
        }
      : {}),
    facts: (data.facts ?? []).map((fact, index) => ({
      claim: fact.claim,
      source: fact.source,
      providedBy: fact.provided_by,
      ...(fact.note ? { note: fact.note } : {}),
      marks: marksAt((p) => p.kind === "fact" && p.index === index),
    })),
    media: (data.media ?? []).map((item, index) => ({
      file: item.file,
      alt: item.alt ?? "",
      ...input.media(item.file),
      marks: marksAt((p) => p.kind === "alt" && p.index === index),
    })),
    cards,
    valid: true,
  };
}

/** The headline count of a text on a channel, as the length check counts it. */
function measureOf(channel: ResolvedChannel, text: string): number {
  return adapterOf(channel).measure(channel, text)[0]?.count ?? 0;
}

/** The first index of `text` whose prefix up to it is over `limit`, by bisection (counts grow with the prefix). */
function overflowStart(text: string, count: (prefix: string) => number, limit: number): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (count(text.slice(0, mid)) <= limit) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function describePlace(place: Place, order: readonly string[]): string {
  switch (place.kind) {
    case "text":
      return `marked in ${order.filter((id) => place.ranges.has(id)).join(", ")}`;
    case "alt":
      return `marked on image ${place.index + 1}`;
    case "fact":
      return `marked on fact ${place.index + 1}`;
    case "schedule":
      return "marked on the schedule";
    case "post":
      return "about the post";
  }
}

const ZONED: Intl.DateTimeFormatOptions = {
  weekday: "short",
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZoneName: "short",
};

/** The schedule in the client's time zone and whether it falls inside the client's publishing window. */
function scheduleOf(publishAt: string, window: Parameters<typeof windowState>[0] | undefined, marks: FindingView[]): ScheduleView {
  const instant = new Date(publishAt);
  const timeZone = window?.timezone ?? "UTC";
  let local: string;
  try {
    local = Number.isNaN(instant.getTime()) ? publishAt : new Intl.DateTimeFormat("en-GB", { ...ZONED, timeZone }).format(instant);
  } catch {
    // An unknown zone is the publish-window check's finding; the page still shows the time as written.
    return { local: publishAt, timeZone, marks };
  }
  if (!window || Number.isNaN(instant.getTime())) return { local, timeZone, marks };
  const description = `${describeDays(window.days)} ${window.start}–${window.end} ${window.timezone}`;
  return { local, timeZone, window: { inside: windowState(window, instant).inside, description }, marks };
}
