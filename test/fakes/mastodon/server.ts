/**
 * A fake Mastodon instance: a real HTTP server on 127.0.0.1 serving the routes checkpost's Mastodon publisher
 * calls, with an in-memory store, a request log and injected faults. Requests are validated as Mastodon does
 * (required fields and types, at most 4 media, media still processing refused with 422, the instance's
 * character limit); answers are Mastodon's documented entities (see entities.ts).
 *
 *   const fake = await startMastodonFake({ maxCharacters: 500 });
 *   // publisher settings: { instance: fake.url, account: "@acme", secret_env: "TOKEN" }, secrets: { TOKEN: fake.owner.token }
 *   fake.failNext({ route: "POST /api/v1/statuses", kind: "502-after-apply" });
 *   fake.advance(61 * 60_000); // past the hour Mastodon remembers an Idempotency-Key
 *   fake.statusesOf(fake.owner); fake.requests; fake.violations
 *   await fake.close();
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  credentialAccountEntity,
  type FakeAccount,
  type FakeMedia,
  type FakeStatus,
  instanceEntity,
  mediaEntity,
  type Renderer,
  statusEntity,
} from "./entities.js";

/** Mastodon keeps an Idempotency-Key for an hour (PostStatusService: `redis.setex(..., 3600, ...)`). */
export const IDEMPOTENCY_WINDOW_MS = 3_600_000;

export type FaultKind =
  /** Apply the request, then answer 502 with a proxy's HTML page (the answer is lost; the write happened). */
  | "502-after-apply"
  /** Answer 502 with a proxy's HTML page without applying anything. */
  | "502-before-apply"
  /** Apply the request, then never answer (the client times out). */
  | "timeout-after-apply"
  /** Answer 429 as Mastodon's rate limiter does: JSON error, X-RateLimit-* headers, no Retry-After. */
  | "429";

export interface Fault {
  /** A route as the fake names it, e.g. "POST /api/v1/statuses" or "DELETE /api/v1/statuses/:id". */
  route: string;
  kind: FaultKind;
  /** How many matching requests it hits; 1 by default. */
  times?: number;
}

export interface LoggedRequest {
  method: string;
  route: string;
  path: string;
  status: number | "no answer";
  /** The account whose token was sent, by username. */
  account?: string;
  idempotencyKey?: string;
  fault?: FaultKind;
}

export interface MastodonFakeOptions {
  /** The instance's status limit (`configuration.statuses.max_characters`); 500 by default. */
  maxCharacters?: number;
  /**
   * How many answers say a new upload is still processing: the POST's 202 counts as one, each further one is a
   * 206 to `GET /api/v1/media/:id`. 0: processed at once (200, as Mastodon does for still images; video, GIF and
   * audio are processed later). Default 1: 202, then ready at the first poll.
   */
  processing?: number;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Call {
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  account: FakeAccount | undefined;
  headers: IncomingMessage["headers"];
}

type Handler = (call: Call) => Reply | Promise<Reply>;

const PROXY_502 =
  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
const STATUS_PARAMS = new Set([
  "status",
  "media_ids",
  "in_reply_to_id",
  "visibility",
  "language",
  "sensitive",
  "spoiler_text",
  "poll",
  "scheduled_at",
  "quoted_status_id",
  "quote_approval_policy",
  "allowed_mentions",
]);
const VISIBILITIES = new Set(["public", "unlisted", "private", "direct"]);
const notFound = (): Reply => ({ status: 404, body: { error: "Record not found" } });
const unprocessable = (error: string): Reply => ({ status: 422, body: { error } });

export class MastodonFake implements Renderer {
  url = "";
  origin = "";
  domain = "";
  readonly requests: LoggedRequest[] = [];
  /** Requests that Mastodon would not understand (unknown routes or parameters): tests assert it stays empty. */
  readonly violations: string[] = [];
  readonly owner: FakeAccount;
  /** Another account of the same instance: its token is "the secret of another client". */
  readonly stranger: FakeAccount;
  private readonly accounts = new Map<string, FakeAccount>();
  private readonly statuses = new Map<string, FakeStatus>();
  private readonly mediaFiles = new Map<string, FakeMedia>();
  private readonly idempotency = new Map<string, { statusId: string; at: number }>();
  private readonly faults: (Fault & { left: number })[] = [];
  private readonly hanging = new Set<ServerResponse>();
  private readonly routes: [string, RegExp, string[], Handler][] = [];
  private clock = Date.parse("2026-03-02T09:00:00.000Z");
  private sequence = 0;
  private readonly maxCharacters: number;
  private readonly processing: number;
  private readonly server = createServer((req, res) => {
    this.handle(req, res).catch((error: unknown) => {
      this.violations.push(`fake crashed on ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) this.send(res, { status: 500, body: { error: "fake crashed" } });
    });
  });

  constructor(options: MastodonFakeOptions = {}) {
    this.maxCharacters = options.maxCharacters ?? 500;
    this.processing = options.processing ?? 1;
    this.owner = this.addAccount({ username: "acme", token: "owner-token-5f0c8a41e2b94d07" });
    this.stranger = this.addAccount({ username: "someone_else", token: "stranger-token-9b21c7d3a0e64f58" });
    this.route("GET /api/v1/accounts/verify_credentials", (c) => ({ status: 200, body: credentialAccountEntity(this, this.me(c)) }));
    this.route("GET /api/v2/instance", () => ({ status: 200, body: instanceEntity(this, this.maxCharacters) }));
    this.route("POST /api/v2/media", (c) => this.uploadMedia(c));
    this.route("GET /api/v1/media/:id", (c) => this.pollMedia(c));
    this.route("POST /api/v1/statuses", (c) => this.createStatus(c));
    this.route("GET /api/v1/statuses/:id", (c) => this.showStatus(c));
    this.route("PUT /api/v1/statuses/:id", (c) => this.editStatus(c));
    this.route("DELETE /api/v1/statuses/:id", (c) => this.deleteStatus(c));
    this.route("GET /api/v1/accounts/:id/statuses", (c) => this.accountStatuses(c));
    this.route("GET /api/v2/search", (c) => this.search(c));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.origin = `http://127.0.0.1:${port}`;
    this.url = this.origin;
    this.domain = `127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The fake instance's clock (statuses' `created_at`, the Idempotency-Key window, the `Date` header). */
  now(): Date {
    return new Date(this.clock);
  }

  advance(ms: number): void {
    this.clock += ms;
  }

  failNext(fault: Fault): void {
    this.faults.push({ ...fault, left: fault.times ?? 1 });
  }

  /** The account's statuses that exist now, oldest first. */
  statusesOf(account: FakeAccount): FakeStatus[] {
    return [...this.statuses.values()].filter((status) => status.accountId === account.id).sort(byId);
  }

  /** The media files of the account, attached or not. */
  mediaOf(account: FakeAccount): FakeMedia[] {
    return [...this.mediaFiles.values()].filter((media) => media.accountId === account.id);
  }

  /** A status of another instance, which search finds by its URL (a reply target elsewhere in the fediverse). */
  addRemoteStatus(url: string, text: string): FakeStatus {
    const host = new URL(url).host;
    const author = this.addAccount({ username: "elsewhere", domain: host, token: "" });
    const status = this.store({ accountId: author.id, text, visibility: "public", language: "en", inReplyToId: null, mediaIds: [] });
    status.remoteUrl = url;
    return status;
  }

  /** A public status of the owner, e.g. one to reply to. */
  addStatus(text: string): FakeStatus {
    return this.store({ accountId: this.owner.id, text, visibility: "public", language: "en", inReplyToId: null, mediaIds: [] });
  }

  statusUrl(status: FakeStatus): string {
    return status.remoteUrl ?? `${this.origin}/@${this.account(status.accountId).username}/${status.id}`;
  }

  // Renderer
  account(id: string): FakeAccount {
    const account = this.accounts.get(id);
    if (!account) throw new Error(`no account ${id}`);
    return account;
  }

  media(id: string): FakeMedia {
    const media = this.mediaFiles.get(id);
    if (!media) throw new Error(`no media ${id}`);
    return media;
  }

  status(id: string): FakeStatus | undefined {
    return this.statuses.get(id);
  }

  private addAccount(fields: { username: string; token: string; domain?: string }): FakeAccount {
    const account: FakeAccount = { id: this.nextId(), createdAt: this.now().toISOString(), ...fields };
    this.accounts.set(account.id, account);
    return account;
  }

  /** Snowflake-like ids as Mastodon makes them: time in the high bits, so that newer ids sort higher. */
  private nextId(): string {
    this.sequence += 1;
    return ((BigInt(this.clock) << 16n) | BigInt(this.sequence & 0xffff)).toString();
  }

  private store(fields: Omit<FakeStatus, "id" | "createdAt" | "editedAt">): FakeStatus {
    const status: FakeStatus = { id: this.nextId(), createdAt: this.now().toISOString(), editedAt: null, ...fields };
    this.statuses.set(status.id, status);
    return status;
  }

  private route(spec: string, handler: Handler): void {
    const [method = "", path = ""] = spec.split(" ");
    const names: string[] = [];
    const pattern = path.replace(/:(\w+)/g, (_whole, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    this.routes.push([method, new RegExp(`^${pattern}$`), names, handler]);
    Object.defineProperty(handler, "spec", { value: spec });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.origin);
    const method = req.method ?? "GET";
    const raw = await readBody(req);
    const found = this.routes.find(([m, pattern]) => m === method && pattern.test(url.pathname));
    const log: LoggedRequest = { method, route: "", path: url.pathname, status: 0 };
    this.requests.push(log);
    if (!found) {
      this.violations.push(`no such route: ${method} ${url.pathname}`);
      log.status = 404;
      return this.send(res, notFound());
    }
    const [, pattern, names, handler] = found;
    log.route = (handler as Handler & { spec: string }).spec;
    const match = pattern.exec(url.pathname);
    const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match?.[i + 1] ?? "")]));
    const account = this.authenticate(req);
    if (account) log.account = account.username;
    const key = req.headers["idempotency-key"];
    if (typeof key === "string") log.idempotencyKey = key;
    const fault = this.takeFault(log.route);
    if (fault) log.fault = fault;
    if (fault === "429") return this.finish(res, log, this.rateLimited());
    if (fault === "502-before-apply") return this.finish(res, log, { status: 502 });
    if (log.route !== "GET /api/v2/instance" && !account) {
      return this.finish(res, log, { status: 401, body: { error: "The access token is invalid" } });
    }
    const body = await parseBody(req.headers["content-type"], raw, this.violations, log.route);
    const reply = await handler({ params, query: url.searchParams, body, account, headers: req.headers });
    if (fault === "502-after-apply") return this.finish(res, log, { status: 502 });
    if (fault === "timeout-after-apply") {
      log.status = "no answer";
      this.hanging.add(res);
      res.on("close", () => this.hanging.delete(res));
      return;
    }
    this.finish(res, log, reply);
  }

  private finish(res: ServerResponse, log: LoggedRequest, reply: Reply): void {
    log.status = reply.status;
    this.send(res, reply);
  }

  private send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { Date: this.now().toUTCString(), ...reply.headers };
    if (reply.status === 502) {
      res.writeHead(502, { ...headers, "Content-Type": "text/html" }).end(PROXY_502);
      return;
    }
    res.writeHead(reply.status, { ...headers, "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(reply.body ?? {}));
  }

  private takeFault(route: string): FaultKind | undefined {
    const fault = this.faults.find((f) => f.route === route && f.left > 0);
    if (!fault) return undefined;
    fault.left -= 1;
    return fault.kind;
  }

  /** As Mastodon's rack-attack responder: the reset time is the end of the current 5-minute period. */
  private rateLimited(): Reply {
    const period = 300;
    const nowSeconds = Math.floor(this.clock / 1000);
    const reset = new Date((nowSeconds + (period - (nowSeconds % period))) * 1000);
    return {
      status: 429,
      body: { error: "Too many requests" },
      headers: { "X-RateLimit-Limit": "300", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset.toISOString() },
    };
  }

  private authenticate(req: IncomingMessage): FakeAccount | undefined {
    const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? "");
    if (!match) return undefined;
    return [...this.accounts.values()].find((account) => account.token !== "" && account.token === match[1]);
  }

  private me(call: Call): FakeAccount {
    if (!call.account) throw new Error("unauthenticated call reached a handler");
    return call.account;
  }

  private uploadMedia(call: Call): Reply {
    const file = call.body.file;
    if (!(file instanceof File)) return unprocessable("Validation failed: File can't be blank");
    const description = call.body.description;
    if (description !== undefined && typeof description !== "string") return unprocessable("Validation failed: Description is invalid");
    if (typeof description === "string" && [...description].length > 1500) {
      return unprocessable("Validation failed: Description is too long (maximum is 1500 characters)");
    }
    if (!file.type.startsWith("image/")) return unprocessable("Validation failed: File content type is invalid");
    for (const name of Object.keys(call.body)) {
      // skip_polling is masto's own switch, sent along with the form; Rails drops parameters it does not permit.
      if (!["file", "description", "focus", "thumbnail", "skip_polling"].includes(name))
        this.violations.push(`POST /api/v2/media: unknown field ${name}`);
    }
    const media: FakeMedia = {
      id: this.nextId(),
      accountId: this.me(call).id,
      fileName: file.name,
      mimeType: file.type,
      size: file.size,
      description: description ?? null,
      pollsLeft: this.processing,
      statusId: null,
    };
    this.mediaFiles.set(media.id, media);
    return this.mediaAnswer(media, 202);
  }

  /** Answers while processing (202 for the upload, 206 for a poll) count down to the file being ready. */
  private mediaAnswer(media: FakeMedia, processingStatus: 202 | 206): Reply {
    const processing = media.pollsLeft > 0;
    const reply = { status: processing ? processingStatus : 200, body: mediaEntity(this, media) };
    media.pollsLeft -= 1;
    return reply;
  }

  private pollMedia(call: Call): Reply {
    const media = this.mediaFiles.get(call.params.id ?? "");
    // Mastodon serves only the caller's own media not yet attached to a status.
    if (!media || media.accountId !== this.me(call).id || media.statusId !== null) return notFound();
    return this.mediaAnswer(media, 206);
  }

  private createStatus(call: Call): Reply {
    const account = this.me(call);
    const key = call.headers["idempotency-key"];
    const slot = typeof key === "string" && key !== "" ? `${account.id}:${key}` : undefined;
    const remembered = slot ? this.idempotency.get(slot) : undefined;
    if (remembered && this.clock - remembered.at < IDEMPOTENCY_WINDOW_MS) {
      // As PostStatusService: the status the key made, if it still exists; a deleted one is not replayed.
      const existing = this.statuses.get(remembered.statusId);
      if (existing) return { status: 200, body: statusEntity(this, existing) };
    }
    const checked = this.checkStatusParams(call, account, undefined);
    if ("status" in checked) return checked;
    const status = this.store({ accountId: account.id, ...checked });
    for (const id of status.mediaIds) this.media(id).statusId = status.id;
    if (slot) this.idempotency.set(slot, { statusId: status.id, at: this.clock });
    return { status: 200, body: statusEntity(this, status) };
  }

  private checkStatusParams(
    call: Call,
    account: FakeAccount,
    editing: FakeStatus | undefined,
  ): Reply | Omit<FakeStatus, "id" | "accountId" | "createdAt" | "editedAt"> {
    const { body } = call;
    const route = editing ? "PUT /api/v1/statuses/:id" : "POST /api/v1/statuses";
    for (const name of Object.keys(body)) {
      if (!STATUS_PARAMS.has(name) && name !== "media_attributes") this.violations.push(`${route}: unknown parameter ${name}`);
    }
    const text = body.status ?? "";
    if (typeof text !== "string") return unprocessable("Validation failed: Text is invalid");
    const mediaIds = body.media_ids ?? [];
    if (!Array.isArray(mediaIds) || mediaIds.some((id) => typeof id !== "string")) {
      this.violations.push(`${route}: media_ids should be an array of strings`);
      return unprocessable("Validation failed: media_ids is invalid");
    }
    if (text.trim() === "" && mediaIds.length === 0) return unprocessable("Validation failed: Text can't be blank");
    const visibility = body.visibility ?? editing?.visibility ?? "public";
    if (typeof visibility !== "string" || !VISIBILITIES.has(visibility))
      return unprocessable("Validation failed: Visibility is not included in the list");
    const language = body.language ?? null;
    if (language !== null && (typeof language !== "string" || !/^[a-z]{2,3}$/.test(language))) {
      return unprocessable("Validation failed: Language is not a valid language code");
    }
    const inReplyTo = body.in_reply_to_id ?? null;
    if (inReplyTo !== null && (typeof inReplyTo !== "string" || !this.statuses.has(inReplyTo))) return notFound();
    if (mediaIds.length > 4) return unprocessable("Cannot attach more than 4 files");
    const media = mediaIds.map((id: string) => this.mediaFiles.get(id));
    const usable = (item: FakeMedia | undefined) =>
      item !== undefined && item.accountId === account.id && (item.statusId === null || item.statusId === editing?.id);
    const missing = mediaIds.filter((_id: string, i: number) => !usable(media[i]));
    if (missing.length > 0) return unprocessable(`Media with IDs ${missing.join(", ")} not found`);
    if (media.some((item) => item && item.pollsLeft > 0)) {
      return unprocessable("Cannot attach files that have not finished processing. Try again in a moment!");
    }
    const length = countedLength(text);
    if (length > this.maxCharacters) return unprocessable(`Validation failed: Text character limit of ${this.maxCharacters} exceeded`);
    return {
      text,
      visibility: visibility as FakeStatus["visibility"],
      language,
      inReplyToId: editing ? editing.inReplyToId : inReplyTo,
      mediaIds,
    };
  }

  private showStatus(call: Call): Reply {
    const status = this.statuses.get(call.params.id ?? "");
    const visible = status && (status.visibility === "public" || status.visibility === "unlisted" || status.accountId === call.account?.id);
    return status && visible ? { status: 200, body: statusEntity(this, status) } : notFound();
  }

  private editStatus(call: Call): Reply {
    const account = this.me(call);
    const status = this.statuses.get(call.params.id ?? "");
    if (!status || status.accountId !== account.id) return notFound();
    if ("in_reply_to_id" in call.body) this.violations.push("PUT /api/v1/statuses/:id: in_reply_to_id cannot be edited");
    const checked = this.checkStatusParams(call, account, status);
    if ("status" in checked) return checked;
    for (const id of status.mediaIds) if (!checked.mediaIds.includes(id)) this.media(id).statusId = null;
    for (const id of checked.mediaIds) this.media(id).statusId = status.id;
    Object.assign(status, checked, { editedAt: this.now().toISOString() });
    return { status: 200, body: statusEntity(this, status) };
  }

  private deleteStatus(call: Call): Reply {
    const status = this.statuses.get(call.params.id ?? "");
    // Mastodon looks the status up among the caller's own: another account's status is "not found".
    if (!status || status.accountId !== this.me(call).id) return notFound();
    const body = statusEntity(this, status, true);
    this.statuses.delete(status.id);
    for (const id of status.mediaIds) this.mediaFiles.delete(id);
    return { status: 200, body };
  }

  private accountStatuses(call: Call): Reply {
    const account = this.accounts.get(call.params.id ?? "");
    if (!account) return notFound();
    for (const name of call.query.keys()) {
      if (
        !["limit", "max_id", "since_id", "min_id", "exclude_reblogs", "exclude_replies", "only_media", "pinned", "tagged"].includes(name)
      ) {
        this.violations.push(`GET /api/v1/accounts/:id/statuses: unknown parameter ${name}`);
      }
    }
    const limit = Math.min(40, Math.max(1, Number(call.query.get("limit") ?? 20) || 20));
    const maxId = call.query.get("max_id");
    const own = call.account?.id === account.id;
    const newestFirst = this.statusesOf(account)
      .reverse()
      .filter((status) => own || status.visibility === "public" || status.visibility === "unlisted")
      .filter((status) => maxId === null || BigInt(status.id) < BigInt(maxId));
    const page = newestFirst.slice(0, limit);
    const headers: Record<string, string> = {};
    const last = page.at(-1);
    if (page.length === limit && last) {
      headers.Link = `<${this.origin}/api/v1/accounts/${account.id}/statuses?limit=${limit}&max_id=${last.id}>; rel="next"`;
    }
    return { status: 200, body: page.map((status) => statusEntity(this, status)), headers };
  }

  private search(call: Call): Reply {
    const q = call.query.get("q");
    if (!q) return { status: 400, body: { error: "Validation failed: q is missing" } };
    const type = call.query.get("type");
    const statuses =
      type === null || type === "statuses"
        ? [...this.statuses.values()].filter((status) => this.statusUrl(status) === q || statusEntity(this, status).uri === q)
        : [];
    return { status: 200, body: { accounts: [], statuses: statuses.map((status) => statusEntity(this, status)), hashtags: [] } };
  }
}

export async function startMastodonFake(options: MastodonFakeOptions = {}): Promise<MastodonFake> {
  const fake = new MastodonFake(options);
  await fake.listen();
  return fake;
}

/** As Mastodon's StatusLengthValidator: graphemes, every URL counts 23, `@user@domain` counts as `@user`. */
export function countedLength(text: string): number {
  const countable = text
    .replace(/https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g, "x".repeat(23))
    .replace(/(^|[^\p{L}\p{N}_/])@([\p{L}\p{N}_]+)@[\p{L}\p{N}.-]+\p{L}/gu, "$1@$2");
  return [...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(countable)].length;
}

function byId(a: FakeStatus, b: FakeStatus): number {
  return BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** JSON (what masto sends for statuses), multipart (media) or a form, as Rails accepts them. */
async function parseBody(
  contentType: string | undefined,
  raw: Buffer,
  violations: string[],
  route: string,
): Promise<Record<string, unknown>> {
  if (raw.length === 0) return {};
  const type = (contentType ?? "").split(";")[0]?.trim();
  if (type === "application/json") {
    try {
      const parsed: unknown = JSON.parse(raw.toString("utf8"));
      if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      // reported below
    }
    violations.push(`${route}: the body is not a JSON object`);
    return {};
  }
  if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") {
    const form = await new Response(raw, { headers: { "content-type": contentType ?? "" } }).formData();
    const body: Record<string, unknown> = {};
    for (const [name, value] of form.entries()) body[name] = value;
    return body;
  }
  violations.push(`${route}: unexpected content type ${contentType}`);
  return {};
}
