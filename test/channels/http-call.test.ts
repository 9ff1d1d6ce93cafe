import { describe, expect, it } from "vitest";
import { randomKey, retryAfterSeconds, scrubSecrets } from "../../src/channels/http-call.js";

// The pieces the fetch-based publishers share: scrubbing secrets from text, reading a 429's wait, claim keys.
describe("scrubSecrets", () => {
  const url = "https://discord.com/api/webhooks/1250000000000000003/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_token";

  it("removes the URL, its path, its long parts and its encoded form, leaving the rest", () => {
    const text = [
      `POST ${url}?wait=true failed`,
      `path /api/webhooks/1250000000000000003/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_token`,
      `token AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_token alone`,
      `encoded ${encodeURIComponent(url)}`,
    ].join("\n");
    const out = scrubSecrets(text, [url]);
    expect(out).not.toContain("AbCdEfGhIjKlMnOpQrStUvWxYz0123456789");
    expect(out).toContain("POST [secret]?wait=true failed");
    expect(out).toContain("token [secret] alone");
  });

  it("removes a signing key and a URL's query values", () => {
    const hook = "https://hooks.example.com/in?token=s3cr3t-value-123";
    expect(scrubSecrets("key k3y-0f-the-receiver, token s3cr3t-value-123", ["k3y-0f-the-receiver", hook])).toBe(
      "key [secret], token [secret]",
    );
  });
});

describe("retryAfterSeconds", () => {
  it("prefers the body's retry_after (Discord: seconds, a float), then the Retry-After header in seconds or as a date", () => {
    expect(retryAfterSeconds(new Headers({ "retry-after": "2" }), { retry_after: 1.337 })).toBe(1.337);
    expect(retryAfterSeconds(new Headers({ "retry-after": "7" }), { error: "slow down" })).toBe(7);
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    expect(retryAfterSeconds(new Headers({ "retry-after": inTenSeconds }), undefined)).toBeGreaterThan(8);
    expect(retryAfterSeconds(new Headers(), undefined)).toBeUndefined();
  });
});

describe("randomKey", () => {
  it("is a UUID v4 layout, the same for the same randomness", () => {
    const seeded = () => {
      let n = 0;
      return () => {
        n = (n * 9301 + 49297) % 233280;
        return n / 233280;
      };
    };
    const a = randomKey(seeded());
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(randomKey(seeded())).toBe(a);
    expect(randomKey()).not.toBe(randomKey());
  });
});
