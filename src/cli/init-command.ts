import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { APPROVAL_CONTEXT } from "../approval/approval-status.js";
import { resolveConfigText } from "../check/load-config.js";
import type { ChannelType } from "../config/types.js";
import { CHECK_RUN_NAME } from "../pr/check-run.js";
import { UserError } from "../types.js";
import {
  allSecrets,
  CHANNEL_TYPES,
  channelFields,
  configText,
  defaultSecretName,
  INIT_PATHS,
  type InitChannel,
  type InitClient,
  PRE_COMMIT_HOOK,
  PULL_REQUEST_TEMPLATE,
  publishSecrets,
  publishWorkflow,
  requiredChannelFields,
  reviewWorkflow,
  WORDS_TEXT,
} from "./init-files.js";
import type { CliIO } from "./main.js";

export const INIT_HELP = `init [DIR] [--client ID --contact LOGIN [--contact-id N] [--name NAME] [--timezone ZONE]
        --channel ID:TYPE[:KEY=VALUE…]…]… [--branch NAME] [--hook] [--force] [--yes]
        Set up a content repository in DIR (default .): checkpost.yml, words.txt, the review and publishing
        workflows, a pull-request template, and with --hook a git pre-commit hook running check --changed.
        On a terminal without --client it asks; otherwise the flags say it. --contact, --contact-id, --name,
        --timezone and --channel belong to the --client before them. A channel is its id, its type (bluesky,
        mastodon, linkedin, discord, webhook, x) and its public details, e.g.
        acme-bluesky:bluesky:handle=acme.bsky.social; its secret_env defaults to the id in capitals
        (ACME_BLUESKY_APP_PASSWORD). --timezone gives the client a publishing window there
        (weekdays 09:00–17:00). --branch is the default branch publishing runs on (main). Existing files are
        kept unless --force. --yes never asks.`;

const OPTIONS = {
  client: { type: "string", multiple: true },
  name: { type: "string", multiple: true },
  contact: { type: "string", multiple: true },
  "contact-id": { type: "string", multiple: true },
  timezone: { type: "string", multiple: true },
  channel: { type: "string", multiple: true },
  branch: { type: "string" },
  hook: { type: "boolean" },
  force: { type: "boolean" },
  yes: { type: "boolean", short: "y" },
} as const;

/** `checkpost init [DIR]`: a content repository that passes `checkpost check` at once, and what is left to do on GitHub. */
export async function initCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals, tokens } = parseArgs({ args, allowPositionals: true, strict: true, tokens: true, options: OPTIONS });
  if (positionals.length > 1) throw new UserError(`init takes one folder; got ${positionals.join(", ")}`);
  const dir = path.resolve(io.cwd(), positionals[0] ?? ".");
  const branch = values.branch ?? "main";

  let clients = clientsFromFlags(tokens);
  if (clients.length === 0) {
    const ask = !values.yes && io.stdin?.isTTY && io.stdout.isTTY;
    if (!ask) {
      throw new UserError(
        "init needs at least one client: --client ID --contact LOGIN --channel ID:TYPE[:KEY=VALUE…] (see checkpost --help), or run it in a terminal to be asked",
      );
    }
    clients = await askClients(io);
  }
  const config = configText(clients);
  const raw = await validated(config, dir);
  const files: [string, string][] = [
    [INIT_PATHS.config, config],
    [INIT_PATHS.words, WORDS_TEXT],
    [INIT_PATHS.review, reviewWorkflow()],
    [INIT_PATHS.publish, publishWorkflow({ secrets: publishSecrets(raw), branch })],
    [INIT_PATHS.template, PULL_REQUEST_TEMPLATE],
  ];
  if (values.hook) files.push([path.relative(dir, path.join(hooksFolder(dir), "pre-commit")), PRE_COMMIT_HOOK]);

  const existing = files.map(([file]) => file).filter((file) => existsSync(path.join(dir, file)));
  if (existing.length && !values.force) {
    throw new UserError(`${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""} in ${dir}; pass --force to overwrite`);
  }
  for (const [file, text] of files) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  if (values.hook) chmodSync(path.join(dir, files[files.length - 1]?.[0] as string), 0o755);

  const shown = path.relative(io.cwd(), dir);
  io.stdout.write(`Wrote in ${shown.startsWith("..") ? dir : shown || "."}:\n${files.map(([file]) => `  ${file}\n`).join("")}\n`);
  io.stdout.write(leftToDo(clients, raw, branch));
  return 0;
}

/** The clients the flags describe: --name, --contact, --contact-id, --timezone and --channel belong to the --client before them. */
function clientsFromFlags(tokens: NonNullable<ReturnType<typeof parseArgs>["tokens"]>): InitClient[] {
  const clients: InitClient[] = [];
  for (const token of tokens) {
    if (token.kind !== "option") continue;
    const value = token.value ?? "";
    if (token.name === "client") {
      clients.push({ id: value, contact: "", channels: [] });
      continue;
    }
    if (!["name", "contact", "contact-id", "timezone", "channel"].includes(token.name)) continue;
    const client = clients[clients.length - 1];
    if (!client) throw new UserError(`--${token.name} belongs to a client: put --client ID before it`);
    if (token.name === "name") client.name = value;
    else if (token.name === "contact") client.contact = value.replace(/^@/, "");
    else if (token.name === "contact-id") client.contactId = contactId(value);
    else if (token.name === "timezone") client.timezone = value;
    else client.channels.push(parseChannel(value));
  }
  for (const client of clients) {
    if (!client.contact) throw new UserError(`client "${client.id}" needs --contact LOGIN: the GitHub login whose approval its posts need`);
    if (client.channels.length === 0) throw new UserError(`client "${client.id}" needs at least one --channel ID:TYPE[:KEY=VALUE…]`);
  }
  return clients;
}

function contactId(value: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw new UserError(`--contact-id "${value}": expected the contact's numeric GitHub user id`);
  return Number(value);
}

/**
 * `ID:TYPE[:KEY=VALUE…]`. Values may hold colons (instance=https://…): a new field starts only at ":key=".
 * Each value takes the JSON type the config schema gives its field; secret_env defaults to the id in capitals.
 */
export function parseChannel(spec: string): InitChannel {
  const [head = "", ...pairs] = spec.split(/:(?=[a-z_]+=)/);
  const [channelId = "", channelType = "", extra] = head.split(":");
  if (!channelId || !channelType || extra !== undefined) {
    throw new UserError(`--channel "${spec}": expected ID:TYPE[:KEY=VALUE…], e.g. acme-bluesky:bluesky:handle=acme.bsky.social`);
  }
  if (!(CHANNEL_TYPES as string[]).includes(channelType)) {
    throw new UserError(`--channel "${spec}": unknown type "${channelType}"; expected one of ${CHANNEL_TYPES.join(", ")}`);
  }
  const channel: InitChannel = { id: channelId, type: channelType as ChannelType, fields: {} };
  const known = channelFields(channel.type);
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    const key = pair.slice(0, at);
    const raw = pair.slice(at + 1);
    const field = known[key];
    if (!field) {
      throw new UserError(`--channel "${spec}": a ${channelType} channel has no "${key}"; expected ${Object.keys(known).join(", ")}`);
    }
    channel.fields[key] = field.type === "integer" && /^\d+$/.test(raw) ? Number(raw) : field.type === "boolean" ? raw === "true" : raw;
  }
  channel.fields.secret_env ??= defaultSecretName(channel.id, channel.type);
  const missing = requiredChannelFields(channel.type).filter((field) => channel.fields[field] === undefined);
  if (missing.length) {
    const hints = missing.map((field) => `${field}=… (${known[field]?.description ?? field})`);
    throw new UserError(`--channel "${spec}": a ${channelType} channel needs ${hints.join(", ")}`);
  }
  return channel;
}

/** The config is checked as `checkpost check` will read it, before anything is written: every schema message, with its line. */
async function validated(text: string, dir: string): Promise<Parameters<typeof publishSecrets>[0]> {
  const file = path.join(dir, INIT_PATHS.config);
  const result = await resolveConfigText(file, text, async () => WORDS_TEXT);
  const errors = result.messages.filter((m) => m.severity === "error");
  if (errors.length) {
    const lines = text.split("\n");
    const said = errors.map((m) => `  ${m.message}\n    at line ${m.line}: ${lines[m.line - 1]?.trim() ?? ""}`);
    throw new UserError(`these settings would give a checkpost.yml with errors; nothing was written:\n${said.join("\n")}`);
  }
  return parse(text);
}

/** Where git runs hooks from in `dir` (core.hooksPath, or .git/hooks): --hook needs a repository. */
function hooksFolder(dir: string): string {
  try {
    const out = execFileSync("git", ["rev-parse", "--git-path", "hooks"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return path.resolve(dir, out.trim());
  } catch {
    throw new UserError(`--hook installs a git pre-commit hook, but ${dir} is not a git repository; run git init first`);
  }
}

/** The three things only a person can do on GitHub, with the exact names they must type. */
function leftToDo(clients: readonly InitClient[], raw: Parameters<typeof publishSecrets>[0], branch: string): string {
  const published = new Set(publishSecrets(raw));
  const secrets = allSecrets(raw).map(
    ({ name, channel, type }) => `     ${name}  (${channel}, ${type}${published.has(name) ? "" : ": not published by checkpost yet"})\n`,
  );
  const contacts = clients.map((client) => `     @${client.contact}  (${client.name ?? client.id})\n`);
  const unpinned = clients.filter((client) => client.contactId === undefined);
  const pin = unpinned.length
    ? `   Then pin each contact in checkpost.yml with contact_id (their numeric id, from https://api.github.com/users/LOGIN):\n     ${unpinned.map((c) => `clients.${c.id}.contact_id for @${c.contact}`).join("\n     ")}\n`
    : "";
  return `Left to do by hand, on GitHub:
1. Secrets: Settings → Secrets and variables → Actions → New repository secret, one per channel:
${secrets.join("")}2. Branch protection for ${branch}: Settings → Rules → Rulesets → New branch ruleset on the default branch:
   require a pull request, and Require status checks to pass with "${CHECK_RUN_NAME}" and "${APPROVAL_CONTEXT}"
   (open one pull request first so GitHub can offer them; pick GitHub Actions as their source).
3. The contacts' read access: Settings → Collaborators → Add people, with the Read role, so they can review:
${contacts.join("")}${pin}`;
}

/** Asks for the clients on a terminal, one question a line; an empty client id ends. */
async function askClients(io: CliIO): Promise<InitClient[]> {
  const input = io.stdin as NodeJS.ReadableStream;
  const reader = createInterface({ input, terminal: false });
  // Lines typed (or piped) ahead of a question wait here rather than being lost.
  const lines = reader[Symbol.asyncIterator]();
  const ask = async (question: string, fallback = ""): Promise<string> => {
    io.stdout.write(fallback ? `${question} [${fallback}]: ` : `${question}: `);
    const next = await lines.next();
    if (next.done) throw new UserError("init: the input ended before every question was answered");
    return (next.value as string).trim() || fallback;
  };
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const clients: InitClient[] = [];
  try {
    io.stdout.write("checkpost init: your clients, each with one contact and their channels (secrets are named, never typed here).\n");
    for (;;) {
      const id = await ask(clients.length ? "Another client id (empty: done)" : "Client id (e.g. acme)");
      if (!id) {
        if (clients.length) break;
        continue;
      }
      const client: InitClient = { id, name: await ask("  Display name", id), contact: "", channels: [] };
      while (!client.contact) client.contact = (await ask("  Contact's GitHub login (their approval is required)")).replace(/^@/, "");
      const pinned = await ask("  Contact's numeric GitHub user id (empty: add it later)");
      if (pinned) client.contactId = contactId(pinned);
      const timezone = await ask("  Time zone of the publishing window (none: no window)", zone);
      if (timezone && timezone !== "none") client.timezone = timezone;
      io.stdout.write(
        `  Channels as ID:TYPE[:KEY=VALUE…], types ${CHANNEL_TYPES.join(", ")}; e.g. ${id}-bluesky:bluesky:handle=${id}.bsky.social\n`,
      );
      for (;;) {
        const spec = await ask(client.channels.length ? "  Another channel (empty: done)" : "  Channel");
        if (!spec) {
          if (client.channels.length) break;
          continue;
        }
        try {
          client.channels.push(parseChannel(spec));
        } catch (error) {
          if (!(error instanceof UserError)) throw error;
          io.stdout.write(`  ${error.message}\n`);
        }
      }
      clients.push(client);
    }
  } finally {
    reader.close();
  }
  return clients;
}
