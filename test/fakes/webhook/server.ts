/**
 * A receiver of checkpost's generic webhook, built from docs/webhook.md alone: it verifies the signature
 * (HMAC-SHA256 over the raw body, compared in constant time), the timestamp (within 5 minutes, equal to the
 * body's `sent_at`) and the Idempotency-Key header, validates each event's documented fields, and keeps the
 * received posts in memory. A request that breaks the contract answers 400 (401 for a bad signature) and is
 * recorded in `violations`, which tests assert stays empty.
 *
 *   const hook = await startWebhookFake({ signingKey });
 *   // secrets: hook.webhookUrl and signingKey → publish → hook.posts, hook.requests
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { type FakeRequest, type Fault, HttpFake, type Reply } from "../http-fake.js";

export interface WebhookFakeOptions {
  signingKey: string;
  /** Answer `lookup` events (optional in the contract); by default the fake answers them 400 like a receiver without lookups. */
  lookups?: boolean;
  /** Answer a publish with 204 and no `{ id, url }` (a receiver that keeps no ids). */
  withoutId?: boolean;
}

export interface ReceivedPost {
  id: string;
  idempotency_key: string;
  claimed_at: string;
  post: { path: string };
  channel: { id: string };
  text: string;
  media: { path: string; alt: string; mime_type: string; size: number; bytes: Buffer }[];
  languages?: string[];
  reply_to?: string;
}

const PUBLISH_KEYS = new Set([
  "event",
  "sent_at",
  "idempotency_key",
  "claimed_at",
  "post",
  "channel",
  "text",
  "media",
  "languages",
  "reply_to",
]);
const MEDIA_KEYS = ["path", "alt", "mime_type", "size", "bytes_base64"];
const MAX_SKEW_SECONDS = 300;

class Invalid extends Error {
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

export class WebhookFake extends HttpFake {
  /** Live posts by the receiver's id. */
  readonly posts = new Map<string, ReceivedPost>();
  readonly violations: string[] = [];
  readonly path = "/hooks/checkpost/Zq81-receiver-path";
  private nextId = 1;

  constructor(private readonly options: WebhookFakeOptions) {
    super(
      (method, path) =>
        method === "POST" && path === this.path ? { operation: "event", handle: (request) => this.receive(request) } : undefined,
      () => ({ error: "slow down" }),
    );
  }

  get webhookUrl(): string {
    return `${this.url}${this.path}`;
  }

  override fail(operation: "event", fault: Fault, times = 1): void {
    super.fail(operation, fault, times);
  }

  private receive(request: FakeRequest): Reply {
    try {
      return this.dispatch(request);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      this.violations.push(error.message);
      return { status: error.status, body: { error: error.message } };
    }
  }

  private dispatch(request: FakeRequest): Reply {
    const h = request.headers;
    if (h["content-type"] !== "application/json") throw new Invalid(`Content-Type is ${h["content-type"]}, not application/json`);
    const signature = String(h["x-checkpost-signature"] ?? "");
    const expected = `sha256=${createHmac("sha256", this.options.signingKey).update(request.raw).digest("hex")}`;
    if (signature.length !== expected.length || !timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) {
      throw new Invalid("the signature does not match", 401);
    }
    const body = JSON.parse(request.raw.toString("utf8")) as Record<string, unknown>;
    const timestamp = Number(h["x-checkpost-timestamp"]);
    if (!Number.isInteger(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > MAX_SKEW_SECONDS)
      throw new Invalid("stale or missing X-Checkpost-Timestamp");
    if (body.sent_at !== timestamp) throw new Invalid("sent_at differs from X-Checkpost-Timestamp");
    if (h["x-checkpost-event"] !== body.event) throw new Invalid("X-Checkpost-Event differs from event");
    const key = text(body.idempotency_key, "idempotency_key");
    if (body.event === "publish") {
      if (h["idempotency-key"] !== key) throw new Invalid("Idempotency-Key header differs from idempotency_key");
      return this.publish(body, key);
    }
    if (body.event === "remove") {
      if (h["idempotency-key"] !== `${key}:remove`) throw new Invalid("Idempotency-Key of a removal must be <idempotency_key>:remove");
      const id = text(body.id, "id");
      return this.posts.delete(id) ? { status: 200, body: { removed: id } } : { status: 404, body: { error: "no such post" } };
    }
    if (body.event === "lookup") {
      if (!this.options.lookups) return { status: 400, body: { error: "unknown event lookup" } };
      const post = [...this.posts.values()].find((p) => p.idempotency_key === key);
      return { status: 200, body: post ? { found: true, id: post.id, url: this.postUrl(post.id) } : { found: false } };
    }
    throw new Invalid(`unknown event ${String(body.event)}`);
  }

  private publish(body: Record<string, unknown>, key: string): Reply {
    for (const field of Object.keys(body)) if (!PUBLISH_KEYS.has(field)) throw new Invalid(`unknown field ${field}`);
    // The documented receiver behaviour: a repeated idempotency key answers the first post, never a second one.
    const existing = [...this.posts.values()].find((p) => p.idempotency_key === key);
    if (existing) return { status: 200, body: { id: existing.id, url: this.postUrl(existing.id) } };
    const post = body.post as { path?: unknown } | undefined;
    const channel = body.channel as { id?: unknown } | undefined;
    if (!Array.isArray(body.media)) throw new Invalid("media must be an array");
    const received: ReceivedPost = {
      // A receiver that answers no id must accept the idempotency key as the id of a removal (docs/webhook.md).
      id: this.options.withoutId ? key : `post-${this.nextId++}`,
      idempotency_key: key,
      claimed_at: text(body.claimed_at, "claimed_at"),
      post: { path: text(post?.path, "post.path") },
      channel: { id: text(channel?.id, "channel.id") },
      text: typeof body.text === "string" ? body.text : text(undefined, "text"),
      media: body.media.map((m: Record<string, unknown>, i: number) => {
        const extra = Object.keys(m).filter((k) => !MEDIA_KEYS.includes(k));
        if (extra.length > 0) throw new Invalid(`media[${i}]: unknown fields ${extra.join(", ")}`);
        const bytes = Buffer.from(text(m.bytes_base64, `media[${i}].bytes_base64`), "base64");
        if (bytes.length !== m.size) throw new Invalid(`media[${i}]: size ${String(m.size)} but ${bytes.length} bytes`);
        return {
          path: text(m.path, "media.path"),
          alt: text(m.alt, "media.alt"),
          mime_type: text(m.mime_type, "media.mime_type"),
          size: bytes.length,
          bytes,
        };
      }),
    };
    if (Number.isNaN(Date.parse(received.claimed_at))) throw new Invalid("claimed_at is not a date");
    if (body.languages !== undefined) received.languages = body.languages as string[];
    if (body.reply_to !== undefined) received.reply_to = text(body.reply_to, "reply_to");
    this.posts.set(received.id, received);
    if (this.options.withoutId) return { status: 204 };
    return { status: 201, body: { id: received.id, url: this.postUrl(received.id) } };
  }

  private postUrl(id: string): string {
    return `https://news.example.com/posts/${id}`;
  }
}

export async function startWebhookFake(options: WebhookFakeOptions): Promise<WebhookFake> {
  return new WebhookFake(options).start();
}

function text(value: unknown, name: string): string {
  if (typeof value !== "string" || value === "") throw new Invalid(`${name} must be a non-empty string`);
  return value;
}
