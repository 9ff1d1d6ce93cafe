import { existsSync, statSync } from "node:fs";
import path from "node:path";
import type { Channel, ConfigFile, PublishWindow } from "../generated/config.js";
import { parseLocatedYaml } from "../load/located-yaml.js";
import { readTextFile } from "../load/read-text.js";
import type { DataPath } from "../load/safe-yaml.js";
import { closest, formatPath } from "../schema/describe-errors.js";
import { validateConfigFile } from "../schema/validators.js";
import { type Message, sortByPosition } from "../types.js";
import { isTimeZone } from "./local-time.js";
import { secretKind } from "./secrets.js";
import type { ResolvedChannel, ResolvedClient, ResolvedConfig } from "./types.js";

export const CONFIG_NAMES = ["checkpost.yml", "checkpost.yaml"] as const;
export const CONFIG_MAX_BYTES = 1024 * 1024;
export const WORDS_MAX_BYTES = 4 * 1024 * 1024;
export const DEFAULT_POSTS_GLOB = "posts/**/*.md";

export interface ConfigResult {
  file: string;
  config?: ResolvedConfig;
  /** Problems in checkpost.yml (ruleId "config"); any error means `config` is undefined. */
  messages: Message[];
}

/** Walks up from `start` (a file or folder) to the nearest checkpost.yml. */
export function findConfig(start: string): string | undefined {
  let dir = path.resolve(start);
  if (existsSync(dir) && !isDirectory(dir)) dir = path.dirname(dir);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Reads and resolves checkpost.yml. `ruleIds` are the checkpoints `checks` may name: the rule registry is an outer
 * layer, so the caller passes them (src/check/load-config.ts does, and loads the channels' counters).
 */
export async function readConfig(file: string, ruleIds: readonly string[]): Promise<ConfigResult> {
  const absolute = path.resolve(file);
  const read = await readTextFile(absolute, CONFIG_MAX_BYTES).catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === "ENOENT" ? "not found" : error.code === "EISDIR" ? "is a folder" : (error.code ?? "unreadable");
    return { ok: false as const, problem: { message: `cannot read the config: ${reason}`, line: 1, column: 1 } };
  });
  if (!read.ok) return { file: absolute, messages: [configMessage(read.problem)] };
  return parseConfig(absolute, read.text, ruleIds);
}

/** Parses and validates config text already in memory (the Action reads it from the base branch). */
export async function parseConfig(
  file: string,
  text: string,
  ruleIds: readonly string[],
  readWords = readWordsFile,
): Promise<ConfigResult> {
  const located = parseLocatedYaml(text, text, 0);
  const messages = located.problems("config");
  if (messages.length) return { file, messages };

  const data = located.yaml.value;
  if (data === null || data === undefined) {
    return { file, messages: [configMessage({ message: 'the config is empty; expected at least "clients"', line: 1, column: 1 })] };
  }
  const at = (p: DataPath, message: string, atKey = false, suggestions?: string[]): Message => ({
    ruleId: "config",
    severity: "error",
    ...located.spanOf(p, atKey),
    message,
    ...(suggestions ? { suggestions } : {}),
  });

  // Secrets first: they are refused even when the rest of the file is wrong.
  const secretPaths = new Set<string>();
  for (const [p, value] of strings(data, [])) {
    const kind = secretKind(p[p.length - 1], value);
    if (kind) {
      secretPaths.add(formatPath(p));
      messages.push(
        at(
          p,
          `${formatPath(p)}: this looks like ${kind}; never write secrets in checkpost.yml: store it as a repository secret and give its NAME in secret_env`,
        ),
      );
    }
  }
  for (const issue of validateConfigFile(data)) {
    // A schema message about a secret's value would quote the secret back.
    if (secretPaths.has(formatPath(issue.path)) && !issue.atKey) continue;
    messages.push(at(issue.path, issue.message, issue.atKey, issue.suggestions));
  }
  if (messages.length) return { file, messages: sortByPosition(messages) };

  const raw = data as ConfigFile;
  const root = path.dirname(file);
  const channels = new Map<string, ResolvedChannel>();
  const clients = new Map<string, ResolvedClient>();
  messages.push(...checkRuleIds(raw.checks, ["checks"], ruleIds, at));
  const wordFiles = new WordFiles(readWords);
  const globalWords = await loadWords(raw.dictionary, ["dictionary"], root, at, messages, wordFiles);

  for (const [clientId, client] of Object.entries(raw.clients)) {
    if (!client) continue;
    const base = ["clients", clientId];
    const own = new Map<string, ResolvedChannel>();
    for (const [channelId, settings] of Object.entries(client.channels)) {
      if (!settings) continue;
      const existing = channels.get(channelId);
      if (existing) {
        messages.push(
          at(
            [...base, "channels", channelId],
            `clients.${clientId}.channels: channel id "${channelId}" is already used by client "${existing.clientId}"; channel ids must be unique across clients`,
            true,
          ),
        );
        continue;
      }
      const resolved = { id: channelId, clientId, settings: settings as Channel };
      channels.set(channelId, resolved);
      own.set(channelId, resolved);
      messages.push(...checkRuleIds(settings.checks, [...base, "channels", channelId, "checks"], ruleIds, at));
    }
    messages.push(...checkRuleIds(client.checks, [...base, "checks"], ruleIds, at));
    const window = client.publish_window ? resolveWindow(client.publish_window, [...base, "publish_window"], at, messages) : undefined;
    const words = await loadWords(client.dictionary, [...base, "dictionary"], root, at, messages, wordFiles);
    clients.set(clientId, {
      id: clientId,
      name: client.name ?? clientId,
      contact: client.contact,
      ...(client.contact_id === undefined ? {} : { contactId: client.contact_id }),
      channels: own,
      folders: (client.folders ?? []).map((f) => `${path.posix.normalize(f.replace(/\\/g, "/")).replace(/\/+$/, "")}/`),
      ...(window ? { publishWindow: window } : {}),
      checks: client.checks ?? {},
      words: [...globalWords, ...words],
      ...(client.language ? { language: client.language } : {}),
    });
  }
  if (messages.length) return { file, messages: sortByPosition(messages) };

  const posts = raw.posts === undefined ? [DEFAULT_POSTS_GLOB] : Array.isArray(raw.posts) ? raw.posts : [raw.posts];
  const config: ResolvedConfig = {
    file,
    root,
    raw,
    posts,
    clients,
    channels,
    checks: raw.checks ?? {},
    words: globalWords,
    spanOf: located.spanOf,
  };
  return { file, config, messages: [] };
}

type At = (p: DataPath, message: string, atKey?: boolean, suggestions?: string[]) => Message;

function checkRuleIds(checks: Record<string, unknown> | undefined, base: DataPath, known: readonly string[], at: At): Message[] {
  if (!checks) return [];
  return Object.keys(checks)
    .filter((id) => !known.includes(id))
    .map((id) => {
      const close = closest(id, known);
      return at(
        [...base, id],
        // The closest id goes in suggestions only: every output format adds "did you mean" from there.
        `${formatPath([...base, id])}: unknown rule "${id}"; run "checkpost rules" for the list`,
        true,
        close ? [close] : undefined,
      );
    });
}

function resolveWindow(window: PublishWindow, base: DataPath, at: At, messages: Message[]): Required<PublishWindow> | undefined {
  if (!isTimeZone(window.timezone)) {
    messages.push(
      at(
        [...base, "timezone"],
        `${formatPath([...base, "timezone"])}: unknown time zone "${window.timezone}"; expected an IANA name such as Europe/Berlin or America/New_York`,
      ),
    );
    return undefined;
  }
  const resolved: Required<PublishWindow> = {
    timezone: window.timezone,
    days: window.days ?? ["mon", "tue", "wed", "thu", "fri"],
    start: window.start ?? "09:00",
    end: window.end ?? "17:00",
  };
  if (resolved.start >= resolved.end) {
    messages.push(
      at(
        [...base, "end"],
        `${formatPath([...base, "end"])}: the window ends (${resolved.end}) before it starts (${resolved.start}); expected end after start`,
      ),
    );
    return undefined;
  }
  return resolved;
}

async function loadWords(
  dictionary: ConfigFile["dictionary"],
  base: DataPath,
  root: string,
  at: At,
  messages: Message[],
  wordFiles: WordFiles,
): Promise<string[]> {
  const words = [...(dictionary?.words ?? [])];
  const files = dictionary?.file === undefined ? [] : Array.isArray(dictionary.file) ? dictionary.file : [dictionary.file];
  for (const [index, name] of files.entries()) {
    const where = Array.isArray(dictionary?.file) ? [...base, "file", index] : [...base, "file"];
    const resolved = path.resolve(root, name);
    if (path.isAbsolute(name) || path.relative(root, resolved).startsWith("..")) {
      messages.push(
        at(
          where,
          `${formatPath(where)}: dictionary file "${name}" is outside the content folder; expected a path relative to checkpost.yml`,
        ),
      );
      continue;
    }
    if (!wordFiles.mayRead(resolved)) {
      messages.push(
        at(
          where,
          `${formatPath(where)}: dictionary file "${name}" is one too many: a config reads at most ${MAX_DICTIONARY_FILES} dictionary files in all (each costs a request on every pull request); merge word lists`,
        ),
      );
      continue;
    }
    try {
      const text = await wordFiles.read(resolved);
      for (const line of text.split(/\r?\n/)) {
        const word = line.replace(/#.*$/, "").trim();
        if (word) words.push(word);
      }
    } catch {
      messages.push(
        at(
          where,
          `${formatPath(where)}: dictionary file "${name}" not found; expected a text file with one word a line, relative to checkpost.yml`,
        ),
      );
    }
  }
  return words;
}

/** Distinct dictionary files one config may name, all clients together. */
export const MAX_DICTIONARY_FILES = 20;

/** The config's dictionary files, each read once however many clients name it, and at most MAX_DICTIONARY_FILES of them. */
class WordFiles {
  private readonly texts = new Map<string, Promise<string>>();
  constructor(private readonly readWords: (file: string) => Promise<string>) {}

  mayRead(file: string): boolean {
    return this.texts.has(file) || this.texts.size < MAX_DICTIONARY_FILES;
  }

  read(file: string): Promise<string> {
    let text = this.texts.get(file);
    if (!text) {
      text = this.readWords(file);
      this.texts.set(file, text);
    }
    return text;
  }
}

async function readWordsFile(file: string): Promise<string> {
  const read = await readTextFile(file, WORDS_MAX_BYTES);
  if (!read.ok) throw new Error(read.problem.message);
  return read.text;
}

function* strings(value: unknown, at: (string | number)[]): Generator<[(string | number)[], string]> {
  if (typeof value === "string") yield [at, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...at, i]);
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) yield* strings(v, [...at, k]);
}

function configMessage(p: { message: string; line: number; column: number }): Message {
  return { ruleId: "config", severity: "error", line: p.line, column: p.column, message: p.message };
}
