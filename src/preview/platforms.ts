import type { ChannelType, ResolvedChannel, ResolvedClient } from "../config/types.js";

/** How a platform shows a post in its feed: what the preview imitates for each channel type. */
export interface PlatformLook {
  label: string;
  /**
   * Which social tokens the platform turns into links (Discord links only URLs; a webhook's reader gets plain text).
   * `mention: "handle"`: only a mention that is a whole handle with a domain (Bluesky's @name.bsky.social).
   */
  links: { url: boolean; hashtag: boolean; mention: boolean | "handle" };
  /**
   * Where the feed cuts a long post behind a "see more" link: after `chars` characters or `lines` lines,
   * whichever comes first. Absent: the feed shows the whole post.
   */
  fold?: { chars: number; lines: number; label: string };
  /** Mastodon hides a link's scheme and shows at most 30 characters of the rest, then "…". */
  shortUrls?: number;
  /** Mastodon shows a mention of `@user@instance` as `@user`. */
  shortMentions?: boolean;
  /** At most this many images side by side in the feed's grid; more are behind "+N". */
  grid: number;
}

/**
 * The feeds as of 2026: LinkedIn shows about three lines or 210 characters before "…see more" (its mobile feed,
 * where most read it); Bluesky, Mastodon and Discord show a whole post; Mastodon shortens link text to 30
 * characters and a mention to `@user`; a multi-image LinkedIn post shows four and "+N". Bluesky links a mention only when it names a
 * handle (a domain name), as its app's facet detection does; LinkedIn links only the mentions its API sends as
 * such (`@[Name](urn)`), which a post's plain text never is.
 */
export const PLATFORMS: Readonly<Record<ChannelType, PlatformLook>> = {
  bluesky: { label: "Bluesky", links: { url: true, hashtag: true, mention: "handle" }, grid: 4 },
  mastodon: { label: "Mastodon", links: { url: true, hashtag: true, mention: true }, shortUrls: 30, shortMentions: true, grid: 4 },
  linkedin: {
    label: "LinkedIn",
    links: { url: true, hashtag: true, mention: false },
    fold: { chars: 210, lines: 3, label: "…see more" },
    grid: 4,
  },
  discord: { label: "Discord", links: { url: true, hashtag: false, mention: false }, grid: 10 },
  webhook: { label: "Webhook", links: { url: false, hashtag: false, mention: false }, grid: 10 },
  x: { label: "X", links: { url: true, hashtag: true, mention: true }, grid: 4 },
};

/** The account a channel posts as, the way its platform shows it: a display name and a handle. */
export function accountOf(channel: ResolvedChannel, client: ResolvedClient): { name: string; handle: string } {
  const s = channel.settings;
  const name = s.name ?? client.name;
  switch (s.type) {
    case "bluesky":
      return { name, handle: `@${s.handle.replace(/^@/, "")}` };
    case "x":
      return { name, handle: `@${s.handle.replace(/^@/, "")}` };
    case "mastodon":
      return { name, handle: `${s.account.startsWith("@") ? s.account : `@${s.account}`}@${hostOf(s.instance)}` };
    case "linkedin":
      return { name: client.name, handle: s.author };
    case "discord":
      return { name: client.name, handle: s.name ?? "Discord webhook" };
    case "webhook":
      return { name: client.name, handle: s.name ?? channel.id };
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Where the platform's feed cuts `text` (an index into it), or undefined when it shows it all. The cut falls on the
 * last space before the limit, as the feeds cut between words.
 */
export function foldOf(text: string, look: PlatformLook): number | undefined {
  const fold = look.fold;
  if (!fold) return undefined;
  let cut = text.length;
  let lines = 1;
  for (let i = 0; i < text.length && i < cut; i++) {
    if (text[i] === "\n" && ++lines > fold.lines) cut = i;
  }
  // Characters are counted as a reader sees them: code points, not UTF-16 units.
  const chars = [...text];
  if (chars.length > fold.chars) {
    const limit = chars.slice(0, fold.chars).join("").length;
    if (limit < cut) {
      const space = text.lastIndexOf(" ", limit);
      cut = space > limit / 2 ? space : limit;
    }
  }
  return cut < text.trimEnd().length ? cut : undefined;
}
