/**
 * The fake PDS itself: its CIDs are the real ones, and it refuses what a PDS refuses (a test that passes
 * against a fake that accepts anything proves nothing).
 */
import { jsonToLex } from "@atproto/api";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cidForBlob, cidForRecord } from "./cid.js";
import { type FakePds, startFakePds } from "./server.js";

describe("cid", () => {
  // Vectors from bluesky-social/atproto-interop-tests, data-model/data-model-fixtures.json (CC0).
  it("matches the atproto data-model fixtures for records", () => {
    const plain = {
      string: "abc",
      unicode: "a~öñ©⽘☎𓋓😀👨‍👩‍👧‍👧",
      integer: 123,
      bool: true,
      null: null,
      array: ["abc", "def", "ghi"],
      object: { string: "abc", number: 123, bool: true, arr: ["abc", "def", "ghi"] },
    };
    expect(cidForRecord(jsonToLex(plain))).toBe("bafyreiclp443lavogvhj3d2ob2cxbfuscni2k5jk7bebjzg7khl3esabwq");
    const links = {
      a: { $link: "bafyreidfayvfuwqa7qlnopdjiqrxzs6blmoeu4rujcjtnci5beludirz2a" },
      b: { $bytes: "nFERjvLLiw9qm45JrqH9QTzyC2Lu1Xb4ne6+sBrCzI0" },
      c: {
        $type: "blob",
        ref: { $link: "bafkreiccldh766hwcnuxnf2wh6jgzepf2nlu2lvcllt63eww5p6chi4ity" },
        mimeType: "image/jpeg",
        size: 10000,
      },
    };
    expect(cidForRecord(jsonToLex(links))).toBe("bafyreihldkhcwijkde7gx4rpkkuw7pl6lbyu5gieunyc7ihactn5bkd2nm");
  });

  it("gives blobs raw SHA-256 CIDs", () => {
    // sha256("") = e3b0c442…; as a raw CIDv1 in base32 it is this well-known value.
    expect(cidForBlob(new Uint8Array())).toBe("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
  });
});

describe("the fake PDS", () => {
  let pds: FakePds;
  let token: string;
  let did: string;

  beforeEach(async () => {
    pds = await startFakePds({ accounts: [{ handle: "acme.bsky.social", password: "pw" }] });
    const session = await xrpc("com.atproto.server.createSession", { identifier: "acme.bsky.social", password: "pw" });
    token = String(session.body.accessJwt);
    did = String(session.body.did);
    expect(session.body.didDoc).toMatchObject({ service: [{ id: "#atproto_pds", serviceEndpoint: pds.url }] });
  });

  afterEach(async () => {
    await pds.close();
  });

  async function xrpc(nsid: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    const res = await fetch(`${pds.url}/xrpc/${nsid}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  }

  const post = (record: Record<string, unknown>, rkey = "3lbbbbbbbbbb2") =>
    xrpc("com.atproto.repo.createRecord", { repo: did, collection: "app.bsky.feed.post", rkey, record });

  it("refuses a record the lexicon rejects, and records the violation", async () => {
    const answer = await post({ $type: "app.bsky.feed.post", text: "no date" });
    expect(answer).toMatchObject({ status: 400, body: { error: "InvalidRequest" } });
    expect(pds.violations).toHaveLength(1);
    expect(pds.violations[0]).toContain("createdAt");
    expect(pds.records("acme.bsky.social")).toEqual([]);
  });

  it("refuses a blob that was never uploaded, and a key that is not a TID", async () => {
    const ref = { $type: "blob", ref: { $link: cidForBlob(new Uint8Array([1])) }, mimeType: "image/png", size: 1 };
    const record = { $type: "app.bsky.feed.post", text: "", createdAt: "2026-12-01T10:00:00.000Z" };
    expect((await post({ ...record, embed: { $type: "app.bsky.embed.images", images: [{ image: ref, alt: "x" }] } })).status).toBe(400);
    expect((await post(record, "not-a-tid")).status).toBe(400);
    expect(pds.violations).toHaveLength(2);
    expect(pds.records("acme.bsky.social")).toEqual([]);
  });

  it("refuses an image over the lexicon's maxSize", async () => {
    const bytes = new Uint8Array(2_000_001);
    const upload = await fetch(`${pds.url}/xrpc/com.atproto.repo.uploadBlob`, {
      method: "POST",
      headers: { "content-type": "image/png", authorization: `Bearer ${token}` },
      body: bytes,
    });
    const { blob } = (await upload.json()) as { blob: unknown };
    const embed = { $type: "app.bsky.embed.images", images: [{ image: blob, alt: "big" }] };
    const answer = await post({ $type: "app.bsky.feed.post", text: "", createdAt: "2026-12-01T10:00:00.000Z", embed });
    expect(answer.status).toBe(400);
    expect(pds.violations[0]).toContain("maxSize 2000000");
    expect(pds.records("acme.bsky.social")).toEqual([]);
  });

  it("answers 500 for an existing key, keeping the first record; deletes are repeat-safe", async () => {
    const record = { $type: "app.bsky.feed.post", text: "one", createdAt: "2026-12-01T10:00:00.000Z" };
    const first = await post(record);
    expect(first.body.cid).toBe(cidForRecord(jsonToLex(record)));
    expect((await post({ ...record, text: "two" })).status).toBe(500);
    expect(pds.records("acme.bsky.social").map((r) => r.value.text)).toEqual(["one"]);
    const target = { repo: did, collection: "app.bsky.feed.post", rkey: "3lbbbbbbbbbb2" };
    expect((await xrpc("com.atproto.repo.deleteRecord", target)).body.commit).toBeDefined();
    expect(await xrpc("com.atproto.repo.deleteRecord", target)).toEqual({ status: 200, body: {} });
    expect(pds.records("acme.bsky.social")).toEqual([]);
  });

  it("refuses writes without a session", async () => {
    token = "";
    const answer = await post({ $type: "app.bsky.feed.post", text: "x", createdAt: "2026-12-01T10:00:00.000Z" });
    expect(answer.status).toBe(401);
    expect(pds.records("acme.bsky.social")).toEqual([]);
  });
});
