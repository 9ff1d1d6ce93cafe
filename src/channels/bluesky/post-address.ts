/**
 * The two ways a Bluesky post is named: its at:// URI (`at://<did or handle>/app.bsky.feed.post/<rkey>`),
 * which the protocol uses, and its web address on bsky.app (`https://bsky.app/profile/<handle or did>/post/<rkey>`),
 * which people paste into `reply_to`.
 */

export const POST_COLLECTION = "app.bsky.feed.post";

export interface PostAddress {
  /** A DID or a handle. */
  repo: string;
  collection: string;
  rkey: string;
}

const AT_URI = /^at:\/\/([^/?#]+)\/([^/?#]+)\/([^/?#]+)$/;
const WEB_URL = /^https:\/\/(?:www\.)?bsky\.app\/profile\/([^/?#]+)\/post\/([^/?#]+)\/?(?:[?#].*)?$/;

/** The repository, collection and key a post URI or bsky.app URL names; undefined when it names no post. */
export function parsePostAddress(text: string): PostAddress | undefined {
  const at = AT_URI.exec(text.trim());
  if (at) return { repo: decodeURIComponent(at[1] ?? ""), collection: at[2] ?? "", rkey: at[3] ?? "" };
  const web = WEB_URL.exec(text.trim());
  if (web) return { repo: decodeURIComponent(web[1] ?? ""), collection: POST_COLLECTION, rkey: web[2] ?? "" };
  return undefined;
}

export function publicPostUrl(handle: string, rkey: string): string {
  return `https://bsky.app/profile/${handle}/post/${rkey}`;
}
