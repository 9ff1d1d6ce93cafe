/**
 * Publishing to a Discord channel through an incoming webhook (Discord's webhook resource: Execute, Get,
 * Edit and Delete Webhook Message), with plain `fetch`.
 *
 * The webhook URL is the only credential and the only address: it comes from the environment variable the
 * channel's `secret_env` names, and no message, error or returned value ever contains it (nor its token).
 *
 * Discord offers no way to ask whether an interrupted create happened (no listing, no nonce for webhooks),
 * so the message id returned by `?wait=true` is the only handle for a later edit or takedown, and a create
 * that ended in a 5xx or a timeout is "unknown" for a person to resolve.
 */
import { createHash } from "node:crypto";
import type { DiscordChannel } from "../../generated/config.js";
import { type CallResult, createCaller, parseJson, randomKey, requireSecret, secretUrl } from "../http-call.js";
import {
  type AccountCheck,
  type ChannelPublisher,
  type Publication,
  PublishError,
  type PublisherOptions,
  type PublishInput,
  type PublishMedia,
  type RemoveResult,
} from "../publisher.js";

/** Discord's documented limits for a webhook message. */
const DISCORD_LIMITS = { content: 2000, files: 10, description: 1024 } as const;

/** Discord's JSON error codes this publisher tells apart. */
const UNKNOWN_MESSAGE = 10008;
const UNKNOWN_WEBHOOK = 10015;

/** `/api/webhooks/{id}/{token}`, with an optional API version, as Discord shows a webhook's URL. */
const WEBHOOK_PATH = /^(\/api(?:\/v\d+)?\/webhooks\/(\d{1,20})\/[A-Za-z0-9_.-]+)\/?$/;
const SNOWFLAKE = /^\d{1,20}$/;

interface Webhook {
  id: string;
  /** The execute URL without `wait`; its query (e.g. `thread_id`) is kept for every call. */
  url: URL;
}

interface WebhookInfo {
  guildId?: string;
  channelId?: string;
  name?: string;
}

interface DiscordMessage {
  id: string;
  channel_id?: string;
  guild_id?: string;
  attachments?: { id: string }[];
}

export function createDiscordPublisher(settings: DiscordChannel, options: PublisherOptions): ChannelPublisher {
  const variable = settings.secret_env;
  const label = `Discord channel${settings.name ? ` ${settings.name}` : ""}`;
  let secretValue: string | undefined;
  const caller = createCaller(options, () => (secretValue ? [secretValue] : []));
  /** What the webhook GET said, so a publication's link needs no second request. */
  let info: WebhookInfo | undefined;

  function webhook(): Webhook {
    const value = requireSecret(options.secrets, variable, `${label}: the webhook URL`);
    secretValue = value;
    const url = secretUrl(value, variable, `${label}: the webhook URL`);
    const match = WEBHOOK_PATH.exec(url.pathname);
    if (!match?.[1] || !match[2]) {
      throw new PublishError(
        `${label}: the URL in ${variable} is not a Discord webhook URL (expected https://discord.com/api/webhooks/<id>/<token>).`,
        "refused",
      );
    }
    url.pathname = match[1];
    url.searchParams.delete("wait");
    return { id: match[2], url };
  }

  function endpoint(hook: Webhook, suffix = "", query: Record<string, string> = {}): string {
    const url = new URL(hook.url);
    url.pathname += suffix;
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    return url.toString();
  }

  /** GET the webhook: who it belongs to. Undefined when Discord says the webhook does not exist. */
  async function fetchInfo(hook: Webhook): Promise<{ info?: WebhookInfo; refusal?: string }> {
    // Get Webhook takes no thread_id: ask about the webhook itself.
    const url = new URL(hook.url);
    url.search = "";
    const result = await caller.call(url.toString(), { method: "GET" }, `${label}: reading the webhook`);
    const body = parseJson(result.text) as Record<string, unknown> | undefined;
    if (result.status === 401 || result.status === 404) return { refusal: caller.scrub(`no webhook: ${discordSays(result, body)}`) };
    if (result.status !== 200 || !body) throw failure(result, body, `${label}: reading the webhook`, false);
    info = {
      guildId: typeof body.guild_id === "string" ? body.guild_id : undefined,
      channelId: typeof body.channel_id === "string" ? body.channel_id : undefined,
      name: typeof body.name === "string" ? body.name : undefined,
    };
    return { info };
  }

  function publication(hook: Webhook, message: DiscordMessage, media: PublishMedia[]): Publication {
    const guildId = message.guild_id ?? info?.guildId;
    const channelId = message.channel_id ?? info?.channelId;
    const refs: Record<string, string> = { webhook_id: hook.id, media_digest: mediaDigest(media) };
    if (channelId) refs.channel_id = channelId;
    if (guildId) refs.guild_id = guildId;
    const attachments = (message.attachments ?? []).map((a) => a.id).filter((id) => typeof id === "string");
    if (attachments.length > 0) refs.attachment_ids = attachments.join(",");
    const url = guildId && channelId ? `https://discord.com/channels/${guildId}/${channelId}/${message.id}` : message.id;
    return { id: message.id, url, refs };
  }

  function messageId(publication: Publication, hook: Webhook, what: string): string {
    if (!SNOWFLAKE.test(publication.id)) throw new PublishError(`${what}: "${publication.id}" is not a Discord message id.`, "refused");
    const from = publication.refs?.webhook_id;
    if (from && from !== hook.id) {
      // Another webhook cannot touch this message, and Discord would answer "Unknown Message": never read that as gone.
      throw new PublishError(
        `${what}: the message was posted by webhook ${from}, but ${variable} now holds webhook ${hook.id}, which cannot change it; restore that webhook's URL or change the message by hand in Discord.`,
        "refused",
      );
    }
    return publication.id;
  }

  return {
    newClaim(now) {
      return { key: randomKey(options.random), at: now.toISOString() };
    },

    async verifyAccount(): Promise<AccountCheck> {
      const hook = webhook();
      const pins = [settings.guild_id && `server ${settings.guild_id}`, settings.channel_id && `channel ${settings.channel_id}`].filter(
        Boolean,
      );
      const expected =
        pins.length > 0 ? pins.join(", ") : "any server and channel (not pinned: set guild_id or channel_id in checkpost.yml to pin it)";
      const found = await fetchInfo(hook);
      if (!found.info) return { ok: false, expected, actual: found.refusal ?? "no webhook" };
      const actual = `webhook${found.info.name ? ` "${found.info.name}"` : ""} ${hook.id} in server ${found.info.guildId ?? "(none)"}, channel ${found.info.channelId ?? "(none)"}`;
      const ok =
        (!settings.guild_id || settings.guild_id === found.info.guildId) &&
        (!settings.channel_id || settings.channel_id === found.info.channelId);
      return { ok, expected, actual };
    },

    async publish(input) {
      const hook = webhook();
      const what = `${label}: posting ${input.postPath}`;
      checkMessage(input, what);
      const payload = { content: input.text, allowed_mentions: allowedMentions(settings.allow_mentions === true) };
      const result = await caller.call(endpoint(hook, "", { wait: "true" }), { method: "POST", ...body(payload, input.media) }, what);
      const message = parseJson(result.text) as DiscordMessage | undefined;
      if (result.status === 200 && message && typeof message.id === "string" && SNOWFLAKE.test(message.id)) {
        if (!message.guild_id && !info) await fetchInfo(hook).catch(() => undefined);
        return publication(hook, message, input.media);
      }
      if (result.status >= 200 && result.status < 300) {
        // Created, but without the id a takedown needs: only a person can find the message.
        throw new PublishError(
          `${what}: Discord answered ${result.status} without a message id; the message was probably posted; a person must check the channel.`,
          "unknown",
          result.status,
        );
      }
      throw failure(result, message, what, true);
    },

    async resolve() {
      return { state: "unknown", reason: "Discord webhooks cannot list messages: a person must check the channel and resolve it" };
    },

    async remove(published): Promise<RemoveResult> {
      const hook = webhook();
      const what = `${label}: deleting message ${published.id}`;
      const id = messageId(published, hook, what);
      const result = await caller.call(endpoint(hook, `/messages/${id}`), { method: "DELETE" }, what);
      if (result.status === 204 || result.status === 200) return "removed";
      const body = parseJson(result.text);
      if (result.status === 404 && errorCode(body) === UNKNOWN_MESSAGE) return "already-gone";
      if (result.status === 404 && errorCode(body) === UNKNOWN_WEBHOOK) {
        throw new PublishError(
          `${what}: the webhook in ${variable} no longer exists, so the message (if still there) must be deleted by hand in Discord.`,
          "refused",
          404,
        );
      }
      throw failure(result, body, what, true);
    },

    async edit(published, input) {
      const hook = webhook();
      const what = `${label}: editing message ${published.id}`;
      const id = messageId(published, hook, what);
      checkMessage(input, what);
      const payload: Record<string, unknown> = {
        content: input.text,
        allowed_mentions: allowedMentions(settings.allow_mentions === true),
      };
      // Discord keeps a message's attachments unless `attachments` is sent: send it only when the media changed.
      const mediaChanged = published.refs?.media_digest !== mediaDigest(input.media);
      const request = mediaChanged ? body(payload, input.media, true) : body(payload, []);
      const result = await caller.call(endpoint(hook, `/messages/${id}`), { method: "PATCH", ...request }, what);
      const message = parseJson(result.text) as DiscordMessage | undefined;
      if (result.status === 200 && message && message.id === id) return publication(hook, message, input.media);
      if (result.status === 404 && errorCode(message) === UNKNOWN_MESSAGE) {
        throw new PublishError(`${what}: Discord no longer has this message (deleted in the channel?).`, "refused", 404);
      }
      throw failure(result, message, what, true);
    },
  };

  /** Any unexpected answer, in Discord's own words. */
  function failure(result: CallResult, body: unknown, what: string, write: boolean): PublishError {
    return caller.failure(result, body, what, discordSays(result, body), write, "the Discord channel");
  }
}

/** `parse: []` lets a post show @everyone, roles and users without notifying anyone (Discord's allowed mentions object). */
function allowedMentions(allow: boolean): { parse: ("users" | "roles" | "everyone")[] } {
  return { parse: allow ? ["users", "roles", "everyone"] : [] };
}

/** Refuse before sending what Discord would refuse: nothing is created, and the message says what to change. */
function checkMessage(input: PublishInput, what: string): void {
  const length = [...input.text].length;
  if (length > DISCORD_LIMITS.content) {
    throw new PublishError(
      `${what}: the text is ${length} characters; a Discord message takes at most ${DISCORD_LIMITS.content}.`,
      "refused",
    );
  }
  if (input.media.length > DISCORD_LIMITS.files) {
    throw new PublishError(`${what}: ${input.media.length} files; a Discord message takes at most ${DISCORD_LIMITS.files}.`, "refused");
  }
  if (length === 0 && input.media.length === 0) throw new PublishError(`${what}: the message has neither text nor media.`, "refused");
  for (const media of input.media) {
    const alt = [...media.alt].length;
    if (alt > DISCORD_LIMITS.description) {
      throw new PublishError(
        `${what}: the alt text of ${media.path} is ${alt} characters; Discord keeps at most ${DISCORD_LIMITS.description} per attachment.`,
        "refused",
      );
    }
  }
}

/**
 * The request body: JSON without files; with files, multipart `payload_json` + `files[n]`, each described by
 * `attachments[n]` (id n, filename, description = alt text). `replaceAttachments` sends the list even when
 * empty, which removes the old ones on an edit.
 */
function body(
  payload: Record<string, unknown>,
  media: PublishMedia[],
  replaceAttachments = false,
): { headers?: Record<string, string>; body: string | FormData } {
  if (media.length === 0) {
    const json = replaceAttachments ? { ...payload, attachments: [] } : payload;
    return { headers: { "Content-Type": "application/json" }, body: JSON.stringify(json) };
  }
  const names = media.map((m, n) => fileName(m.path, n));
  const attachments = media.map((m, n) => ({ id: n, filename: names[n], description: m.alt }));
  const form = new FormData();
  form.set("payload_json", JSON.stringify({ ...payload, attachments }));
  media.forEach((m, n) => {
    form.set(`files[${n}]`, new Blob([m.bytes], { type: m.mimeType }), names[n]);
  });
  return { body: form };
}

/** The file's own name, reduced to characters Discord keeps in attachment URLs. */
function fileName(path: string, n: number): string {
  const base = path.split("/").pop() ?? "";
  const safe = base.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^[._]+/, "");
  return safe || `image-${n + 1}`;
}

/** A fingerprint of the media as published (bytes, type and alt text), so an edit re-uploads only when they changed. */
function mediaDigest(media: PublishMedia[]): string {
  const hash = createHash("sha256");
  for (const m of media) {
    hash.update(m.mimeType).update("\0").update(m.alt).update("\0");
    hash.update(createHash("sha256").update(m.bytes).digest("hex")).update("\n");
  }
  return hash.digest("hex");
}

function errorCode(body: unknown): number | undefined {
  return body && typeof body === "object" && typeof (body as { code?: unknown }).code === "number"
    ? (body as { code: number }).code
    : undefined;
}

/** "Discord answered 400 Invalid Form Body (code 50035): {...}", from Discord's JSON error object when there is one. */
function discordSays(result: CallResult, body: unknown): string {
  const error = body && typeof body === "object" ? (body as { message?: unknown; code?: unknown; errors?: unknown }) : undefined;
  const message = typeof error?.message === "string" ? ` ${error.message}` : "";
  const code = typeof error?.code === "number" ? ` (code ${error.code})` : "";
  const details = error?.errors ? `: ${JSON.stringify(error.errors).slice(0, 400)}` : "";
  return `Discord answered ${result.status}${message}${code}${details}`;
}
