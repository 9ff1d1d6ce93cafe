/**
 * The fake Mastodon's stored records and how they are rendered as Mastodon's documented REST entities
 * (docs.joinmastodon.org/entities: Account, CredentialAccount, Status, MediaAttachment, Instance v2), in snake_case
 * as the instance sends them; masto turns the keys into camelCase.
 */

export interface FakeAccount {
  id: string;
  username: string;
  token: string;
  createdAt: string;
  /** Accounts of other instances (reply targets found by search) have no token and a domain. */
  domain?: string;
}

export interface FakeMedia {
  id: string;
  accountId: string;
  fileName: string;
  mimeType: string;
  size: number;
  description: string | null;
  /** Polls of `GET /api/v1/media/:id` still answered 206 (processing) before the file is ready. */
  pollsLeft: number;
  statusId: string | null;
}

export interface FakeStatus {
  id: string;
  accountId: string;
  /** The plain text as sent (Mastodon keeps it as the status's source). */
  text: string;
  visibility: "public" | "unlisted" | "private" | "direct";
  language: string | null;
  inReplyToId: string | null;
  mediaIds: string[];
  createdAt: string;
  editedAt: string | null;
  /** For statuses of other instances: their own URL. */
  remoteUrl?: string;
}

export interface Renderer {
  origin: string;
  domain: string;
  account(id: string): FakeAccount;
  media(id: string): FakeMedia;
  status(id: string): FakeStatus | undefined;
}

export function accountEntity(r: Renderer, account: FakeAccount) {
  const local = account.domain === undefined;
  const url = local ? `${r.origin}/@${account.username}` : `https://${account.domain}/@${account.username}`;
  return {
    id: account.id,
    username: account.username,
    acct: local ? account.username : `${account.username}@${account.domain}`,
    url,
    uri: local ? `${r.origin}/users/${account.username}` : `https://${account.domain}/users/${account.username}`,
    display_name: account.username,
    note: "",
    avatar: `${r.origin}/avatars/original/missing.png`,
    avatar_static: `${r.origin}/avatars/original/missing.png`,
    header: `${r.origin}/headers/original/missing.png`,
    header_static: `${r.origin}/headers/original/missing.png`,
    locked: false,
    fields: [],
    emojis: [],
    bot: false,
    group: false,
    discoverable: true,
    indexable: true,
    created_at: account.createdAt,
    last_status_at: null,
    statuses_count: 0,
    followers_count: 0,
    following_count: 0,
    roles: [],
  };
}

export function credentialAccountEntity(r: Renderer, account: FakeAccount) {
  return {
    ...accountEntity(r, account),
    source: { privacy: "public", sensitive: false, language: "", note: "", fields: [], follow_requests_count: 0, indexable: true },
    role: { id: "-99", name: "", permissions: "0", color: "", highlighted: false },
  };
}

export function mediaEntity(r: Renderer, media: FakeMedia) {
  const ready = media.pollsLeft <= 0;
  const base = `${r.origin}/system/media_attachments/files/${media.id}`;
  return {
    id: media.id,
    type: media.mimeType.startsWith("image/") ? "image" : "unknown",
    url: ready ? `${base}/original/${media.fileName}` : null,
    preview_url: ready ? `${base}/small/${media.fileName}` : null,
    remote_url: null,
    preview_remote_url: null,
    text_url: null,
    meta: ready ? { original: { width: 1, height: 1, size: "1x1", aspect: 1 } } : null,
    description: media.description,
    blurhash: null,
  };
}

export function statusEntity(r: Renderer, status: FakeStatus, withSource = false) {
  const author = r.account(status.accountId);
  const parent = status.inReplyToId ? r.status(status.inReplyToId) : undefined;
  const local = status.remoteUrl === undefined;
  const url = local ? `${r.origin}/@${author.username}/${status.id}` : status.remoteUrl;
  return {
    id: status.id,
    uri: local ? `${r.origin}/users/${author.username}/statuses/${status.id}` : status.remoteUrl,
    url,
    created_at: status.createdAt,
    edited_at: status.editedAt,
    account: accountEntity(r, author),
    content: renderContent(r, status.text),
    visibility: status.visibility,
    sensitive: false,
    spoiler_text: "",
    media_attachments: status.mediaIds.map((id) => mediaEntity(r, r.media(id))),
    application: { name: "checkpost", website: null },
    mentions: [],
    tags: [],
    emojis: [],
    reblogs_count: 0,
    favourites_count: 0,
    replies_count: 0,
    quotes_count: 0,
    in_reply_to_id: status.inReplyToId,
    in_reply_to_account_id: parent ? parent.accountId : null,
    reblog: null,
    poll: null,
    card: null,
    language: status.language,
    // Mastodon sends the source text only when deleting ("delete and redraft"); lists carry HTML only.
    text: withSource ? status.text : null,
    favourited: false,
    reblogged: false,
    muted: false,
    bookmarked: false,
    pinned: false,
  };
}

export function instanceEntity(r: Renderer, maxCharacters: number) {
  return {
    domain: r.domain,
    title: "Fake Mastodon",
    version: "4.4.0",
    source_url: "https://github.com/mastodon/mastodon",
    description: "A loopback stand-in for tests.",
    usage: { users: { active_month: 1 } },
    thumbnail: { url: `${r.origin}/packs/media/images/preview.png` },
    languages: ["en"],
    configuration: {
      urls: { streaming: r.origin.replace(/^http/, "ws") },
      accounts: { max_featured_tags: 10, max_pinned_statuses: 5 },
      statuses: { max_characters: maxCharacters, max_media_attachments: 4, characters_reserved_per_url: 23 },
      media_attachments: {
        supported_mime_types: ["image/jpeg", "image/png", "image/gif", "image/webp"],
        description_limit: 1500,
        image_size_limit: 16777216,
        image_matrix_limit: 33177600,
        video_size_limit: 103809024,
        video_frame_rate_limit: 120,
        video_matrix_limit: 8294400,
      },
      polls: { max_options: 4, max_characters_per_option: 50, min_expiration: 300, max_expiration: 2629746 },
      translation: { enabled: false },
    },
    registrations: { enabled: false, approval_required: false, message: null },
    contact: { email: "admin@example.invalid", account: null },
    rules: [],
  };
}

const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g;

/**
 * Plain text as Mastodon's formatter renders it: escaped, paragraphs on blank lines, `<br />` for line breaks,
 * links split into invisible and visible spans, mentions as `@user` h-cards, hashtags as tag links.
 */
export function renderContent(r: Renderer, text: string): string {
  const paragraphs = text.trim().split(/\n{2,}/);
  return paragraphs
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split("\n")
          .map((line) => renderLine(r, line))
          .join("<br />")}</p>`,
    )
    .join("");
}

function renderLine(r: Renderer, line: string): string {
  let html = "";
  let last = 0;
  for (const match of line.matchAll(URL_PATTERN)) {
    html += renderWords(r, line.slice(last, match.index));
    html += renderLink(match[0]);
    last = match.index + match[0].length;
  }
  return html + renderWords(r, line.slice(last));
}

function renderLink(url: string): string {
  const prefix = /^https?:\/\/(?:www\.)?/.exec(url)?.[0] ?? "";
  const rest = url.slice(prefix.length);
  const shown = rest.slice(0, 30);
  const hidden = rest.slice(30);
  return (
    `<a href="${escapeHtml(url)}" target="_blank" rel="nofollow noopener" translate="no">` +
    `<span class="invisible">${escapeHtml(prefix)}</span><span class="${hidden ? "ellipsis" : ""}">${escapeHtml(shown)}</span>` +
    `<span class="invisible">${escapeHtml(hidden)}</span></a>`
  );
}

function renderWords(r: Renderer, text: string): string {
  return escapeHtml(text)
    .replace(
      /(^|[^\p{L}\p{N}_/])@([\p{L}\p{N}_]+)(?:@([\p{L}\p{N}.-]+\p{L}))?/gu,
      (_whole, before: string, user: string, domain: string | undefined) =>
        `${before}<span class="h-card" translate="no"><a href="${domain ? `https://${domain}` : r.origin}/@${user}" class="u-url mention">@<span>${user}</span></a></span>`,
    )
    .replace(
      /(^|[^\p{L}\p{N}_&])#([\p{L}\p{N}_]+)/gu,
      (_whole, before: string, tag: string) =>
        `${before}<a href="${r.origin}/tags/${tag.toLowerCase()}" class="mention hashtag" rel="tag">#<span>${tag}</span></a>`,
    );
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
