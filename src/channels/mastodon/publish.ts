/**
 * Publishing to a Mastodon account through `masto` 7 (the REST client the project pins: masto 8 needs Node 22).
 *
 * Exactly once rests on Mastodon's `Idempotency-Key`: the key is chosen at claim time (`newClaim`) and sent
 * with the create; the instance remembers it for an hour and answers a repeated create with the status it
 * already made. A create that failed with a 5xx, a timeout or a proxy's HTML page is never repeated here
 * (`PublishError` "unknown"); `resolve` looks for the status among the account's own recent statuses, which
 * works after the key is forgotten too, and says "absent" only when the status is not there: publishing again
 * with the same claim is then safe, and within the hour the key also covers a create that lands late.
 *
 * masto 7 calls the global `fetch` and takes no `fetch` option, so `PublisherOptions.fetch` is not used here;
 * its `timeout` option bounds every request.
 */
import { randomUUID } from "node:crypto";
import { createRestAPIClient, MastoHttpError, type mastodon } from "masto";
import type { MastodonChannel } from "../../generated/config.js";
import {
  type AccountCheck,
  type ChannelPublisher,
  type Claim,
  type Publication,
  PublishError,
  type PublisherOptions,
  type PublishInput,
  type PublishMedia,
  type RemoveResult,
  type Resolution,
} from "../publisher.js";
import { type CallContext, publishErrorOf } from "./publish-errors.js";
import { sameStatusText, statusPlainText } from "./status-text.js";

const DEFAULT_TIMEOUT_MS = 30_000;
/** Mastodon attaches at most 4 media to a status and keeps descriptions up to 1,500 characters. */
const MAX_MEDIA = 4;
const MAX_DESCRIPTION = 1500;
/**
 * A status created this long before the claim still counts: the instance's clock and ours may differ, and missing
 * our own status (then posting it again) is worse than taking an identical status from just before for it.
 */
const CLOCK_SKEW_MS = 10 * 60_000;
/** Mastodon lists at most 40 statuses a page; 5 pages cover any account's output since an interrupted run. */
const LOOKUP_PAGE = 40;
const LOOKUP_PAGES = 5;
/** How long an upload may stay "processing" (masto's own default for its wait). */
const MEDIA_PROCESSING_MS = 60_000;

type Status = mastodon.v1.Status;

export function createMastodonPublisher(settings: MastodonChannel, options: PublisherOptions): ChannelPublisher {
  const visibility = settings.visibility ?? "public";
  const secretEnv = settings.secret_env;
  let client: mastodon.rest.Client | undefined;

  /** The client, made on first use so that a missing token is reported by the call that needs it. */
  const api = (): mastodon.rest.Client => {
    if (client) return client;
    const token = options.secrets(secretEnv)?.trim();
    if (!token) {
      throw new PublishError(
        `The Mastodon access token for ${settings.account} is missing: set the environment variable ${secretEnv} (a token with the scopes write:statuses and write:media).`,
        "refused",
      );
    }
    client = createRestAPIClient({
      url: instanceUrl(settings.instance).origin,
      accessToken: token,
      timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      log: "error",
    });
    return client;
  };

  const call = async <T>(doing: string, write: boolean, request: () => PromiseLike<T>): Promise<T> => {
    const context: CallContext = { doing, write, secretEnv };
    try {
      return await request();
    } catch (error) {
      throw publishErrorOf(error, context);
    }
  };

  const uploadAll = async (media: readonly PublishMedia[]): Promise<string[]> => {
    if (media.length > MAX_MEDIA) {
      throw new PublishError(`Mastodon attaches at most ${MAX_MEDIA} media to a status; this post has ${media.length}.`, "refused");
    }
    const long = media.find((item) => [...item.alt].length > MAX_DESCRIPTION);
    if (long) {
      throw new PublishError(`The description of ${long.path} is longer than Mastodon's ${MAX_DESCRIPTION} characters.`, "refused");
    }
    const rest = api();
    // In parallel; a failed upload leaves at most an unattached file, which Mastodon deletes on its own.
    const uploaded = await Promise.all(
      media.map(async (item) => {
        const file = new File([Buffer.from(item.bytes)], baseName(item.path), { type: item.mimeType });
        // masto's own wait sleeps a second before every poll, even after a 200 with the file ready (Mastodon's answer
        // for still images, which it processes at once; video, GIF and audio answer 202): skip it, and poll only
        // while the upload is still processing (202, then 206 to each poll).
        const attachment = await call(`uploading ${item.path}`, false, () =>
          rest.v2.media.create({ file, description: item.alt, skipPolling: true }),
        );
        return attachment.url ? attachment : processed(attachment.id, item.path);
      }),
    );
    return uploaded.map((attachment) => attachment.id);
  };

  const processed = async (id: string, path: string): Promise<mastodon.v1.MediaAttachment> => {
    const rest = api();
    const deadline = Date.now() + MEDIA_PROCESSING_MS;
    for (let wait = 250; ; wait = Math.min(wait * 2, 4_000)) {
      await new Promise((resolve) => setTimeout(resolve, wait));
      const attachment = await call(`waiting for ${path} to be processed`, false, () => rest.v1.media.$select(id).fetch());
      if (attachment.url) return attachment;
      if (Date.now() > deadline) {
        throw new PublishError(
          `Mastodon has not finished processing ${path} after ${MEDIA_PROCESSING_MS / 1000} s; try again later.`,
          "refused",
        );
      }
    }
  };

  /** The id of the status a reply answers: read from this instance's own status URLs, else found by search. */
  const replyTarget = async (url: string): Promise<string> => {
    const instance = instanceUrl(settings.instance);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      throw new PublishError(`reply_to should be the URL of a Mastodon status; got "${url}".`, "refused");
    }
    if (target.host === instance.host) {
      const own = /^\/@[^/]+\/(\d+)\/?$/.exec(target.pathname) ?? /^\/users\/[^/]+\/statuses\/(\d+)\/?$/.exec(target.pathname);
      if (own?.[1]) return own[1];
    }
    const rest = api();
    const found = await call("finding the status to reply to", false, () =>
      rest.v2.search.list({ q: url, resolve: true, type: "statuses", limit: 1 }),
    );
    const status = found.statuses[0];
    if (!status) throw new PublishError(`${instance.host} cannot find the status to reply to (${url}).`, "refused");
    return status.id;
  };

  const language = (input: PublishInput): string | undefined => input.languages?.[0]?.split("-")[0]?.toLowerCase() || undefined;

  return {
    newClaim(now: Date): Claim {
      return { key: options.random ? uuidFrom(options.random) : randomUUID(), at: now.toISOString() };
    },

    async verifyAccount(): Promise<AccountCheck> {
      const rest = api();
      const wanted = parseAccount(settings.account);
      const host = instanceUrl(settings.instance).host.toLowerCase();
      const me = await call("asking whose token this is", false, () => rest.v1.accounts.verifyCredentials());
      let domain = host;
      // An instance may serve accounts of another domain (LOCAL_DOMAIN ≠ WEB_DOMAIN): ask it which one.
      if (wanted.domain && wanted.domain !== host) {
        domain = (await call("asking the instance's domain", false, () => rest.v2.instance.fetch())).domain.toLowerCase();
      }
      const ok = me.username.toLowerCase() === wanted.username.toLowerCase() && (!wanted.domain || wanted.domain === domain);
      return { ok, expected: `@${wanted.username}@${wanted.domain ?? host}`, actual: `@${me.username}@${domain}` };
    },

    async publish(input: PublishInput): Promise<Publication> {
      const rest = api();
      const inReplyToId = input.replyTo ? await replyTarget(input.replyTo) : undefined;
      const mediaIds = await uploadAll(input.media);
      const status = await call("creating the status", true, () =>
        rest.v1.statuses.create(
          { status: input.text, visibility, mediaIds, inReplyToId, language: language(input) },
          // masto 7 merges per-call headers from `requestInit` over its own (see its http-config.js).
          { requestInit: { headers: { "Idempotency-Key": input.claim.key } } },
        ),
      );
      return publicationOf(status);
    },

    async resolve(input: PublishInput): Promise<Resolution> {
      const rest = api();
      const since = Date.parse(input.claim.at) - CLOCK_SKEW_MS;
      if (Number.isNaN(since)) return { state: "unknown", reason: `The claim's time "${input.claim.at}" is not a date.` };
      try {
        const me = await call("asking whose token this is", false, () => rest.v1.accounts.verifyCredentials());
        const pages = rest.v1.accounts.$select(me.id).statuses.list({ limit: LOOKUP_PAGE, excludeReblogs: true });
        let seen = 0;
        for await (const page of pages) {
          for (const status of page) {
            if (isClaimed(status, input, since)) return { state: "published", publication: publicationOf(status) };
          }
          seen += 1;
          const oldest = page.at(-1);
          if (!oldest || Date.parse(oldest.createdAt) < since || seen >= LOOKUP_PAGES) break;
        }
        return { state: "absent" };
      } catch (error) {
        const reason = publishErrorOf(error, { doing: "looking for the status among the account's own", write: false, secretEnv });
        return { state: "unknown", reason: reason.message };
      }
    },

    async remove(publication: Publication): Promise<RemoveResult> {
      const rest = api();
      const status = rest.v1.statuses.$select(publication.id);
      try {
        await status.remove();
        return "removed";
      } catch (error) {
        if (!(error instanceof MastoHttpError && error.statusCode === 404)) {
          throw publishErrorOf(error, { doing: `deleting status ${publication.id}`, write: true, secretEnv });
        }
      }
      // Mastodon answers 404 also for another account's status: gone only if nobody can see it any more.
      const stillThere = await status.fetch().then(
        () => true,
        (error: unknown) => {
          if (error instanceof MastoHttpError && error.statusCode === 404) return false;
          throw publishErrorOf(error, { doing: `checking that status ${publication.id} is gone`, write: false, secretEnv });
        },
      );
      if (stillThere) {
        throw new PublishError(
          `Status ${publication.id} is still online but the token in ${secretEnv} cannot delete it: it belongs to another account.`,
          "refused",
          404,
        );
      }
      return "already-gone";
    },

    async edit(publication: Publication, input: PublishInput): Promise<Publication> {
      const rest = api();
      // Media are uploaded again: the instance cannot tell us whether the reviewed bytes changed.
      const mediaIds = await uploadAll(input.media);
      const status = await call(`editing status ${publication.id}`, true, () =>
        rest.v1.statuses.$select(publication.id).update({ status: input.text, mediaIds, language: language(input) }),
      );
      return publicationOf(status);
    },
  };
}

/** A status of the account is the claimed one when it was created after the claim with the same text and media count. */
function isClaimed(status: Status, input: PublishInput, since: number): boolean {
  return (
    !status.reblog &&
    Date.parse(status.createdAt) >= since &&
    status.mediaAttachments.length === input.media.length &&
    sameStatusText(statusPlainText(status), input.text)
  );
}

function publicationOf(status: Status): Publication {
  const refs: Record<string, string> = { accountId: status.account.id };
  const mediaIds = status.mediaAttachments.map((attachment) => attachment.id);
  if (mediaIds.length > 0) refs.mediaIds = mediaIds.join(",");
  return { id: status.id, url: status.url ?? status.uri, refs };
}

function instanceUrl(instance: string): URL {
  try {
    return new URL(instance);
  } catch {
    throw new PublishError(`The Mastodon instance should be a URL such as https://mastodon.social; got "${instance}".`, "refused");
  }
}

/** "@acme" or "@acme@example.social" (the leading "@" optional). */
function parseAccount(account: string): { username: string; domain?: string } {
  const [username = "", domain] = account.trim().replace(/^@/, "").split("@");
  return domain ? { username, domain: domain.toLowerCase() } : { username };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1) || "media";
}

/** A version 4 UUID from an injected random source, so that tests get the same keys every run. */
function uuidFrom(random: () => number): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256) & 0xff);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
