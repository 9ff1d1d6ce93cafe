/**
 * The publishing side of a channel adapter: what the publish and takedown workflows call, per channel type.
 *
 * The protocol that makes "exactly once" possible lives in the ledger (claim → create → record); a
 * publisher's part is to offer the platform's own handle for an interrupted create:
 * - `newClaim` picks the key the platform will recognise (a Bluesky record key, a Mastodon
 *   Idempotency-Key, a webhook idempotency key), stored in the ledger *before* the create;
 * - `resolve` answers, after a crash or timeout, whether that claim's create happened, without creating;
 * - `publish` never retries a create by itself on a 5xx or a timeout: it throws a `PublishError` whose
 *   `outcome` says whether the platform certainly did nothing ("refused") or may have applied it ("unknown").
 *
 * Every network call goes to the base URL from the config or the secret (the PDS, the instance, the
 * webhook), so tests point publishers at loopback fakes. Secrets are read through `SecretSource` and never
 * appear in an error message, a log line or a thrown error's properties.
 */

/** One media file to attach: the bytes that were reviewed, at the post's commit. */
export interface PublishMedia {
  /** Path inside the content repository, for messages. */
  path: string;
  bytes: Uint8Array;
  /** e.g. image/png, from the file's first bytes. */
  mimeType: string;
  alt: string;
}

/** The key chosen at claim time and stored in the ledger with the claim. */
export interface Claim {
  /** Bluesky: a TID record key; Mastodon and webhooks: an idempotency key; Discord: a nonce. */
  key: string;
  /** When the claim was made (ISO 8601): Mastodon remembers an Idempotency-Key for about an hour. */
  at: string;
}

export interface PublishInput {
  /** Exactly the text the preview showed and the length check measured for this channel. */
  text: string;
  media: PublishMedia[];
  /** The URL of the post this one replies to (front-matter `reply_to`). */
  replyTo?: string;
  /** BCP 47 language tags of the text, when known. */
  languages?: string[];
  /** The post's path and the channel id, for generic webhooks' payload and for messages. */
  postPath: string;
  channelId: string;
  claim: Claim;
}

/** What the ledger keeps of a publication: everything a takedown or a correction will need. */
export interface Publication {
  /** The platform's id of the post or message. */
  id: string;
  /** Where a person sees it (a public URL; for a Discord webhook, the message's jump link when known). */
  url: string;
  /** Platform details for later calls: Bluesky uri, cid and rkey; media ids; a webhook's removal id. */
  refs?: Record<string, string>;
}

export type Resolution =
  | { state: "published"; publication: Publication }
  /** The platform certainly has no post for this claim: creating it (with the same claim) is safe. */
  | { state: "absent" }
  /** The platform cannot say (no lookup exists, or the lookup failed): a person must resolve it. */
  | { state: "unknown"; reason: string };

/** Who the channel's secret logs in as, compared with who the config names. */
export interface AccountCheck {
  ok: boolean;
  /** What the config names, e.g. "@acme@mastodon.social". */
  expected: string;
  /** What the platform says the secret belongs to. */
  actual: string;
}

export type RemoveResult = "removed" | "already-gone";

export interface ChannelPublisher {
  /** Pick the claim key for a new publication (deterministic given `now` and `random` in tests). */
  newClaim(now: Date): Claim;
  /** Ask the platform who the secret belongs to; `ok: false` stops every publication on this channel. */
  verifyAccount(): Promise<AccountCheck>;
  /** Create the post. Throws `PublishError`; never retries a create on a 5xx or timeout. */
  publish(input: PublishInput): Promise<Publication>;
  /** After an interrupted create: did the claimed post come to exist? Never creates. */
  resolve(input: PublishInput): Promise<Resolution>;
  /** Delete a publication; deleting what is already gone is success. Throws `PublishError` otherwise. */
  remove(publication: Publication): Promise<RemoveResult>;
  /** Edit in place, where the platform allows it (Mastodon, Discord); absent where it does not (Bluesky). */
  edit?(publication: Publication, input: PublishInput): Promise<Publication>;
}

export type PublishOutcome =
  /** The platform refused or was never reached: nothing was created; fix the cause and run again. */
  | "refused"
  /** A 5xx, a timeout or a broken connection after the request was sent: it may have been applied. */
  | "unknown";

/** A failed platform call, worded for a person; never carries a secret. */
export class PublishError extends Error {
  constructor(
    message: string,
    readonly outcome: PublishOutcome,
    readonly status?: number,
    /** Seconds to wait before asking again (429 `retry-after`), when the platform said. */
    readonly retryAfter?: number,
  ) {
    super(message);
    this.name = "PublishError";
  }
}

/** Where publishers read their credentials: `process.env` in the Action, a map in tests. */
export type SecretSource = (name: string) => string | undefined;

/** Options every publisher factory takes. */
export interface PublisherOptions {
  secrets: SecretSource;
  /** The fetch to use (tests may wrap it to count requests); defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Milliseconds before a request is abandoned (its outcome is then "unknown" for writes). Default 30 s. */
  timeoutMs?: number;
  /** Randomness for claim keys, injected for deterministic tests. */
  random?: () => number;
}
