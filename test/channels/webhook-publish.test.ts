import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PublisherOptions } from "../../src/channels/publisher.js";
import { createWebhookPublisher } from "../../src/channels/webhook/publish.js";
import type { WebhookChannel } from "../../src/generated/config.js";
import { startWebhookFake, type WebhookFake, type WebhookFakeOptions } from "../fakes/webhook/server.js";
import { image, input, publishError, visible } from "./publish-helpers.js";

// The generic webhook publisher against a receiver built from docs/webhook.md; each test asserts what the receiver holds.
const KEY = "k3y-0f-the-receiver-7b1e9d2c4a6f8e0b";
const twoImages = [image("shoes.png", 1, "Red running shoes on a wet track."), image("laces.png", 2, "Close-up of the laces.")];

type Verify = (raw: Buffer, headers: Record<string, unknown>, key: string, nowMs?: number) => Record<string, unknown>;
/** The receiver snippet from docs/webhook.md, run as a receiver would run it. */
let verifyCheckpostRequest: Verify;

beforeAll(async () => {
  const doc = readFileSync(new URL("../../docs/webhook.md", import.meta.url), "utf8");
  const snippet = /```js\n([\s\S]*?)```/.exec(doc)?.[1];
  expect(snippet).toContain("export function verifyCheckpostRequest");
  const file = join(mkdtempSync(join(tmpdir(), "checkpost-webhook-doc-")), "verify.mjs");
  writeFileSync(file, snippet ?? "");
  ({ verifyCheckpostRequest } = (await import(pathToFileURL(file).href)) as { verifyCheckpostRequest: Verify });
});

let hook: WebhookFake | undefined;
let seen: string[] = [];
afterEach(async () => {
  if (!hook) return;
  expect(hook.violations).toEqual([]);
  for (const text of seen) {
    expect(text).not.toContain(KEY);
    expect(text).not.toContain(hook.path);
  }
  await hook.close();
  hook = undefined;
  seen = [];
});

async function setup(
  fake: Partial<WebhookFakeOptions> = {},
  settings: Partial<WebhookChannel> = {},
  options: Partial<PublisherOptions> = {},
) {
  const receiver = await startWebhookFake({ signingKey: KEY, ...fake });
  hook = receiver;
  const env: Record<string, string> = { ACME_WEBHOOK_URL: receiver.webhookUrl, ACME_WEBHOOK_KEY: KEY };
  const pub = createWebhookPublisher(
    { type: "webhook", name: "site", secret_env: "ACME_WEBHOOK_URL", signing_secret_env: "ACME_WEBHOOK_KEY", ...settings },
    { secrets: (name) => env[name], timeoutMs: 2_000, ...options },
  );
  return { receiver, pub };
}

async function failing(promise: Promise<unknown>) {
  const error = await publishError(promise);
  seen.push(visible(error));
  return error;
}

describe("createWebhookPublisher: publish", () => {
  it("sends one signed publish event with the text, both images and their alt texts; the receiver's id and url are kept", async () => {
    const { receiver, pub } = await setup();
    const published = await pub.publish(input({ media: twoImages, languages: ["en"] }));
    seen.push(visible(published));

    expect(receiver.posts.size).toBe(1);
    const post = [...receiver.posts.values()][0];
    expect(post).toMatchObject({
      idempotency_key: input().claim.key,
      claimed_at: input().claim.at,
      post: { path: "posts/acme/spring.md" },
      channel: { id: "acme-news" },
      text: "Our spring collection is here.",
      languages: ["en"],
    });
    expect(post?.media.map((m) => [m.path, m.alt, m.mime_type, [...m.bytes]])).toEqual([
      ["media/shoes.png", "Red running shoes on a wet track.", "image/png", [...(twoImages[0]?.bytes ?? [])]],
      ["media/laces.png", "Close-up of the laces.", "image/png", [...(twoImages[1]?.bytes ?? [])]],
    ]);
    expect(published).toEqual({
      id: post?.id,
      url: `https://news.example.com/posts/${post?.id}`,
      refs: { idempotency_key: input().claim.key, id_source: "receiver" },
    });
    const [request] = receiver.requests;
    expect(request?.headers["idempotency-key"]).toBe(input().claim.key);
    expect(request?.headers["x-checkpost-event"]).toBe("publish");
  });

  it("signs so that the documented receiver snippet accepts the request, and rejects it once a byte changes or the key differs", async () => {
    const { receiver, pub } = await setup();
    await pub.publish(input({ media: twoImages }));
    const [request] = receiver.requests;
    const raw = request?.raw ?? Buffer.alloc(0);
    const headers = request?.headers ?? {};
    expect(verifyCheckpostRequest(raw, headers, KEY)).toMatchObject({ event: "publish", idempotency_key: input().claim.key });
    const tampered = Buffer.from(raw.toString().replace("spring collection", "autumn collection"));
    expect(() => verifyCheckpostRequest(tampered, headers, KEY)).toThrow("bad signature");
    expect(() => verifyCheckpostRequest(raw, headers, `${KEY}x`)).toThrow("bad signature");
    expect(() => verifyCheckpostRequest(raw, headers, KEY, Date.now() + 10 * 60_000)).toThrow("stale");
  });

  it("a receiver that answers no id: published with the idempotency key as id, said in refs, and removable by it", async () => {
    const { receiver, pub } = await setup({ withoutId: true });
    const published = await pub.publish(input());
    expect(published).toEqual({
      id: input().claim.key,
      url: input().claim.key,
      refs: { idempotency_key: input().claim.key, id_source: "idempotency-key" },
    });
    expect(await pub.remove(published)).toBe("removed");
    expect(receiver.posts.size).toBe(0);
  });

  it("a 502 after the receiver stored the post: unknown, not retried; resolve is unknown without lookups; one post", async () => {
    const { receiver, pub } = await setup();
    receiver.fail("event", { kind: "error-after-apply", status: 502 });
    const error = await failing(pub.publish(input()));
    expect(error.outcome).toBe("unknown");
    expect(error.status).toBe(502);
    const resolution = await pub.resolve(input());
    expect(resolution.state).toBe("unknown");
    expect(resolution).toMatchObject({ reason: expect.stringMatching(/a person must check whether posts\/acme\/spring.md arrived/) });
    expect(receiver.posts.size).toBe(1);
    expect(receiver.calls("event").filter((r) => r.headers["x-checkpost-event"] === "publish")).toHaveLength(1);
  });

  it("a timeout after the receiver stored the post is unknown; a receiver with lookups then settles it as published", async () => {
    const { receiver, pub } = await setup({ lookups: true }, {}, { timeoutMs: 300 });
    receiver.fail("event", { kind: "hang-after-apply" });
    expect((await failing(pub.publish(input()))).outcome).toBe("unknown");
    const post = [...receiver.posts.values()][0];
    expect(await pub.resolve(input())).toEqual({
      state: "published",
      publication: {
        id: post?.id,
        url: `https://news.example.com/posts/${post?.id}`,
        refs: { idempotency_key: input().claim.key, id_source: "receiver" },
      },
    });
    expect(receiver.posts.size).toBe(1);
  });

  it("a receiver with lookups that never got the post answers found: false, so the claim is absent", async () => {
    const { receiver, pub } = await setup({ lookups: true });
    expect(await pub.resolve(input())).toEqual({ state: "absent" });
    expect(receiver.posts.size).toBe(0);
  });

  it("a 429 is refused with Retry-After in seconds, and nothing is stored", async () => {
    const { receiver, pub } = await setup();
    receiver.fail("event", { kind: "rate-limit", retryAfter: 7 });
    const error = await failing(pub.publish(input()));
    expect(error.outcome).toBe("refused");
    expect(error.retryAfter).toBe(7);
    expect(receiver.posts.size).toBe(0);
  });

  it("refuses text longer than the channel's max_length before sending", async () => {
    const { receiver, pub } = await setup({}, { max_length: 10 });
    expect((await failing(pub.publish(input()))).message).toMatch(/at most 10/);
    expect(receiver.requests).toHaveLength(0);
  });
});

describe("createWebhookPublisher: secrets", () => {
  it("refuses without the signing key, naming the variable, and sends nothing", async () => {
    const { receiver } = await setup();
    const noKey = createWebhookPublisher(
      { type: "webhook", secret_env: "ACME_WEBHOOK_URL", signing_secret_env: "ACME_WEBHOOK_KEY" },
      { secrets: (name) => (name === "ACME_WEBHOOK_URL" ? receiver.webhookUrl : undefined) },
    );
    const error = await failing(noKey.publish(input()));
    expect(error.outcome).toBe("refused");
    expect(error.message).toContain("ACME_WEBHOOK_KEY");
    const unsigned = createWebhookPublisher({ type: "webhook", secret_env: "ACME_WEBHOOK_URL" }, { secrets: () => receiver.webhookUrl });
    expect((await failing(unsigned.publish(input()))).message).toMatch(/signing_secret_env is not set/);
    const weak = createWebhookPublisher(
      { type: "webhook", secret_env: "ACME_WEBHOOK_URL", signing_secret_env: "ACME_WEBHOOK_KEY" },
      { secrets: (name) => (name === "ACME_WEBHOOK_URL" ? receiver.webhookUrl : "short") },
    );
    expect((await failing(weak.publish(input()))).message).toMatch(/shorter than 16/);
    expect(receiver.requests).toHaveLength(0);
  });

  it("refuses without the URL, or a URL that is not https, naming the variable and never the value", async () => {
    const { receiver } = await setup();
    const none = createWebhookPublisher(
      { type: "webhook", secret_env: "ACME_WEBHOOK_URL", signing_secret_env: "K" },
      { secrets: () => undefined },
    );
    expect((await failing(none.publish(input()))).message).toContain("ACME_WEBHOOK_URL");
    const plain = `http://example.com${receiver.path}`;
    const insecure = createWebhookPublisher(
      { type: "webhook", secret_env: "ACME_WEBHOOK_URL", signing_secret_env: "ACME_WEBHOOK_KEY" },
      { secrets: (name) => (name === "ACME_WEBHOOK_URL" ? plain : KEY) },
    );
    const error = await failing(insecure.publish(input()));
    expect(error.message).toMatch(/ACME_WEBHOOK_URL must start with https/);
    expect(error.message).not.toContain("example.com");
    expect(receiver.requests).toHaveLength(0);
  });

  it("never repeats the URL or the key, even when the receiver's error text does", async () => {
    const { receiver, pub } = await setup();
    receiver.fail("event", { kind: "error", status: 400, body: { error: `bad request to ${receiver.webhookUrl} signed with ${KEY}` } });
    const error = await failing(pub.publish(input()));
    expect(error.outcome).toBe("refused");
    expect(error.message).toContain("[secret]");
  });

  it("verifyAccount says the receiver has no account to check, and needs both secrets", async () => {
    const { pub } = await setup();
    const check = await pub.verifyAccount();
    seen.push(visible(check));
    expect(check).toMatchObject({ ok: true, actual: expect.stringMatching(/^not checked/) });
  });
});

describe("createWebhookPublisher: remove", () => {
  it("removes a post, then reports it already gone", async () => {
    const { receiver, pub } = await setup();
    const published = await pub.publish(input());
    expect(await pub.remove(published)).toBe("removed");
    expect(receiver.posts.size).toBe(0);
    expect(await pub.remove(published)).toBe("already-gone");
    const removals = receiver.requests.filter((r) => r.headers["x-checkpost-event"] === "remove");
    expect(removals.map((r) => [r.status, r.headers["idempotency-key"]])).toEqual([
      [200, `${input().claim.key}:remove`],
      [404, `${input().claim.key}:remove`],
    ]);
    for (const r of removals) expect(verifyCheckpostRequest(r.raw, r.headers, KEY)).toMatchObject({ event: "remove", id: published.id });
  });

  it("a 5xx on removal is unknown: the receiver may or may not have removed it", async () => {
    const { receiver, pub } = await setup();
    const published = await pub.publish(input());
    receiver.fail("event", { kind: "error", status: 503 });
    expect((await failing(pub.remove(published))).outcome).toBe("unknown");
    expect(receiver.posts.size).toBe(1);
  });
});
