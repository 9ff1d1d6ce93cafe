import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import picomatch from "picomatch";
import { stringify } from "yaml";
import { checkLoadedPost } from "../check/check-post.js";
import { findConfig, loadConfig } from "../check/load-config.js";
import type { ResolvedClient, ResolvedConfig } from "../config/types.js";
import { unknownClient } from "../config/unknown-names.js";
import { parsePost } from "../post/parsed-post.js";
import { rules } from "../rules/registry.js";
import { type Message, UserError } from "../types.js";
import type { CliIO } from "./main.js";

export const NEW_HELP = `new [--client ID] [--channels A,B] [--at ISO] [--config FILE] [TITLE]
        Write a new post in the client's folder (posts/CLIENT/DATE-SLUG.md) with a front-matter skeleton: the
        client (the only one, or the one whose folder you are in), its channels (all unless --channels), the
        author (your GitHub login, from git), publish_at (--at, ISO 8601 with an offset), and commented
        examples of facts and media. Prints the new file's path.`;

/** The checks a skeleton must pass before it is written: that its client and channels are the config's. */
const NAME_CHECKS = new Set(["schema", "wrong-account"]);
const AT_PATTERN = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const LOGIN_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** `checkpost new [--client ID] [--channels a,b] [--at ISO] [TITLE]`: a post skeleton in the client's folder; prints its path. */
export async function newCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      client: { type: "string" },
      channels: { type: "string" },
      at: { type: "string" },
      config: { type: "string", short: "c" },
    },
  });
  const cwd = io.cwd();
  const configFile = values.config ? path.resolve(cwd, values.config) : findConfig(cwd);
  if (!configFile || !existsSync(configFile)) {
    throw new UserError(
      values.config
        ? `${values.config}: no such file`
        : "no checkpost.yml found in . or any parent folder; run checkpost init, or pass --config FILE",
    );
  }
  const loaded = await loadConfig(configFile);
  if (!loaded.config) {
    throw new UserError(`${path.relative(cwd, configFile) || configFile} has errors; run checkpost check to see them`);
  }
  const config = loaded.config;
  const client = clientOf(config, values.client, cwd);
  const channels = values.channels
    ?.split(",")
    .map((c) => c.trim())
    .filter(Boolean) ?? [...client.channels.keys()];
  const at = values.at;
  if (at !== undefined && (!AT_PATTERN.test(at) || Number.isNaN(Date.parse(at)))) {
    throw new UserError(`--at "${at}": expected a date and time in ISO 8601 with an offset, e.g. 2027-12-01T09:30:00+01:00`);
  }
  const title = positionals.join(" ").trim() || undefined;

  const folder = postFolder(config, client);
  const date = at ? (AT_PATTERN.exec(at)?.[1] as string) : today(client);
  const file = freeName(path.join(config.root, folder), `${date}-${slug(title ?? "new post")}`);
  const relPath = toPosix(path.relative(config.root, file));
  const text = skeleton({ relPath, client, channels, title, at, author: gitLogin(config.root) });

  // The post is checked as `check` will check it: an unknown channel, or another client's, is the same error there.
  const problems = (
    await checkLoadedPost(parsePost(file, relPath, text), config, { rules: rules.filter((r) => NAME_CHECKS.has(r.id)) })
  ).filter((m) => m.severity === "error" && NAME_CHECKS.has(m.ruleId));
  if (problems.length) throw new UserError(`nothing written: ${problems.map(describe).join("; ")}`);

  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text, { flag: "wx" });
  io.stdout.write(`${path.relative(cwd, file) || file}\n`);
  return 0;
}

/** --client, else the only client, else the client whose folder the writer is in. */
function clientOf(config: ResolvedConfig, id: string | undefined, cwd: string): ResolvedClient {
  if (id !== undefined) {
    const client = config.clients.get(id);
    if (!client) throw new UserError(describe(unknownClient(id, config)));
    return client;
  }
  const clients = [...config.clients.values()];
  if (clients.length === 1) return clients[0] as ResolvedClient;
  const here = `${toPosix(path.relative(config.root, cwd))}/`;
  const inFolder = clients.find((c) => c.folders.some((folder) => here.startsWith(folder)));
  if (inFolder) return inFolder;
  throw new UserError(`which client is the post for? pass --client ID (one of: ${clients.map((c) => c.id).join(", ")})`);
}

/** The client's first folder where the config's `posts` globs find a post; posts/CLIENT when it has none. */
function postFolder(config: ResolvedConfig, client: ResolvedClient): string {
  const isPost = picomatch([...config.posts]);
  const candidates = [...client.folders, `posts/${client.id}/`];
  const folder = candidates.find((f) => isPost(`${f}post.md`));
  if (!folder) {
    throw new UserError(
      `no folder of client "${client.id}" (${client.folders.join(", ") || "none"}) holds posts the config's posts (${config.posts.join(", ")}) find; add one to clients.${client.id}.folders`,
    );
  }
  return folder;
}

/** DATE-slug.md in `folder`, with -2, -3… when a post of that name is there already. */
function freeName(folder: string, base: string): string {
  for (let n = 1; ; n++) {
    const file = path.join(folder, `${base}${n === 1 ? "" : `-${n}`}.md`);
    if (!existsSync(file)) return file;
  }
}

/** Lower-case words joined by hyphens, accents dropped: "Café Crème Day!" → "cafe-creme-day". */
export function slug(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return words.slice(0, 60).replace(/-+$/, "") || "post";
}

/** Today in the client's publishing time zone (the date the post is planned in), else here. */
function today(client: ResolvedClient): string {
  const timeZone = client.publishWindow?.timezone;
  return new Intl.DateTimeFormat("en-CA", { ...(timeZone ? { timeZone } : {}), year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(),
  );
}

/** The writer's GitHub login, when git says it: github.user, a GitHub no-reply address, or a user.name that is a login. */
export function gitLogin(cwd: string): string | undefined {
  const read = (key: string) => {
    try {
      return execFileSync("git", ["config", "--get", key], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return "";
    }
  };
  const fromEmail = /^(?:\d+\+)?([A-Za-z0-9-]+)@users\.noreply\.github\.com$/i.exec(read("user.email"))?.[1];
  const login = [read("github.user"), fromEmail ?? "", read("user.name")].find((candidate) => LOGIN_PATTERN.test(candidate));
  return login || undefined;
}

interface Skeleton {
  relPath: string;
  client: ResolvedClient;
  channels: readonly string[];
  title: string | undefined;
  at: string | undefined;
  author: string | undefined;
}

function skeleton({ relPath, client, channels, title, at, author }: Skeleton): string {
  const schema = toPosix(path.relative(path.posix.dirname(relPath), "node_modules/checkpost/schemas/post.schema.json"));
  const media = client.folders.find((f) => f.startsWith("media/")) ?? `media/${client.id}/`;
  return [
    "---",
    `# yaml-language-server: $schema=${schema}`,
    `client: ${client.id}`,
    `channels: [${channels.join(", ")}]`,
    title ? `title: ${stringify(title).trimEnd()}` : "# title: an internal title for the review, never published",
    author ? `author: ${author}` : "# author: your-github-login",
    at ? `publish_at: ${at}` : "# publish_at: 2027-12-01T09:30:00+01:00   # ISO 8601 with an offset; absent: on merge",
    "# Every claim the post makes, with its source and who provided it (client | team | public):",
    "facts: []",
    "#  - claim: 40% off all tents until 6 December",
    "#    source: email from Jane Doe, 2026-11-18   # an http(s) URL or a plain reference",
    "#    provided_by: client",
    "# Images, in order, each with alt text that says what it shows:",
    "media: []",
    `#  - file: ${media}picture.png`,
    '#    alt: A red banner reading "Winter sale" above a tent in the snow.',
    "---",
    "Write the post here. Every channel publishes this text unless a variant replaces it for one channel.",
    "",
  ].join("\n");
}

function describe(m: Pick<Message, "message" | "suggestions">): string {
  return m.suggestions?.length ? `${m.message} (did you mean "${m.suggestions[0]}"?)` : m.message;
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}
