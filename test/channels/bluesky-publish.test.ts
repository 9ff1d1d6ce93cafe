/**
 * The Bluesky publisher against a fake PDS (test/fakes/bluesky): every request it makes is checked against
 * the lexicons, and each test asserts what the PDS finally holds, not only what the publisher answered.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBlueskyPublisher } from "../../src/channels/bluesky/publish.js";
import {
  type ChannelPublisher,
  type Claim,
  PublishError,
  type PublisherOptions,
  type PublishInput,
  type PublishMedia,
} from "../../src/channels/publisher.js";
import type { BlueskyChannel } from "../../src/generated/config.js";
import { cidForBlob } from "../fakes/bluesky/cid.js";
import { type FakePds, startFakePds } from "../fakes/bluesky/server.js";

const SECRET = "acme-app-pass-7f3k-9q2z";
const OTHER_SECRET = "other-app-pass-1a2b-3c4d";
const CLAIM_TIME = new Date("2026-12-01T10:00:00.000Z");
const CREATE = "com.atproto.repo.createRecord";
/** Every message of every error the publisher threw in this file, checked for the secrets at the end. */
const errorMessages: string[] = [];

let pds: FakePds;

beforeEach(async () => {
  pds = await startFakePds({
    accounts: [
      { handle: "acme.bsky.social", password: SECRET },
      { handle: "other.bsky.social", password: OTHER_SECRET },
      { handle: "friend.bsky.social" },
    ],
  });
});

afterEach(async () => {
  // Whatever a test did, the publisher sent only what the lexicons allow.
  expect(pds.violations).toEqual([]);
  await pds.close();
});

afterAll(() => {
  expect(errorMessages.length).toBeGreaterThan(5);
  for (const message of errorMessages) {
    expect(message).not.toContain(SECRET);
    expect(message).not.toContain(OTHER_SECRET);
  }
});

function channel(overrides: Partial<BlueskyChannel> = {}): BlueskyChannel {
  return { type: "bluesky", handle: "acme.bsky.social", service: pds.url, secret_env: "ACME_BLUESKY", ...overrides };
}

/** A fixed sequence of "random" numbers, so claim keys are known. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length] ?? 0;
}

function publisher(options: Partial<PublisherOptions> = {}, settings = channel()): ChannelPublisher {
  return createBlueskyPublisher(settings, {
    secrets: (name) => (name === "ACME_BLUESKY" ? SECRET : undefined),
    timeoutMs: 2_000,
    random: sequence(0.25, 0.5),
    ...options,
  });
}

function input(claim: Claim, overrides: Partial<PublishInput> = {}): PublishInput {
  return { text: "Hello from Acme", media: [], postPath: "posts/acme/hello.md", channelId: "acme-bluesky", claim, ...overrides };
}

/** The PublishError a call rejects with (failing the test if it resolves or throws anything else). */
async function rejection(promise: Promise<unknown>): Promise<PublishError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PublishError);
  const error = err as PublishError;
  errorMessages.push(error.message, JSON.stringify(error), String(error.stack));
  return error;
}

const posts = () => pds.records("acme.bsky.social");
const creates = () => pds.requests.filter((r) => r.nsid === CREATE);

function image(name: string, fill: number, alt: string): PublishMedia {
  return { path: `posts/acme/${name}`, bytes: new Uint8Array(64).fill(fill), mimeType: "image/png", alt };
}

describe("claims", () => {
  it("are TID record keys, the same for the same time and randomness, later for a later time", () => {
    const first = publisher().newClaim(CLAIM_TIME);
    expect(first.key).toMatch(/^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/);
    expect(first.at).toBe("2026-12-01T10:00:00.000Z");
    expect(publisher().newClaim(CLAIM_TIME).key).toBe(first.key);
    expect(publisher({ random: sequence(0.75, 0.5) }).newClaim(CLAIM_TIME).key).not.toBe(first.key);
    const later = publisher().newClaim(new Date(CLAIM_TIME.getTime() + 1));
    expect(later.key > first.key).toBe(true);
  });
});

describe("publish", () => {
  it("puts link, hashtag and mention facets at UTF-8 byte offsets and drops a mention nobody has", async () => {
    const text = "Spring is here: https://example.com/spring?lang=fr #café 🇫🇷 déjà vu 👋🏽 @friend.bsky.social and @nobody.bsky.social";
    const p = publisher();
    const claim = p.newClaim(CLAIM_TIME);
    const published = await p.publish(input(claim, { text, languages: ["fr", "en"] }));

    expect(posts()).toHaveLength(1);
    const stored = posts()[0];
    const value = stored?.value as Record<string, unknown> & {
      facets: { index: { byteStart: number; byteEnd: number }; features: Record<string, string>[] }[];
    };
    expect(value.text).toBe(text);
    expect(value.langs).toEqual(["fr", "en"]);
    const bytes = (segment: string) => {
      const start = Buffer.byteLength(text.slice(0, text.indexOf(segment)));
      return { byteStart: start, byteEnd: start + Buffer.byteLength(segment) };
    };
    const friend = pds.account("friend.bsky.social").did;
    expect(value.facets.map((f) => ({ index: f.index, features: f.features }))).toEqual([
      {
        index: bytes("https://example.com/spring?lang=fr"),
        features: [{ $type: "app.bsky.richtext.facet#link", uri: "https://example.com/spring?lang=fr" }],
      },
      { index: bytes("#café"), features: [{ $type: "app.bsky.richtext.facet#tag", tag: "café" }] },
      { index: bytes("@friend.bsky.social"), features: [{ $type: "app.bsky.richtext.facet#mention", did: friend }] },
    ]);
    // The emoji with a skin tone (8 bytes, 4 UTF-16 units) sits before the mention: byte and UTF-16 offsets differ.
    expect(bytes("@friend.bsky.social").byteStart).not.toBe(text.indexOf("@friend.bsky.social"));

    expect(published).toEqual({
      id: stored?.uri,
      url: `https://bsky.app/profile/acme.bsky.social/post/${claim.key}`,
      refs: { uri: stored?.uri, cid: stored?.cid, rkey: claim.key, did: pds.account("acme.bsky.social").did },
    });
    expect(stored?.rkey).toBe(claim.key);
  });

  it("costs one login and one create for a text post, plus one lookup per mention and one upload per image", async () => {
    const p = publisher();
    await p.publish(input(p.newClaim(CLAIM_TIME)));
    await p.publish(
      input(p.newClaim(new Date(CLAIM_TIME.getTime() + 1000)), { text: "Hi @friend.bsky.social", media: [image("a.png", 1, "A")] }),
    );
    expect(pds.requests.map((r) => r.nsid)).toEqual([
      "com.atproto.server.createSession",
      CREATE,
      "com.atproto.identity.resolveHandle",
      "com.atproto.repo.uploadBlob",
      CREATE,
    ]);
  });

  it("adds a link card, titled with the address, when the post has a link and no image", async () => {
    const p = publisher();
    await p.publish(input(p.newClaim(CLAIM_TIME), { text: "Our new catalogue: https://acme.example/catalogue" }));
    expect(posts().map((r) => r.value.embed)).toEqual([
      {
        $type: "app.bsky.embed.external",
        external: { uri: "https://acme.example/catalogue", title: "https://acme.example/catalogue", description: "" },
      },
    ]);
  });

  it("uploads images and attaches them with their alt text, instead of a link card", async () => {
    const p = publisher();
    const media = [image("tent.png", 1, "A green tent at dawn"), image("boots.png", 2, "Muddy boots on a rock")];
    await p.publish(input(p.newClaim(CLAIM_TIME), { text: "New gear https://acme.example/gear", media }));

    const cids = media.map((m) => cidForBlob(m.bytes));
    expect([...pds.blobs.keys()]).toEqual(cids);
    expect([...pds.blobs.values()].map((b) => [b.mimeType, b.size])).toEqual([
      ["image/png", 64],
      ["image/png", 64],
    ]);
    expect(posts().map((r) => r.value.embed)).toEqual([
      {
        $type: "app.bsky.embed.images",
        images: [
          { alt: "A green tent at dawn", image: { $type: "blob", ref: { $link: cids[0] }, mimeType: "image/png", size: 64 } },
          { alt: "Muddy boots on a rock", image: { $type: "blob", ref: { $link: cids[1] }, mimeType: "image/png", size: 64 } },
        ],
      },
    ]);
  });

  it("refuses more than four images, an image over 2 MB or a video before sending anything", async () => {
    const p = publisher();
    const media = [1, 2, 3, 4, 5].map((n) => image(`${n}.png`, n, `image ${n}`));
    const error = await rejection(p.publish(input(p.newClaim(CLAIM_TIME), { media })));
    expect(error.outcome).toBe("refused");
    expect(error.message).toContain("at most 4 images");
    const big = { ...image("poster.png", 3, "A poster"), bytes: new Uint8Array(2_000_001) };
    expect((await rejection(p.publish(input(p.newClaim(CLAIM_TIME), { media: [big] })))).message).toContain(
      "posts/acme/poster.png has 2000001 bytes",
    );
    const video = { ...image("clip.mp4", 4, "A clip"), mimeType: "video/mp4" };
    expect((await rejection(p.publish(input(p.newClaim(CLAIM_TIME), { media: [video] })))).message).toContain("clip.mp4 is video/mp4");
    expect(pds.requests).toEqual([]);
  });

  it("replies in the thread: parent from the bsky.app URL, root from the parent's own reply", async () => {
    const root = pds.seed("friend.bsky.social", "app.bsky.feed.post", "3lbbbbbbbbbb2", {
      $type: "app.bsky.feed.post",
      text: "Where do you camp?",
      createdAt: "2026-11-30T09:00:00.000Z",
    });
    const parent = pds.seed("friend.bsky.social", "app.bsky.feed.post", "3lcccccccccc2", {
      $type: "app.bsky.feed.post",
      text: "Asking for the Alps",
      createdAt: "2026-11-30T09:05:00.000Z",
      reply: { root: { uri: root.uri, cid: root.cid }, parent: { uri: root.uri, cid: root.cid } },
    });
    const p = publisher();
    await p.publish(input(p.newClaim(CLAIM_TIME), { replyTo: "https://bsky.app/profile/friend.bsky.social/post/3lcccccccccc2" }));
    await p.publish(input(p.newClaim(new Date(CLAIM_TIME.getTime() + 1000)), { replyTo: root.uri }));

    expect(posts().map((r) => r.value.reply)).toEqual([
      { root: { uri: root.uri, cid: root.cid }, parent: { uri: parent.uri, cid: parent.cid } },
      { root: { uri: root.uri, cid: root.cid }, parent: { uri: root.uri, cid: root.cid } },
    ]);
  });

  it("refuses a reply_to that names no Bluesky post", async () => {
    const p = publisher();
    for (const replyTo of [
      "https://mastodon.social/@acme/1",
      "https://bsky.app/profile/friend.bsky.social",
      "at://did:plc:x/app.bsky.graph.follow/3lb",
    ]) {
      const error = await rejection(p.publish(input(p.newClaim(CLAIM_TIME), { replyTo })));
      expect(error.outcome).toBe("refused");
      expect(error.message).toContain(`reply_to "${replyTo}" is not a Bluesky post`);
    }
    expect(creates()).toEqual([]);
  });

  it("refuses a reply to a post that does not exist, creating nothing", async () => {
    const p = publisher();
    const error = await rejection(
      p.publish(input(p.newClaim(CLAIM_TIME), { replyTo: "https://bsky.app/profile/friend.bsky.social/post/3ldddddddddd2" })),
    );
    expect(error.outcome).toBe("refused");
    expect(error.message).toContain("does not exist");
    expect(creates()).toEqual([]);
    expect(posts()).toEqual([]);
  });
});

describe("an interrupted create is resolved by its record key, never re-created blindly", () => {
  it("applied, then 500: unknown outcome, one create request, and resolve finds the post", async () => {
    pds.fail({ nsid: CREATE, kind: "after-apply", status: 500 });
    const p = publisher();
    const claim = p.newClaim(CLAIM_TIME);
    const error = await rejection(p.publish(input(claim)));
    expect(error.outcome).toBe("unknown");
    expect(error.status).toBe(500);
    expect(creates()).toHaveLength(1);

    const resolution = await publisher().resolve(input(claim));
    expect(posts()).toHaveLength(1);
    expect(resolution).toEqual({
      state: "published",
      publication: {
        id: posts()[0]?.uri,
        url: `https://bsky.app/profile/acme.bsky.social/post/${claim.key}`,
        refs: { uri: posts()[0]?.uri, cid: posts()[0]?.cid, rkey: claim.key, did: pds.account("acme.bsky.social").did },
      },
    });
  });

  it("absent: publishing again with the same key makes exactly one post", async () => {
    pds.fail({ nsid: CREATE, kind: "error", status: 502 });
    const p = publisher();
    const claim = p.newClaim(CLAIM_TIME);
    expect((await rejection(p.publish(input(claim)))).outcome).toBe("unknown");
    expect(await p.resolve(input(claim))).toEqual({ state: "absent" });
    await p.publish(input(claim));
    expect(posts().map((r) => r.rkey)).toEqual([claim.key]);
  });

  it("a second create with the same key gets the PDS's 500, is reported unknown, and the first post stays", async () => {
    const p = publisher();
    const claim = p.newClaim(CLAIM_TIME);
    const first = await p.publish(input(claim, { text: "First words" }));
    const error = await rejection(p.publish(input(claim, { text: "Second words" })));
    expect(error.outcome).toBe("unknown");
    expect(error.message).toContain("look it up before doing it again");
    expect(creates().map((r) => r.status)).toEqual([200, 500]);
    expect(await p.resolve(input(claim))).toEqual({ state: "published", publication: first });
    expect(posts().map((r) => r.value.text)).toEqual(["First words"]);
  });

  it("a create that gets no answer times out as unknown; resolve then tells whether it happened", async () => {
    const p = publisher({ timeoutMs: 300 });
    const applied = p.newClaim(CLAIM_TIME);
    pds.fail({ nsid: CREATE, kind: "hold", apply: true });
    const error = await rejection(p.publish(input(applied)));
    expect(error.outcome).toBe("unknown");
    expect(error.message).toContain("no answer within 0.3 s");
    expect((await p.resolve(input(applied))).state).toBe("published");

    const lost = p.newClaim(new Date(CLAIM_TIME.getTime() + 1000));
    pds.fail({ nsid: CREATE, kind: "hold" });
    expect((await rejection(p.publish(input(lost)))).outcome).toBe("unknown");
    expect(await p.resolve(input(lost))).toEqual({ state: "absent" });
    expect(posts().map((r) => r.rkey)).toEqual([applied.key]);
  });

  it("resolve answers unknown, with the reason, when the lookup itself fails", async () => {
    const p = publisher();
    const claim = p.newClaim(CLAIM_TIME);
    await p.verifyAccount();
    pds.fail({ nsid: "com.atproto.repo.getRecord", kind: "error", status: 503, error: "NotEnoughResources", message: "busy" });
    const resolution = await p.resolve(input(claim));
    expect(resolution).toEqual({ state: "unknown", reason: expect.stringContaining("503 NotEnoughResources (busy)") });
    expect(posts()).toEqual([]);
  });
});

describe("failures", () => {
  it("an expired session is refreshed by the client; the create it refused is made once", async () => {
    const p = publisher();
    await p.verifyAccount();
    pds.expireSessions();
    await p.publish(input(p.newClaim(CLAIM_TIME)));
    expect(pds.requests.filter((r) => r.nsid === "com.atproto.server.refreshSession").map((r) => r.status)).toEqual([200]);
    // The first create was answered 400 ExpiredToken (nothing applied), the repeat after the refresh 200.
    expect(creates().map((r) => r.status)).toEqual([400, 200]);
    expect(posts()).toHaveLength(1);
  });

  it("a 429 is refused with the seconds to wait, and nothing is created", async () => {
    pds.fail({ nsid: CREATE, kind: "rate-limit", retryAfter: 42 });
    const p = publisher();
    const error = await rejection(p.publish(input(p.newClaim(CLAIM_TIME))));
    expect([error.outcome, error.status, error.retryAfter]).toEqual(["refused", 429, 42]);
    expect(posts()).toEqual([]);
  });

  it("a failed image upload is refused (nothing was posted) and no create is sent", async () => {
    pds.fail({ nsid: "com.atproto.repo.uploadBlob", kind: "error", status: 503, error: "NotEnoughResources" });
    const p = publisher();
    const error = await rejection(p.publish(input(p.newClaim(CLAIM_TIME), { media: [image("tent.png", 1, "A tent")] })));
    expect([error.outcome, error.status]).toEqual(["refused", 503]);
    expect(error.message).toContain("uploading posts/acme/tent.png");
    expect(creates()).toEqual([]);
    expect(posts()).toEqual([]);
  });

  it("a 4xx on create is refused", async () => {
    pds.fail({
      nsid: CREATE,
      kind: "error",
      status: 400,
      error: "InvalidRequest",
      message: "Record/text must not be longer than 3000 graphemes",
    });
    const p = publisher();
    const error = await rejection(p.publish(input(p.newClaim(CLAIM_TIME))));
    expect([error.outcome, error.status]).toEqual(["refused", 400]);
    expect(error.message).toContain("longer than 3000 graphemes");
    expect(posts()).toEqual([]);
  });

  it("a missing secret is refused naming the variable, before any request", async () => {
    const p = publisher({ secrets: () => undefined });
    for (const attempt of [p.verifyAccount(), p.publish(input(p.newClaim(CLAIM_TIME))), p.resolve(input(p.newClaim(CLAIM_TIME)))]) {
      const error = await rejection(attempt);
      expect(error.outcome).toBe("refused");
      expect(error.message).toContain("ACME_BLUESKY");
    }
    expect(pds.requests).toEqual([]);
  });

  it("a refused app password is reported without the password, even when the server echoes it", async () => {
    pds.fail({
      nsid: "com.atproto.server.createSession",
      kind: "error",
      status: 401,
      error: "AuthenticationRequired",
      message: `bad password ${SECRET}`,
    });
    const error = await rejection(publisher().verifyAccount());
    expect(error.outcome).toBe("refused");
    expect(error.message).toContain("ACME_BLUESKY");
    expect(error.message).toContain("[secret]");
    expect(error.message).not.toContain(SECRET);
  });
});

describe("account", () => {
  it("verifyAccount compares the session's handle with the configured one", async () => {
    expect(await publisher().verifyAccount()).toEqual({
      ok: true,
      expected: "@acme.bsky.social",
      actual: `@acme.bsky.social (${pds.account("acme.bsky.social").did})`,
    });
    const byDid = publisher({}, channel({ handle: pds.account("acme.bsky.social").did }));
    expect((await byDid.verifyAccount()).ok).toBe(true);
  });

  it("an app password that opens another account: ok false, and publish refuses to post anywhere", async () => {
    pds.loginAs("other.bsky.social");
    const p = publisher();
    expect(await p.verifyAccount()).toEqual({
      ok: false,
      expected: "@acme.bsky.social",
      actual: `@other.bsky.social (${pds.account("other.bsky.social").did})`,
    });
    const error = await rejection(p.publish(input(p.newClaim(CLAIM_TIME))));
    expect(error.outcome).toBe("refused");
    expect(error.message).toContain("@other.bsky.social");
    expect(creates()).toEqual([]);
    expect(pds.records("other.bsky.social")).toEqual([]);
    expect(posts()).toEqual([]);
  });
});

describe("remove", () => {
  it("removes the post, and removing it again is success: already gone", async () => {
    const p = publisher();
    const claim = p.newClaim(CLAIM_TIME);
    const published = await p.publish(input(claim));
    expect(posts()).toHaveLength(1);
    expect(await p.remove(published)).toBe("removed");
    expect(await publisher().remove(published)).toBe("already-gone");
    expect(posts()).toEqual([]);
    expect(await p.resolve(input(claim))).toEqual({ state: "absent" });
  });

  it("a 5xx on delete is unknown: it may have been applied", async () => {
    const p = publisher();
    const published = await p.publish(input(p.newClaim(CLAIM_TIME)));
    pds.fail({ nsid: "com.atproto.repo.deleteRecord", kind: "after-apply", status: 502 });
    expect((await rejection(p.remove(published))).outcome).toBe("unknown");
    expect(posts()).toEqual([]);
    expect(await p.remove(published)).toBe("already-gone");
  });

  it("refuses to remove a post of another account", async () => {
    const p = publisher();
    const other = pds.account("other.bsky.social").did;
    const target = {
      id: `at://${other}/app.bsky.feed.post/3lbbbbbbbbbb2`,
      url: "https://bsky.app/profile/other.bsky.social/post/3lbbbbbbbbbb2",
    };
    const error = await rejection(p.remove(target));
    expect(error.outcome).toBe("refused");
    expect(pds.requests.filter((r) => r.nsid === "com.atproto.repo.deleteRecord")).toEqual([]);
  });
});
