/**
 * Publishing to a generic webhook: the receiver is the client's own system, so the contract is ours and is
 * documented in docs/webhook.md (payloads, headers, answers, the signature check). Any change here changes
 * that contract: keep the two in step.
 *
 * Every request is a signed JSON POST to the URL in `secret_env`; the HMAC-SHA256 key comes from
 * `signing_secret_env`, and publishing refuses without it (an unsigned request lets anyone who learns the
 * URL publish in the client's name). Neither value ever appears in a message or an error.
 */
import { createHmac } from "node:crypto";
import type { WebhookChannel } from "../../generated/config.js";
import { type CallResult, createCaller, parseJson, randomKey, requireSecret, secretUrl } from "../http-call.js";
import {
  type AccountCheck,
  type ChannelPublisher,
  type Publication,
  PublishError,
  type PublisherOptions,
  type PublishInput,
  type RemoveResult,
  type Resolution,
} from "../publisher.js";

/** The shortest signing key accepted: a guessable key makes the signature worthless. */
const MIN_SIGNING_KEY_LENGTH = 16;

/** `refs.id_source` when the receiver answered without an id and the idempotency key stands in for it. */
const ID_FROM_IDEMPOTENCY_KEY = "idempotency-key";

interface Target {
  url: string;
  key: string;
}

export function createWebhookPublisher(settings: WebhookChannel, options: PublisherOptions): ChannelPublisher {
  const label = `webhook channel${settings.name ? ` ${settings.name}` : ""}`;
  const known = new Set<string>();
  const caller = createCaller(options, () => [...known]);

  function target(): Target {
    const value = requireSecret(options.secrets, settings.secret_env, `${label}: the webhook URL`);
    known.add(value);
    const url = secretUrl(value, settings.secret_env, `${label}: the webhook URL`);
    if (!settings.signing_secret_env) {
      throw new PublishError(
        `${label}: signing_secret_env is not set in checkpost.yml; a webhook is only published to with signed requests (see docs/webhook.md).`,
        "refused",
      );
    }
    const key = requireSecret(options.secrets, settings.signing_secret_env, `${label}: the signing key`);
    known.add(key);
    if (key.length < MIN_SIGNING_KEY_LENGTH) {
      throw new PublishError(
        `${label}: the signing key in ${settings.signing_secret_env} is shorter than ${MIN_SIGNING_KEY_LENGTH} characters; use a random key of 32 bytes or more.`,
        "refused",
      );
    }
    return { url: url.toString(), key };
  }

  /** POST one signed event. `idempotencyKey` goes in the header for writes; a lookup is a read and sends none. */
  function send(to: Target, event: Record<string, unknown>, idempotencyKey: string | undefined, what: string): Promise<CallResult> {
    const sentAt = Math.floor(Date.now() / 1000);
    const raw = JSON.stringify({ ...event, sent_at: sentAt });
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      "User-Agent": "checkpost",
      "X-Checkpost-Event": String(event.event),
      "X-Checkpost-Timestamp": String(sentAt),
      "X-Checkpost-Signature": `sha256=${createHmac("sha256", to.key).update(raw).digest("hex")}`,
    };
    if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
    // A lookup changes nothing, so its failures are "refused" (nothing happened) rather than "unknown".
    return caller.call(to.url, { method: "POST", headers, body: raw }, what, event.event === "lookup");
  }

  return {
    newClaim(now) {
      return { key: randomKey(options.random), at: now.toISOString() };
    },

    async verifyAccount(): Promise<AccountCheck> {
      target();
      return {
        ok: true,
        expected: `the receiver at the URL in ${settings.secret_env}`,
        actual: `not checked: a generic webhook has no account to ask; requests are signed with the key in ${settings.signing_secret_env}`,
      };
    },

    async publish(input) {
      const to = target();
      const what = `${label}: posting ${input.postPath}`;
      const length = [...input.text].length;
      if (settings.max_length && length > settings.max_length) {
        throw new PublishError(`${what}: the text is ${length} characters; this receiver takes at most ${settings.max_length}.`, "refused");
      }
      const result = await send(to, publishEvent(input), input.claim.key, what);
      const answer = parseJson(result.text) as { id?: unknown; url?: unknown } | undefined;
      if (result.status >= 200 && result.status < 300) return publication(answer, input.claim.key);
      throw failure(result, answer, what, true);
    },

    async resolve(input): Promise<Resolution> {
      const unknown = (why: string): Resolution => ({
        state: "unknown",
        reason: `the receiver ${why}: a person must check whether ${input.postPath} arrived and resolve it`,
      });
      let result: CallResult;
      try {
        result = await send(
          target(),
          { event: "lookup", idempotency_key: input.claim.key },
          undefined,
          `${label}: looking up ${input.postPath}`,
        );
      } catch (error) {
        return unknown(`could not be asked (${error instanceof Error ? error.message : "no answer"})`);
      }
      const answer = parseJson(result.text) as { found?: unknown; id?: unknown; url?: unknown } | undefined;
      // Only an explicit answer counts: a receiver without lookups may answer 404 to anything it does not know.
      if (result.status === 200 && answer?.found === true && typeof answer.id === "string" && answer.id) {
        return { state: "published", publication: publication(answer, input.claim.key) };
      }
      if (result.status === 200 && answer?.found === false) return { state: "absent" };
      return unknown(`does not answer lookups (status ${result.status})`);
    },

    async remove(published): Promise<RemoveResult> {
      const to = target();
      const what = `${label}: removing ${published.id}`;
      const key = published.refs?.idempotency_key ?? published.id;
      const event = { event: "remove", id: published.id, idempotency_key: key };
      const result = await send(to, event, `${key}:remove`, what);
      if (result.status >= 200 && result.status < 300) return "removed";
      if (result.status === 404 || result.status === 410) return "already-gone";
      throw failure(result, parseJson(result.text), what, true);
    },
  };

  /** Any unexpected answer, with the receiver's `{ error }` text when it gave one. */
  function failure(result: CallResult, body: unknown, what: string, write: boolean): PublishError {
    const error = body && typeof body === "object" ? (body as { error?: unknown }).error : undefined;
    const says = `the receiver answered ${result.status}${typeof error === "string" ? `: ${error.slice(0, 300)}` : ""}`;
    return caller.failure(result, body, what, says, write, "the receiver");
  }
}

/** The documented `publish` event (docs/webhook.md), without `sent_at`, which `send` adds. */
function publishEvent(input: PublishInput): Record<string, unknown> {
  const event: Record<string, unknown> = {
    event: "publish",
    idempotency_key: input.claim.key,
    claimed_at: input.claim.at,
    post: { path: input.postPath },
    channel: { id: input.channelId },
    text: input.text,
    media: input.media.map((m) => ({
      path: m.path,
      alt: m.alt,
      mime_type: m.mimeType,
      size: m.bytes.byteLength,
      bytes_base64: Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength).toString("base64"),
    })),
  };
  if (input.languages && input.languages.length > 0) event.languages = input.languages;
  if (input.replyTo) event.reply_to = input.replyTo;
  return event;
}

/** The receiver's `{ id, url }`; without an id, the idempotency key stands in (and `refs.id_source` says so). */
function publication(answer: { id?: unknown; url?: unknown } | undefined, key: string): Publication {
  const id = typeof answer?.id === "string" && answer.id ? answer.id : undefined;
  const url = typeof answer?.url === "string" && /^https?:\/\//.test(answer.url) ? answer.url : undefined;
  const refs: Record<string, string> = { idempotency_key: key, id_source: id ? "receiver" : ID_FROM_IDEMPOTENCY_KEY };
  return { id: id ?? key, url: url ?? id ?? key, refs };
}
