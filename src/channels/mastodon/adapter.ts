import { images, MB } from "../../media/limits.js";
import { channelText } from "../../post/post-segments.js";
import { countGraphemes } from "../../text/count.js";
import { trimUrl, URL_RE } from "../../text/tokens.js";
import type { ChannelAdapter } from "../types.js";

const MASTODON_URL_LENGTH = 23;
const REMOTE_MENTION_RE = /(?<![\p{L}\p{N}_@./])(@[A-Za-z0-9_]+)@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;

const MASTODON_URL = "x".repeat(MASTODON_URL_LENGTH);

/**
 * Mastodon's StatusLengthValidator: every URL counts 23, `@user@domain` counts as `@user`, then graphemes.
 * Only the URL itself counts 23: the punctuation after it ("…/x.") is text, as Mastodon's URL match leaves it out.
 */
export function countMastodon(text: string): number {
  const countable = text.replace(URL_RE, (match) => MASTODON_URL + match.slice(trimUrl(match).length)).replace(REMOTE_MENTION_RE, "$1");
  return countGraphemes(countable);
}

export const mastodonAdapter: ChannelAdapter = {
  type: "mastodon",
  measure(channel, text) {
    const settings = channel.settings;
    const max = settings.type === "mastodon" ? settings.max_characters : undefined;
    return [{ count: countMastodon(text), max: max ?? 500, unit: "characters (URLs count 23)" }];
  },
  // Mastodon defaults: 4 attachments, images 16 MB, video 99 MB, description 1500 characters. The server
  // refuses a video beside images ("Cannot attach a video to a post that already contains images") and a
  // second video; an animated GIF is an image here (Mastodon turns it into a gifv, which may sit with images).
  media: {
    maxCount: 4,
    video: "alone",
    types: { ...images(16 * MB, "png", "jpg", "jpeg", "webp", "gif"), mp4: 99 * MB, mov: 99 * MB },
    altMax: 1500,
    altUnit: "characters",
  },
  text: channelText,
};
