/**
 * A fake Bluesky PDS: a real HTTP server on 127.0.0.1 serving the XRPC methods a publisher calls, from an
 * in-memory repository per account. Every request's parameters and body are validated against the lexicons
 * shipped with `@atproto/api` (a post's record too, and the blobs it references must have been uploaded);
 * an invalid request answers 400 as a PDS does and is recorded in `pds.violations`, which tests assert stays
 * empty. Responses carry real CIDs (cid.ts) and are checked against the lexicons before they are sent.
 *
 *   const pds = await startFakePds({ accounts: [{ handle: "acme.bsky.social", password: "app-pass" }] });
 *   // point a publisher at pds.url, then inspect
 *   pds.records("acme.bsky.social"); pds.blobs; pds.requests; pds.violations
 *   pds.fail({ nsid: "com.atproto.repo.createRecord", kind: "after-apply", status: 500 });
 *   pds.loginAs("someone-else.bsky.social"); // every app password now opens that account
 *   pds.expireSessions(); // the next call answers 400 ExpiredToken; the client refreshes
 *   await pds.close();
 *
 * Behaviour copied from the reference PDS: a `createRecord` with a record key that exists answers
 * 500 InternalServerError (nothing is overwritten); `deleteRecord` of a missing record succeeds without a
 * `commit`; `getRecord` of a missing record answers 400 RecordNotFound; `createSession` answers a DID
 * document whose `#atproto_pds` service is this server, where the client then sends every call.
 */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { BlobRef, jsonStringToLex, jsonToLex, lexicons, lexToJson } from "@atproto/api";
import { cidForBlob, cidForRecord } from "./cid.js";

export interface FakeAccountInput {
  handle: string;
  /** The app password that opens this account; an account without one exists only to be mentioned. */
  password?: string;
  did?: string;
}

export interface FakeAccount {
  handle: string;
  did: string;
  password?: string;
}

export interface StoredRecord {
  uri: string;
  cid: string;
  collection: string;
  rkey: string;
  /** The record as the client sent it, in JSON form (`{"$link": …}` for links). */
  value: Record<string, unknown>;
}

export interface StoredBlob {
  cid: string;
  mimeType: string;
  size: number;
  /** The account that uploaded it. */
  did: string;
}

export type Fault =
  /** Apply the write, then answer a 5xx: the client cannot know it happened. */
  | { nsid: string; kind: "after-apply"; status?: 500 | 502 | 503 | 504 }
  /** Answer an error without doing anything. */
  | { nsid: string; kind: "error"; status: number; error?: string; message?: string }
  /** Never answer (the client's timeout fires); `apply` first when asked to. */
  | { nsid: string; kind: "hold"; apply?: boolean }
  /** 429 with `retry-after` in seconds, nothing applied. */
  | { nsid: string; kind: "rate-limit"; retryAfter: number };

export interface LoggedRequest {
  method: string;
  nsid: string;
  params: Record<string, string>;
  /** JSON bodies as sent; for a blob upload, its content type and size. */
  body: unknown;
  /** 0 while held. */
  status: number;
  /** The DID of the session that made it, when authenticated. */
  did?: string;
  fault?: Fault["kind"];
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

class XrpcFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    message: string,
  ) {
    super(message);
  }
}

const TID_CHARS = "234567abcdefghijklmnopqrstuvwxyz";
const TID_SYNTAX = /^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$/;

export class FakePds {
  readonly requests: LoggedRequest[] = [];
  /** Requests that broke a lexicon; each answered 400. */
  readonly violations: string[] = [];
  readonly blobs = new Map<string, StoredBlob>();
  readonly accounts: FakeAccount[];
  url = "";
  private readonly repos = new Map<string, Map<string, StoredRecord>>();
  private readonly tokens = new Map<string, { did: string; kind: "access" | "refresh"; expired?: boolean }>();
  private faults: Fault[] = [];
  private loginTarget: string | undefined;
  private counter = 0;
  private readonly held = new Set<ServerResponse>();
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((err: unknown) =>
      this.send(res, { status: 500, body: { error: "InternalServerError", message: String(err) } }),
    );
  });

  constructor(accounts: FakeAccountInput[]) {
    this.accounts = accounts.map((a) => ({ ...a, did: a.did ?? plcDid(a.handle) }));
    for (const account of this.accounts) this.repos.set(account.did, new Map());
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Queue a fault for the next request to `nsid` (faults for one method apply in order, once each). */
  fail(fault: Fault): void {
    this.faults.push(fault);
  }

  /** Wrong-account mode: every correct app password opens the account with this handle instead. */
  loginAs(handle: string | undefined): void {
    this.loginTarget = handle;
  }

  /** Every access token issued so far expires: the next call answers 400 ExpiredToken, as a PDS does. */
  expireSessions(): void {
    for (const token of this.tokens.values()) if (token.kind === "access") token.expired = true;
  }

  account(handleOrDid: string): FakeAccount {
    const found = this.accounts.find((a) => a.handle === handleOrDid || a.did === handleOrDid);
    if (!found) throw new Error(`the fake PDS has no account ${handleOrDid}`);
    return found;
  }

  /** The account's records in one collection (posts by default), oldest key first. */
  records(handleOrDid: string, collection = "app.bsky.feed.post"): StoredRecord[] {
    const repo = this.repos.get(this.account(handleOrDid).did) ?? new Map();
    return [...repo.values()].filter((r) => r.collection === collection).sort((a, b) => a.rkey.localeCompare(b.rkey));
  }

  /** Put a record in place directly, e.g. the post a reply answers. */
  seed(handleOrDid: string, collection: string, rkey: string, value: Record<string, unknown>): StoredRecord {
    return this.store(this.account(handleOrDid).did, collection, rkey, value);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.url);
    const nsid = url.pathname.startsWith("/xrpc/") ? url.pathname.slice("/xrpc/".length) : "";
    const raw = await readBody(req);
    const params = Object.fromEntries(url.searchParams);
    const entry: LoggedRequest = { method: req.method ?? "GET", nsid, params, body: undefined, status: 0 };
    this.requests.push(entry);
    const contentType = req.headers["content-type"] ?? "";
    const isJson = contentType.startsWith("application/json");
    entry.body =
      isJson && raw.length > 0 ? JSON.parse(raw.toString("utf8")) : raw.length > 0 ? { contentType, size: raw.length } : undefined;

    let reply: Reply;
    try {
      const method = ROUTES[nsid];
      if (!method) throw new XrpcFailure(501, "MethodNotImplemented", `Method Not Implemented: ${nsid}`);
      const def = lexicons.getDef(nsid) as { type: string } | undefined;
      const expected = def?.type === "procedure" ? "POST" : "GET";
      if (req.method !== expected) throw new XrpcFailure(400, "InvalidRequest", `${nsid} takes ${expected}, not ${req.method}`);
      this.validate(() => lexicons.assertValidXrpcParams(nsid, typedParams(nsid, url.searchParams)));
      const input = isJson ? this.validate(() => lexicons.assertValidXrpcInput(nsid, jsonStringToLex(raw.toString("utf8")))) : undefined;
      const did = method.auth === "none" ? undefined : this.authenticate(req, method.auth);
      entry.did = did;
      const call: Call = { params, input: input as Record<string, unknown>, raw, contentType, did: did ?? "" };

      const fault = this.takeFault(nsid);
      if (fault) entry.fault = fault.kind;
      if (fault?.kind === "error")
        throw new XrpcFailure(fault.status, fault.error ?? "InternalServerError", fault.message ?? "Injected failure");
      if (fault?.kind === "rate-limit") {
        reply = {
          status: 429,
          body: { error: "RateLimitExceeded", message: "Rate Limit Exceeded" },
          headers: rateLimitHeaders(fault.retryAfter),
        };
      } else if (fault?.kind === "hold") {
        if (fault.apply) method.run.call(this, call);
        this.held.add(res);
        return;
      } else {
        const body = method.run.call(this, call);
        // Check our own answer as the client will: a fake that answers what no PDS would proves nothing.
        lexicons.assertValidXrpcOutput(nsid, jsonToLex(body));
        reply =
          fault?.kind === "after-apply"
            ? { status: fault.status ?? 500, body: { error: "InternalServerError", message: "Internal Server Error" } }
            : { status: 200, body };
      }
    } catch (err) {
      if (!(err instanceof XrpcFailure)) throw err;
      reply = { status: err.status, body: { error: err.error, message: err.message } };
    }
    entry.status = reply.status;
    this.send(res, reply);
  }

  private send(res: ServerResponse, reply: Reply): void {
    res.writeHead(reply.status, { "content-type": "application/json; charset=utf-8", ...reply.headers });
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }

  validate<T>(check: () => T): T {
    try {
      return check();
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.violations.push(message);
      throw new XrpcFailure(400, "InvalidRequest", message);
    }
  }

  private takeFault(nsid: string): Fault | undefined {
    const index = this.faults.findIndex((f) => f.nsid === nsid);
    return index < 0 ? undefined : this.faults.splice(index, 1)[0];
  }

  private authenticate(req: IncomingMessage, kind: "access" | "refresh"): string {
    const header = req.headers.authorization ?? "";
    const token = this.tokens.get(header.replace(/^Bearer /, ""));
    if (!token) throw new XrpcFailure(401, "AuthenticationRequired", "Authentication Required");
    if (token.kind !== kind) throw new XrpcFailure(400, "InvalidToken", `Expected a ${kind} token`);
    if (token.expired) throw new XrpcFailure(400, "ExpiredToken", "Token has expired");
    return token.did;
  }

  /** Resolve a repo parameter (handle or DID) to an account of this PDS. */
  repoOf(repo: string): FakeAccount {
    const found = this.accounts.find((a) => a.handle === repo || a.did === repo);
    if (!found) throw new XrpcFailure(400, "InvalidRequest", `Could not find repo: ${repo}`);
    return found;
  }

  ownRepo(repo: string, did: string): FakeAccount {
    const account = this.repoOf(repo);
    if (account.did !== did) throw new XrpcFailure(401, "AuthenticationRequired", "Authentication Required");
    return account;
  }

  session(account: FakeAccount): Record<string, unknown> {
    const access = `access-${++this.counter}-${account.handle}`;
    const refresh = `refresh-${this.counter}-${account.handle}`;
    this.tokens.set(access, { did: account.did, kind: "access" });
    this.tokens.set(refresh, { did: account.did, kind: "refresh" });
    return { accessJwt: access, refreshJwt: refresh, ...this.identity(account), active: true };
  }

  identity(account: FakeAccount): Record<string, unknown> {
    return {
      handle: account.handle,
      did: account.did,
      didDoc: {
        "@context": ["https://www.w3.org/ns/did/v1"],
        id: account.did,
        alsoKnownAs: [`at://${account.handle}`],
        service: [{ id: "#atproto_pds", type: "AtprotoPersonalDataServer", serviceEndpoint: this.url }],
      },
    };
  }

  store(did: string, collection: string, rkey: string, value: Record<string, unknown>): StoredRecord {
    const uri = `at://${did}/${collection}/${rkey}`;
    const record: StoredRecord = { uri, cid: cidForRecord(jsonToLex(value)), collection, rkey, value };
    this.repos.get(did)?.set(`${collection}/${rkey}`, record);
    return record;
  }

  find(did: string, collection: string, rkey: string): StoredRecord | undefined {
    return this.repos.get(did)?.get(`${collection}/${rkey}`);
  }

  remove(did: string, collection: string, rkey: string): boolean {
    return this.repos.get(did)?.delete(`${collection}/${rkey}`) ?? false;
  }

  /** Every blob a record references must have been uploaded by its author, with the same type and size. */
  checkBlobs(value: unknown, did: string): void {
    if (value instanceof BlobRef) {
      const blob = this.blobs.get(value.ref.toString());
      const fits = blob && blob.did === did && blob.mimeType === value.mimeType && blob.size === value.size;
      if (!fits) this.validate(() => fail(`Could not find blob ${value.ref.toString()} (${value.mimeType}, ${value.size} bytes)`));
    } else if (Array.isArray(value)) {
      for (const item of value) this.checkBlobs(item, did);
    } else if (value && typeof value === "object") {
      for (const item of Object.values(value)) this.checkBlobs(item, did);
    }
  }

  /** A PDS checks each image blob against the lexicon's `accept` and `maxSize` when the post is committed. */
  checkImageConstraints(record: unknown): void {
    const embed = (record as { embed?: { $type?: string; images?: { image: BlobRef }[] } }).embed;
    if (embed?.$type !== "app.bsky.embed.images") return;
    const def = lexicons.getDef("app.bsky.embed.images#image") as unknown as {
      properties: { image: { accept: string[]; maxSize: number } };
    };
    const { accept, maxSize } = def.properties.image;
    for (const { image } of embed.images ?? []) {
      const accepted = accept.some((pattern) =>
        pattern.endsWith("/*") ? image.mimeType.startsWith(pattern.slice(0, -1)) : image.mimeType === pattern,
      );
      if (!accepted || image.size > maxSize) {
        this.validate(() =>
          fail(`Image blob ${image.ref.toString()} (${image.mimeType}, ${image.size} bytes) breaks accept ${accept} / maxSize ${maxSize}`),
        );
      }
    }
  }

  commit(): { cid: string; rev: string } {
    return { cid: cidForRecord({ rev: ++this.counter }), rev: this.tid() };
  }

  /** A fresh timestamp identifier: what a PDS picks when the client names no record key. */
  tid(): string {
    let n = ((BigInt(Date.now()) * 1000n + BigInt(++this.counter)) << 10n) | 7n;
    let out = "";
    for (let i = 0; i < 13; i++) {
      out = TID_CHARS[Number(n & 31n)] + out;
      n >>= 5n;
    }
    return out;
  }

  loginTargetFor(account: FakeAccount): FakeAccount {
    return this.loginTarget ? this.account(this.loginTarget) : account;
  }

  validateRecord(collection: string, record: unknown): void {
    this.validate(() => lexicons.assertValidRecord(collection, record));
  }
}

interface Call {
  params: Record<string, string>;
  input: Record<string, unknown>;
  raw: Buffer;
  contentType: string;
  /** The authenticated DID ("" for unauthenticated methods). */
  did: string;
}

interface Method {
  auth: "none" | "access" | "refresh";
  run(this: FakePds, call: Call): Record<string, unknown>;
}

const ROUTES: Record<string, Method> = {
  "com.atproto.server.createSession": {
    auth: "none",
    run({ input }) {
      const account = this.accounts.find((a) => a.handle === input.identifier || a.did === input.identifier);
      if (!account?.password || account.password !== input.password) {
        throw new XrpcFailure(401, "AuthenticationRequired", "Invalid identifier or password");
      }
      return this.session(this.loginTargetFor(account));
    },
  },
  "com.atproto.server.getSession": {
    auth: "access",
    run({ did }) {
      return { ...this.identity(this.account(did)), active: true };
    },
  },
  "com.atproto.server.refreshSession": {
    auth: "refresh",
    run({ did }) {
      return this.session(this.account(did));
    },
  },
  "com.atproto.identity.resolveHandle": {
    auth: "none",
    run({ params }) {
      const account = this.accounts.find((a) => a.handle === params.handle);
      if (!account) throw new XrpcFailure(400, "HandleNotFound", "Unable to resolve handle");
      return { did: account.did };
    },
  },
  "com.atproto.repo.describeRepo": {
    auth: "none",
    run({ params }) {
      const account = this.repoOf(params.repo ?? "");
      const collections = [...new Set(this.records(account.did).map((r) => r.collection))];
      return { ...this.identity(account), collections, handleIsCorrect: true };
    },
  },
  "com.atproto.repo.uploadBlob": {
    auth: "access",
    run({ raw, contentType, did }) {
      if (raw.length === 0) throw new XrpcFailure(400, "InvalidRequest", "Request body is empty");
      const mimeType = contentType.split(";")[0]?.trim() || "application/octet-stream";
      const cid = cidForBlob(raw);
      this.blobs.set(cid, { cid, mimeType, size: raw.length, did });
      return { blob: { $type: "blob", ref: { $link: cid }, mimeType, size: raw.length } };
    },
  },
  "com.atproto.repo.createRecord": {
    auth: "access",
    run({ input, did }) {
      const account = this.ownRepo(String(input.repo), did);
      const collection = String(input.collection);
      this.validateRecord(collection, input.record);
      this.checkBlobs(input.record, account.did);
      this.checkImageConstraints(input.record);
      const rkey = typeof input.rkey === "string" ? input.rkey : this.tid();
      if (collection === "app.bsky.feed.post" && !TID_SYNTAX.test(rkey)) {
        this.validate(() => fail(`Record key ${rkey} is not a TID, which ${collection} requires`));
      }
      // The reference PDS does not check for an existing key: the repository's insert fails, and the
      // client sees a bare 500 (atproto #3718). A retry with the same key is therefore never a duplicate.
      if (this.find(account.did, collection, rkey)) throw new XrpcFailure(500, "InternalServerError", "Internal Server Error");
      const record = this.store(account.did, collection, rkey, lexToJson(input.record as never) as Record<string, unknown>);
      return { uri: record.uri, cid: record.cid, commit: this.commit(), validationStatus: "valid" };
    },
  },
  "com.atproto.repo.getRecord": {
    auth: "none",
    run({ params }) {
      const account = this.repoOf(params.repo ?? "");
      const record = this.find(account.did, params.collection ?? "", params.rkey ?? "");
      if (!record) {
        throw new XrpcFailure(400, "RecordNotFound", `Could not locate record: at://${account.did}/${params.collection}/${params.rkey}`);
      }
      return { uri: record.uri, cid: record.cid, value: record.value };
    },
  },
  "com.atproto.repo.deleteRecord": {
    auth: "access",
    run({ input, did }) {
      const account = this.ownRepo(String(input.repo), did);
      // Deleting what is not there is a no-op without a commit: the post-condition already holds.
      const removed = this.remove(account.did, String(input.collection), String(input.rkey));
      return removed ? { commit: this.commit() } : {};
    },
  },
};

function fail(message: string): never {
  throw new Error(message);
}

/** Query strings carry text; the lexicon's parameter types say what each value is. */
function typedParams(nsid: string, search: URLSearchParams): Record<string, unknown> {
  const def = lexicons.getDef(nsid) as { parameters?: { properties?: Record<string, { type: string }> } } | undefined;
  const properties = def?.parameters?.properties ?? {};
  const out: Record<string, unknown> = {};
  for (const key of new Set(search.keys())) {
    const type = properties[key]?.type;
    const values = search.getAll(key);
    if (type === "array") out[key] = values;
    else if (type === "integer") out[key] = Number(values[0]);
    else if (type === "boolean") out[key] = values[0] === "true";
    else out[key] = values[0];
  }
  return out;
}

function rateLimitHeaders(retryAfter: number): Record<string, string> {
  const reset = Math.ceil(Date.now() / 1000) + retryAfter;
  return { "retry-after": String(retryAfter), "ratelimit-limit": "5000", "ratelimit-remaining": "0", "ratelimit-reset": String(reset) };
}

function plcDid(handle: string): string {
  // did:plc identifiers are 24 base32 characters; derive a stable one from the handle.
  const digest = createHash("sha256").update(handle).digest();
  let out = "";
  for (let i = 0; i < 24; i++) out += "abcdefghijklmnopqrstuvwxyz234567"[(digest[i] ?? 0) & 31];
  return `did:plc:${out}`;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakePds(options: { accounts: FakeAccountInput[] }): Promise<FakePds> {
  const pds = new FakePds(options.accounts);
  await pds.listen();
  return pds;
}
