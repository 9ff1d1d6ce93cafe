import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMastodonPublisher } from "../../src/channels/mastodon/publish.js";
import { type ChannelPublisher, type Claim, PublishError, type PublishInput, type PublishMedia } from "../../src/channels/publisher.js";
import type { MastodonChannel } from "../../src/generated/config.js";
import { IDEMPOTENCY_WINDOW_MS, type MastodonFake, startMastodonFake } from "../fakes/mastodon/server.js";

const SECRET_ENV = "ACME_MASTODON_TOKEN";
/** A text Mastodon renders with a link split into spans, a shortened remote mention, a hashtag link and entities. */
const RICH_TEXT =
  "Spring menu is out & it's <fresh>!\n\nDetails: https://example.com/menus/spring-2026/index.html?lang=en\nThanks @chef@cooks.example #SpringMenu";

let fake: MastodonFake;

beforeEach(async () => {
  fake = await startMastodonFake();
});

afterEach(async () => {
  await fake.close();
});

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function publisher(options: { token?: string; account?: string; timeoutMs?: number } = {}): ChannelPublisher {
  const settings: MastodonChannel = {
    type: "mastodon",
    instance: fake.url,
    account: options.account ?? "@acme",
    visibility: "unlisted",
    secret_env: SECRET_ENV,
  };
  const token = "token" in options ? options.token : fake.owner.token;
  return createMastodonPublisher(settings, {
    secrets: (name) => (name === SECRET_ENV ? token : undefined),
    timeoutMs: options.timeoutMs ?? 5_000,
    random: seeded(7),
  });
}

function image(name: string, alt: string): PublishMedia {
  // The PNG signature and a few bytes: the fake checks the declared type, Mastodon would sniff the bytes.
  return {
    path: `posts/2026/${name}`,
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]),
    mimeType: "image/png",
    alt,
  };
}

function postInput(claim: Claim, fields: Partial<PublishInput> = {}): PublishInput {
  return { text: "Our spring menu is out.", media: [], postPath: "posts/2026/spring.md", channelId: "acme-mastodon", claim, ...fields };
}

async function failure(promise: Promise<unknown>): Promise<PublishError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(PublishError);
  return error as PublishError;
}

const creates = () => fake.requests.filter((request) => request.route === "POST /api/v1/statuses");

describe("Mastodon publisher against a fake instance", () => {
  it("publishes a status with two described images, waiting for their processing, with the configured visibility", async () => {
    await fake.close();
    fake = await startMastodonFake({ processing: 2 });
    const mastodon = publisher();
    const claim = mastodon.newClaim(fake.now());
    const media = [image("bowl.png", "A bowl of asparagus soup"), image("chef.png", "The chef plating a dessert")];
    const publication = await mastodon.publish(postInput(claim, { media, languages: ["en-GB"] }));

    const [status, ...others] = fake.statusesOf(fake.owner);
    expect(others).toEqual([]);
    expect(status).toMatchObject({ text: "Our spring menu is out.", visibility: "unlisted", language: "en" });
    const attached = (status?.mediaIds ?? []).map((id) => fake.media(id));
    expect(attached.map((item) => [item.description, item.fileName, item.statusId])).toEqual([
      ["A bowl of asparagus soup", "bowl.png", status?.id],
      ["The chef plating a dessert", "chef.png", status?.id],
    ]);
    // Each upload answered 202, then 206 once, then 200: masto kept polling until the file was ready.
    const polls = fake.requests.filter((request) => request.route === "GET /api/v1/media/:id").map((request) => request.status);
    expect(polls.sort()).toEqual([200, 200, 206, 206]);
    expect(creates().map((request) => request.idempotencyKey)).toEqual([claim.key]);
    expect(publication).toEqual({
      id: status?.id,
      url: `${fake.url}/@acme/${status?.id}`,
      refs: { accountId: fake.owner.id, mediaIds: status?.mediaIds.join(",") },
    });
    expect(fake.violations).toEqual([]);
  });

  it("attaches an image the instance processed at once without polling for it", async () => {
    await fake.close();
    fake = await startMastodonFake({ processing: 0 });
    const mastodon = publisher();
    await mastodon.publish(postInput(mastodon.newClaim(fake.now()), { media: [image("menu.png", "The spring menu card")] }));
    const [status] = fake.statusesOf(fake.owner);
    expect(status?.mediaIds.map((id) => fake.media(id).description)).toEqual(["The spring menu card"]);
    expect(fake.requests.map((request) => request.route)).toEqual(["POST /api/v2/media", "POST /api/v1/statuses"]);
  });

  it("picks claims as version 4 UUIDs, the same for the same random source", () => {
    const at = new Date("2026-03-02T09:00:00.000Z");
    const first = publisher().newClaim(at);
    expect(first.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(first).toEqual(publisher().newClaim(at));
    expect(first.at).toBe("2026-03-02T09:00:00.000Z");
  });

  it("reports a proxy's 502 after the create as an unknown outcome, and resolves it within the hour to the one status", async () => {
    const mastodon = publisher();
    const claim = mastodon.newClaim(fake.now());
    fake.failNext({ route: "POST /api/v1/statuses", kind: "502-after-apply" });
    const error = await failure(mastodon.publish(postInput(claim)));
    expect(error.outcome).toBe("unknown");
    expect(error.message).toMatch(/proxy's error page/);

    fake.advance(10 * 60_000);
    const resolution = await mastodon.resolve(postInput(claim));
    const [status, ...others] = fake.statusesOf(fake.owner);
    expect(others).toEqual([]);
    expect(resolution).toEqual({ state: "published", publication: expect.objectContaining({ id: status?.id }) });
    // Resolving never creates: the only create is the one that was interrupted.
    expect(creates()).toHaveLength(1);
  });

  it("within the hour, publishing again with the same claim gets the status the first create made (timeout after apply)", async () => {
    const mastodon = publisher({ timeoutMs: 300 });
    const claim = mastodon.newClaim(fake.now());
    fake.failNext({ route: "POST /api/v1/statuses", kind: "timeout-after-apply" });
    const error = await failure(mastodon.publish(postInput(claim)));
    expect(error.outcome).toBe("unknown");
    expect(error.message).toMatch(/did not answer in time/);

    fake.advance(IDEMPOTENCY_WINDOW_MS - 60_000);
    const again = await mastodon.publish(postInput(claim));
    const [status, ...others] = fake.statusesOf(fake.owner);
    expect(others).toEqual([]);
    expect(again.id).toBe(status?.id);
    expect(creates().map((request) => request.idempotencyKey)).toEqual([claim.key, claim.key]);
  });

  it("after the hour, when the key is forgotten, finds the interrupted status among the account's own and does not post again", async () => {
    const mastodon = publisher();
    fake.addStatus("An older status of the account");
    const claim = mastodon.newClaim(fake.now());
    fake.failNext({ route: "POST /api/v1/statuses", kind: "502-after-apply" });
    await failure(mastodon.publish(postInput(claim, { text: RICH_TEXT })));
    fake.addStatus("A later status of the account");

    fake.advance(IDEMPOTENCY_WINDOW_MS + 60_000);
    const resolution = await mastodon.resolve(postInput(claim, { text: RICH_TEXT }));
    const statuses = fake.statusesOf(fake.owner);
    const posted = statuses.filter((status) => status.text === RICH_TEXT);
    expect(posted).toHaveLength(1);
    expect(statuses).toHaveLength(3);
    expect(resolution).toEqual({ state: "published", publication: expect.objectContaining({ id: posted[0]?.id }) });
    expect(creates()).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it("after the hour, says absent when the create never happened; publishing again then makes exactly one status", async () => {
    const mastodon = publisher();
    const claim = mastodon.newClaim(fake.now());
    fake.failNext({ route: "POST /api/v1/statuses", kind: "502-before-apply" });
    expect((await failure(mastodon.publish(postInput(claim)))).outcome).toBe("unknown");
    // The same text posted before the claim is not this claim's status.
    fake.advance(-30 * 60_000);
    fake.addStatus("Our spring menu is out.");
    fake.advance(IDEMPOTENCY_WINDOW_MS + 30 * 60_000);

    expect(await mastodon.resolve(postInput(claim))).toEqual({ state: "absent" });
    const publication = await mastodon.publish(postInput(claim));
    const ours = fake.statusesOf(fake.owner).filter((status) => status.id === publication.id);
    expect(ours).toHaveLength(1);
    expect(fake.statusesOf(fake.owner)).toHaveLength(2);
  });

  it("pages through the account's statuses when it posted more than a page since the claim", async () => {
    const mastodon = publisher();
    const claim = mastodon.newClaim(fake.now());
    fake.failNext({ route: "POST /api/v1/statuses", kind: "502-after-apply" });
    await failure(mastodon.publish(postInput(claim)));
    for (let n = 1; n <= 45; n++) fake.addStatus(`Status number ${n}`);
    fake.advance(IDEMPOTENCY_WINDOW_MS + 60_000);

    const resolution = await mastodon.resolve(postInput(claim));
    expect(resolution).toMatchObject({ state: "published" });
    expect(fake.requests.filter((request) => request.route === "GET /api/v1/accounts/:id/statuses")).toHaveLength(2);
    expect(creates()).toHaveLength(1);
  });

  it("says unknown when the lookup itself fails", async () => {
    const mastodon = publisher();
    const claim = mastodon.newClaim(fake.now());
    fake.failNext({ route: "GET /api/v1/accounts/:id/statuses", kind: "502-before-apply" });
    const resolution = await mastodon.resolve(postInput(claim));
    expect(resolution).toMatchObject({ state: "unknown", reason: expect.stringMatching(/looking for the status/) });
  });

  it("replies to a status of this instance by its URL and to one elsewhere through search", async () => {
    const mastodon = publisher();
    const local = fake.addStatus("What is on the spring menu?");
    const remote = fake.addRemoteStatus("https://cooks.example/@chef/112233", "Asparagus season!");

    await mastodon.publish(postInput(mastodon.newClaim(fake.now()), { text: "Asparagus soup.", replyTo: fake.statusUrl(local) }));
    await mastodon.publish(postInput(mastodon.newClaim(fake.now()), { text: "Agreed!", replyTo: "https://cooks.example/@chef/112233" }));

    const replies = fake.statusesOf(fake.owner).filter((status) => status.inReplyToId !== null);
    expect(replies.map((status) => [status.text, status.inReplyToId])).toEqual([
      ["Asparagus soup.", local.id],
      ["Agreed!", remote.id],
    ]);
    expect(fake.requests.filter((request) => request.route === "GET /api/v2/search")).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it("refuses a reply to a status nobody can find, before creating anything", async () => {
    const mastodon = publisher();
    const error = await failure(mastodon.publish(postInput(mastodon.newClaim(fake.now()), { replyTo: "https://nowhere.example/@x/1" })));
    expect(error.outcome).toBe("refused");
    expect(error.message).toContain("https://nowhere.example/@x/1");
    expect(creates()).toEqual([]);
  });

  it("removes a status; removing it again is already-gone", async () => {
    const mastodon = publisher();
    const publication = await mastodon.publish(postInput(mastodon.newClaim(fake.now())));
    expect(await mastodon.remove(publication)).toBe("removed");
    expect(fake.statusesOf(fake.owner)).toEqual([]);
    expect(await mastodon.remove(publication)).toBe("already-gone");
    expect(fake.statusesOf(fake.owner)).toEqual([]);
  });

  it("does not call another account's status already-gone when its token cannot delete it", async () => {
    const publication = await publisher().publish(postInput(publisher().newClaim(fake.now())));
    const error = await failure(publisher({ token: fake.stranger.token }).remove(publication));
    expect(error.outcome).toBe("refused");
    expect(error.message).toMatch(/still online/);
    expect(fake.statusesOf(fake.owner)).toHaveLength(1);
  });

  it("edits a status in place: same id, new text and media", async () => {
    const mastodon = publisher();
    const publication = await mastodon.publish(postInput(mastodon.newClaim(fake.now()), { text: "Spring menu: out now." }));
    fake.advance(60_000);
    const edited = await mastodon.edit?.(
      publication,
      postInput(mastodon.newClaim(fake.now()), {
        text: "Spring menu: out now, with asparagus.",
        media: [image("soup.png", "Asparagus soup")],
      }),
    );
    const [status, ...others] = fake.statusesOf(fake.owner);
    expect(others).toEqual([]);
    expect(edited?.id).toBe(publication.id);
    expect(status).toMatchObject({ id: publication.id, text: "Spring menu: out now, with asparagus.", editedAt: fake.now().toISOString() });
    expect(status?.mediaIds.map((id) => fake.media(id).description)).toEqual(["Asparagus soup"]);
    expect(fake.violations).toEqual([]);
  });

  it("verifies the account behind the token against the configured one", async () => {
    const host = new URL(fake.url).host;
    expect(await publisher().verifyAccount()).toEqual({ ok: true, expected: `@acme@${host}`, actual: `@acme@${host}` });
    expect((await publisher({ account: `@acme@${host}` }).verifyAccount()).ok).toBe(true);
    expect(await publisher({ token: fake.stranger.token }).verifyAccount()).toEqual({
      ok: false,
      expected: `@acme@${host}`,
      actual: `@someone_else@${host}`,
    });
    // Configured on another domain than the one the instance serves: asked, and refused.
    expect((await publisher({ account: "@acme@elsewhere.example" }).verifyAccount()).ok).toBe(false);
  });

  it("refuses without a token, naming the variable; an invalid token is refused without being repeated", async () => {
    const missing = await failure(publisher({ token: undefined }).publish(postInput(publisher().newClaim(fake.now()))));
    expect(missing.outcome).toBe("refused");
    expect(missing.message).toContain(SECRET_ENV);
    expect(fake.requests).toEqual([]);

    const wrongToken = "not-a-valid-token-31f9a7c2";
    const invalid = publisher({ token: wrongToken });
    const errors = [
      await failure(invalid.publish(postInput(invalid.newClaim(fake.now())))),
      await failure(invalid.verifyAccount()),
      await failure(invalid.remove({ id: "1", url: `${fake.url}/@acme/1` })),
    ];
    for (const error of errors) {
      expect(error.outcome).toBe("refused");
      expect(error.status).toBe(401);
      expect(error.message).toContain(SECRET_ENV);
      expect(`${error.message} ${error.stack} ${JSON.stringify(error)}`).not.toContain(wrongToken);
    }
    const resolution = await invalid.resolve(postInput(invalid.newClaim(fake.now())));
    expect(JSON.stringify(resolution)).not.toContain(wrongToken);
    expect(fake.statusesOf(fake.owner)).toEqual([]);
  });

  it("reports a 429 as refused with the seconds until Mastodon's rate-limit window resets", async () => {
    const mastodon = publisher();
    fake.advance(2 * 60_000 + 30_000); // 09:02:30: the 5-minute window resets at 09:05:00
    fake.failNext({ route: "POST /api/v1/statuses", kind: "429" });
    const error = await failure(mastodon.publish(postInput(mastodon.newClaim(fake.now()))));
    expect(error).toMatchObject({ outcome: "refused", status: 429, retryAfter: 150 });
    expect(fake.statusesOf(fake.owner)).toEqual([]);
  });

  it("passes on the instance's refusal of a text over its character limit, creating nothing", async () => {
    await fake.close();
    fake = await startMastodonFake({ maxCharacters: 40 });
    const mastodon = publisher();
    // 23 for the URL plus the words: 41 counted characters, though far more are typed.
    const text = "Menu: https://example.com/a/very/long/path/to/the/menu 12345678901";
    const error = await failure(mastodon.publish(postInput(mastodon.newClaim(fake.now()), { text })));
    expect(error).toMatchObject({ outcome: "refused", status: 422 });
    expect(error.message).toContain("character limit of 40");
    expect(fake.statusesOf(fake.owner)).toEqual([]);
  });

  it("refuses more than four media before uploading any", async () => {
    const mastodon = publisher();
    const media = ["a", "b", "c", "d", "e"].map((name) => image(`${name}.png`, name));
    const error = await failure(mastodon.publish(postInput(mastodon.newClaim(fake.now()), { media })));
    expect(error.outcome).toBe("refused");
    expect(fake.requests).toEqual([]);
  });
});

describe("the fake Mastodon instance", () => {
  it("refuses to attach media still processing, as Mastodon does", async () => {
    await fake.close();
    fake = await startMastodonFake({ processing: 2 });
    const headers = { Authorization: `Bearer ${fake.owner.token}` };
    const form = new FormData();
    form.append("file", new File([new Uint8Array([0x89, 0x50])], "a.png", { type: "image/png" }));
    const upload = await fetch(`${fake.url}/api/v2/media`, { method: "POST", headers, body: form });
    expect(upload.status).toBe(202);
    const { id, url } = (await upload.json()) as { id: string; url: string | null };
    expect(url).toBeNull();
    const create = await fetch(`${fake.url}/api/v1/statuses`, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/json" },
      body: JSON.stringify({ status: "Soup", media_ids: [id] }),
    });
    expect(create.status).toBe(422);
    expect(((await create.json()) as { error: string }).error).toMatch(/not finished processing/);
    expect(fake.statusesOf(fake.owner)).toEqual([]);
  });

  it("counts URLs as 23 characters and remote mentions by their user part", async () => {
    const { countedLength } = await import("../fakes/mastodon/server.js");
    expect(countedLength("see https://example.com/a/very/long/path")).toBe(4 + 23);
    expect(countedLength("hi @chef@cooks.example 👩🏽‍🍳")).toBe("hi @chef ".length + 1);
  });
});

describe("recognising a status's text from its HTML", () => {
  it("reads Mastodon's paragraphs, line breaks, split links, short mentions and entities back as the text sent", async () => {
    const { htmlToText, sameStatusText } = await import("../../src/channels/mastodon/status-text.js");
    const html =
      '<p>Fish &amp; chips &#39;n&#x27; peas</p><p>Book: <a href="https://www.example.com/book/a-table-for-two-on-friday" rel="nofollow noopener" target="_blank">' +
      '<span class="invisible">https://www.</span><span class="ellipsis">example.com/book/a-table-for-</span><span class="invisible">two-on-friday</span></a><br />' +
      'with <span class="h-card" translate="no"><a href="https://cooks.example/@chef" class="u-url mention">@<span>chef</span></a></span></p>';
    expect(htmlToText(html)).toBe("Fish & chips 'n' peas\n\nBook: https://www.example.com/book/a-table-for-two-on-friday\nwith @chef");
    expect(
      sameStatusText(
        htmlToText(html),
        "Fish & chips 'n' peas\n\nBook: https://www.example.com/book/a-table-for-two-on-friday\nwith @chef@cooks.example",
      ),
    ).toBe(true);
    expect(
      sameStatusText(
        htmlToText(html),
        "Fish & chips 'n' peas\n\nBook: https://www.example.com/book/a-table-for-two-on-saturday\nwith @chef",
      ),
    ).toBe(false);
  });
});
