/**
 * A Discord webhook fake: Execute Webhook (`?wait=true` answers the message; without it, 204 and no id),
 * Get Webhook, and Get/Edit/Delete Webhook Message, on a real HTTP server on 127.0.0.1, messages in memory.
 *
 * Requests are checked against Discord's documented shapes (the webhook resource, the message and attachment
 * objects, the allowed mentions object, file uploads as multipart `payload_json` + `files[n]`): a request
 * that breaks them answers 400 "Invalid Form Body" (code 50035), as Discord does, and is recorded in
 * `violations`, which tests assert stays empty.
 *
 *   const discord = await startDiscordFake({ guildId: "111", channelId: "222" });
 *   // secret: discord.webhookUrl → publish → discord.messages, discord.requests
 *   discord.fail("execute", { kind: "error-after-apply", status: 502 });
 */
import { type FakeRequest, type Fault, HttpFake, type Reply, type Route } from "../http-fake.js";

export interface DiscordFakeOptions {
  guildId?: string;
  channelId?: string;
  webhookId?: string;
  token?: string;
  name?: string;
}

export interface FakeAttachment {
  id: string;
  filename: string;
  description?: string;
  content_type?: string;
  size: number;
  bytes: Buffer;
}

export interface FakeMessage {
  id: string;
  channel_id: string;
  content: string;
  allowed_mentions?: { parse?: string[]; users?: string[]; roles?: string[] };
  /** What Discord computes: true when @everyone/@here is in the content and allowed to ping. */
  mention_everyone: boolean;
  attachments: FakeAttachment[];
  timestamp: string;
  edited_timestamp: string | null;
}

const EXECUTE_KEYS = new Set([
  "content",
  "username",
  "avatar_url",
  "tts",
  "embeds",
  "allowed_mentions",
  "components",
  "attachments",
  "flags",
  "thread_name",
  "applied_tags",
  "poll",
]);
const EDIT_KEYS = new Set(["content", "embeds", "flags", "allowed_mentions", "components", "attachments", "poll"]);
const MENTION_TYPES = new Set(["users", "roles", "everyone"]);
const SNOWFLAKE = /^\d{1,20}$/;
const PATH = /^\/api(?:\/v\d+)?\/webhooks\/([^/]+)\/([^/]+)(?:\/messages\/([^/]+))?\/?$/;

class Invalid extends Error {}

interface Parsed {
  payload: Record<string, unknown>;
  files: Map<number, File>;
}

export class DiscordFake extends HttpFake {
  readonly messages = new Map<string, FakeMessage>();
  readonly violations: string[] = [];
  readonly guildId: string;
  readonly channelId: string;
  readonly webhookId: string;
  readonly token: string;
  readonly name: string;
  private nextId = 1_300_000_000_000_000_000n;

  constructor(options: DiscordFakeOptions = {}) {
    super(
      (method, path) => this.routeFor(method, path),
      (retryAfter) => ({ message: "You are being rate limited.", retry_after: retryAfter, global: false }),
    );
    this.guildId = options.guildId ?? "1100000000000000001";
    this.channelId = options.channelId ?? "1200000000000000002";
    this.webhookId = options.webhookId ?? "1250000000000000003";
    this.token = options.token ?? "fakeWebhookToken_9xQ2-LmZpR7vT0aB3cD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3wX4yZ5";
    this.name = options.name ?? "checkpost";
  }

  /** The URL a person copies from Discord's "Copy Webhook URL": the secret. */
  get webhookUrl(): string {
    return `${this.url}/api/webhooks/${this.webhookId}/${this.token}`;
  }

  override fail(operation: "execute" | "edit" | "delete" | "get-webhook" | "get-message", fault: Fault, times = 1): void {
    super.fail(operation, fault, times);
  }

  private routeFor(method: string, path: string): Route | undefined {
    const match = PATH.exec(path);
    if (!match) return undefined;
    const [, id = "", token = "", messageId] = match;
    const op = (operation: string, handle: (request: FakeRequest) => Promise<Reply> | Reply): Route => ({
      operation,
      handle: (request) => this.authorised(id, token) ?? this.guard(request, handle),
    });
    if (messageId === undefined) {
      if (method === "GET") return op("get-webhook", () => ({ status: 200, body: this.webhookObject() }));
      if (method === "POST") return op("execute", (request) => this.execute(request));
      return undefined;
    }
    if (method === "GET") return op("get-message", () => this.found(messageId, (m) => ({ status: 200, body: this.messageObject(m) })));
    if (method === "PATCH") return op("edit", (request) => this.found(messageId, (m) => this.edit(request, m)));
    if (method === "DELETE") {
      return op("delete", () =>
        this.found(messageId, (m) => {
          this.messages.delete(m.id);
          return { status: 204 };
        }),
      );
    }
    return undefined;
  }

  private authorised(id: string, token: string): Reply | undefined {
    if (id !== this.webhookId) return { status: 404, body: { message: "Unknown Webhook", code: 10015 } };
    if (token !== this.token) return { status: 401, body: { message: "Invalid Webhook Token", code: 50027 } };
    return undefined;
  }

  private async guard(request: FakeRequest, handle: (request: FakeRequest) => Promise<Reply> | Reply): Promise<Reply> {
    try {
      return await handle(request);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      this.violations.push(`${request.method} ${request.path.replace(this.token, "<token>")}: ${error.message}`);
      return {
        status: 400,
        body: { message: "Invalid Form Body", code: 50035, errors: { _errors: [{ code: "INVALID", message: error.message }] } },
      };
    }
  }

  private found(messageId: string, then: (message: FakeMessage) => Reply | Promise<Reply>): Reply | Promise<Reply> {
    const message = this.messages.get(messageId);
    return message ? then(message) : { status: 404, body: { message: "Unknown Message", code: 10008 } };
  }

  private async execute(request: FakeRequest): Promise<Reply> {
    const { payload, files } = await parseBody(request, EXECUTE_KEYS);
    const attachments = await newAttachments(payload, files, () => this.snowflake());
    const content = typeof payload.content === "string" ? payload.content : "";
    if (!content && attachments.length === 0) return { status: 400, body: { message: "Cannot send an empty message", code: 50006 } };
    const message: FakeMessage = {
      id: this.snowflake(),
      channel_id: this.channelId,
      content,
      allowed_mentions: payload.allowed_mentions as FakeMessage["allowed_mentions"],
      mention_everyone: pings(content, payload.allowed_mentions),
      attachments,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
    };
    this.messages.set(message.id, message);
    // Documented: without `wait=true` the message is posted and the answer is 204 with no body (so no id).
    if (request.query.get("wait") !== "true") return { status: 204 };
    return { status: 200, body: this.messageObject(message) };
  }

  private async edit(request: FakeRequest, message: FakeMessage): Promise<Reply> {
    const { payload, files } = await parseBody(request, EDIT_KEYS);
    if ("content" in payload) message.content = typeof payload.content === "string" ? payload.content : "";
    if ("allowed_mentions" in payload) message.allowed_mentions = payload.allowed_mentions as FakeMessage["allowed_mentions"];
    if (Array.isArray(payload.attachments)) {
      // Documented: the list is every attachment the message keeps (existing ids) plus the new uploads (ids n of files[n]).
      const listed = payload.attachments as { id: unknown; description?: unknown }[];
      const kept = message.attachments.filter((a) => listed.some((entry) => String(entry.id) === a.id));
      const fresh = await newAttachments(
        { attachments: listed.filter((e) => !message.attachments.some((a) => a.id === String(e.id))) },
        files,
        () => this.snowflake(),
      );
      message.attachments = [...kept, ...fresh];
    } else if (files.size > 0) throw new Invalid("files were uploaded without an attachments list");
    message.mention_everyone = pings(message.content, message.allowed_mentions);
    message.edited_timestamp = new Date().toISOString();
    return { status: 200, body: this.messageObject(message) };
  }

  private snowflake(): string {
    this.nextId += 1n;
    return this.nextId.toString();
  }

  /** Discord's webhook object, as Get Webhook with Token answers it (with the token and URL: a client must not echo them). */
  private webhookObject() {
    return {
      id: this.webhookId,
      type: 1,
      guild_id: this.guildId,
      channel_id: this.channelId,
      name: this.name,
      avatar: null,
      application_id: null,
      token: this.token,
      url: this.webhookUrl,
    };
  }

  /** Discord's message object for a webhook message (REST answers carry no guild_id). */
  private messageObject(m: FakeMessage) {
    return {
      id: m.id,
      type: 0,
      channel_id: m.channel_id,
      content: m.content,
      author: { id: this.webhookId, username: this.name, avatar: null, discriminator: "0000", bot: true },
      attachments: m.attachments.map((a) => ({
        id: a.id,
        filename: a.filename,
        ...(a.description === undefined ? {} : { description: a.description }),
        ...(a.content_type ? { content_type: a.content_type } : {}),
        size: a.size,
        url: `https://cdn.discordapp.com/attachments/${m.channel_id}/${a.id}/${a.filename}`,
        proxy_url: `https://media.discordapp.net/attachments/${m.channel_id}/${a.id}/${a.filename}`,
      })),
      embeds: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: m.mention_everyone,
      pinned: false,
      tts: false,
      timestamp: m.timestamp,
      edited_timestamp: m.edited_timestamp,
      flags: 0,
      components: [],
      webhook_id: this.webhookId,
    };
  }
}

export async function startDiscordFake(options: DiscordFakeOptions = {}): Promise<DiscordFake> {
  return new DiscordFake(options).start();
}

/** JSON, or multipart with `payload_json` and `files[n]` (the documented upload form); validated against the documented fields. */
async function parseBody(request: FakeRequest, keys: Set<string>): Promise<Parsed> {
  const type = request.headers["content-type"] ?? "";
  const files = new Map<number, File>();
  let payload: unknown;
  if (type.startsWith("application/json")) payload = parseJsonText(request.raw.toString("utf8"));
  else if (type.startsWith("multipart/form-data")) {
    const form = await new Response(request.raw, { headers: { "content-type": type } }).formData().catch(() => {
      throw new Invalid("the multipart body does not parse");
    });
    for (const [name, value] of form.entries()) {
      const file = /^files\[(\d+)\]$/.exec(name);
      if (name === "payload_json" && typeof value === "string") payload = parseJsonText(value);
      else if (file?.[1] && typeof value !== "string") files.set(Number(file[1]), value);
      else throw new Invalid(`unexpected form part "${name}"`);
    }
    if (payload === undefined) throw new Invalid("multipart body without payload_json");
  } else throw new Invalid(`unsupported Content-Type "${type}"`);
  if (!payload || typeof payload !== "object" || Array.isArray(payload)) throw new Invalid("the body is not a JSON object");
  const body = payload as Record<string, unknown>;
  for (const key of Object.keys(body)) if (!keys.has(key)) throw new Invalid(`unknown field "${key}"`);
  if ("content" in body && body.content !== null && typeof body.content !== "string") throw new Invalid("content must be a string");
  if (typeof body.content === "string" && [...body.content].length > 2000) throw new Invalid("content: Must be 2000 or fewer in length.");
  if (files.size > 10) throw new Invalid(`${files.size} files; at most 10`);
  checkAllowedMentions(body.allowed_mentions);
  checkAttachmentList(body.attachments);
  return { payload: body, files };
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Invalid("the body is not JSON");
  }
}

function checkAllowedMentions(value: unknown): void {
  if (value === undefined || value === null) return;
  if (typeof value !== "object" || Array.isArray(value)) throw new Invalid("allowed_mentions must be an object");
  const { parse, users, roles, replied_user, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw new Invalid(`allowed_mentions: unknown fields ${Object.keys(rest).join(", ")}`);
  if (parse !== undefined && (!Array.isArray(parse) || parse.some((p) => !MENTION_TYPES.has(p as string)))) {
    throw new Invalid('allowed_mentions.parse must list only "users", "roles", "everyone"');
  }
  for (const [name, list] of [
    ["users", users],
    ["roles", roles],
  ] as const) {
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length > 100 || list.some((id) => !SNOWFLAKE.test(String(id)))) {
      throw new Invalid(`allowed_mentions.${name} must be at most 100 ids`);
    }
    if (Array.isArray(parse) && parse.includes(name))
      throw new Invalid(`allowed_mentions: parse "${name}" and a ${name} list are mutually exclusive`);
  }
  if (replied_user !== undefined && typeof replied_user !== "boolean") throw new Invalid("allowed_mentions.replied_user must be a boolean");
}

function checkAttachmentList(value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) throw new Invalid("attachments must be an array");
  for (const entry of value) {
    if (!entry || typeof entry !== "object") throw new Invalid("each attachment must be an object");
    const { id, filename, description } = entry as Record<string, unknown>;
    if (typeof id !== "number" && typeof id !== "string") throw new Invalid("each attachment needs an id");
    if (filename !== undefined && typeof filename !== "string") throw new Invalid("attachments[].filename must be a string");
    if (description !== undefined && (typeof description !== "string" || [...description].length > 1024)) {
      throw new Invalid("attachments[].description: Must be 1024 or fewer in length.");
    }
  }
}

/** New attachments: each `files[n]` with its `attachments` entry of id n (filename and description). */
async function newAttachments(payload: Record<string, unknown>, files: Map<number, File>, id: () => string): Promise<FakeAttachment[]> {
  const entries = Array.isArray(payload.attachments)
    ? (payload.attachments as { id: unknown; filename?: string; description?: string }[])
    : [];
  for (const entry of entries)
    if (!files.has(Number(entry.id))) throw new Invalid(`attachments: no files[${String(entry.id)}] for id ${String(entry.id)}`);
  const out: FakeAttachment[] = [];
  for (const [n, file] of [...files.entries()].sort(([a], [b]) => a - b)) {
    const entry = entries.find((e) => Number(e.id) === n);
    const bytes = Buffer.from(await file.arrayBuffer());
    out.push({
      id: id(),
      filename: entry?.filename ?? file.name,
      description: entry?.description,
      content_type: file.type || undefined,
      size: bytes.length,
      bytes,
    });
  }
  return out;
}

function pings(content: string, allowed: unknown): boolean {
  // Without allowed_mentions Discord parses every mention in the content; with it, only the types `parse` lists.
  const parse = allowed && typeof allowed === "object" ? (allowed as { parse?: unknown }).parse : undefined;
  const everyone = allowed === undefined || allowed === null ? true : Array.isArray(parse) && parse.includes("everyone");
  return everyone && /@(everyone|here)\b/.test(content);
}
