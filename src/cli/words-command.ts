import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import { findConfig } from "../check/load-config.js";
import { addWordsToText, badWord } from "../config/words-file.js";
import { UserError } from "../types.js";

export const WORDS_HELP = `words add WORD… [--client ID] [--config FILE]
        Add words to the spelling check's words file: the client's \`dictionary.file\` with --client, else the
        config's; kept sorted, without duplicates, comments and other lines as they are.`;

interface Output {
  stdout: { write(text: string): unknown };
  cwd(): string;
}

type Dictionary = { file?: string | string[] } | undefined;

/** `checkpost words add WORD… [--client ID]`: what every message on an unknown word tells the writer to run. */
export function wordsCommand(args: string[], io: Output): number {
  const [action, ...rest] = args;
  if (action !== "add") throw new UserError(`unknown words command "${action ?? ""}"; expected "words add WORD… [--client ID]"`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    strict: true,
    options: { client: { type: "string" }, config: { type: "string", short: "c" } },
  });
  if (positionals.length === 0) throw new UserError('"words add" needs at least one word: checkpost words add WORD… [--client ID]');
  for (const word of positionals) {
    const problem = badWord(word);
    if (problem) throw new UserError(`cannot add ${problem}`);
  }
  const configFile = values.config ? path.resolve(io.cwd(), values.config) : findConfig(io.cwd());
  if (!configFile || !existsSync(configFile)) {
    throw new UserError(
      values.config ? `${values.config}: no such file` : "no checkpost.yml found in . or any parent folder; pass --config FILE",
    );
  }
  const file = wordsFileOf(configFile, values.client);
  const before = existsSync(file) ? readFileSync(file, "utf8") : "";
  const { text, added, present } = addWordsToText(before, positionals);
  if (added.length) writeFileSync(file, text);
  const shown = path.relative(io.cwd(), file) || file;
  if (added.length) io.stdout.write(`added to ${shown}: ${added.join(", ")}\n`);
  if (present.length) io.stdout.write(`already in the words: ${present.join(", ")}\n`);
  return 0;
}

/** The words file the config names: the client's first `dictionary.file`, else the config's first. */
function wordsFileOf(configFile: string, clientId: string | undefined): string {
  let raw: { clients?: Record<string, { dictionary?: Dictionary }>; dictionary?: Dictionary };
  try {
    raw = parse(readFileSync(configFile, "utf8")) ?? {};
  } catch (error) {
    throw new UserError(
      `${path.basename(configFile)} is not valid YAML (${(error as Error).message.split("\n")[0]}); run checkpost check to see why`,
    );
  }
  const first = (dictionary: Dictionary) => (Array.isArray(dictionary?.file) ? dictionary.file[0] : dictionary?.file);
  let name = first(raw.dictionary);
  if (clientId !== undefined) {
    const clients = raw.clients ?? {};
    const client = clients[clientId];
    if (!client) throw new UserError(`unknown client "${clientId}"; expected one of: ${Object.keys(clients).join(", ")}`);
    name = first(client.dictionary) ?? name;
  }
  if (!name) {
    const where = clientId ? `clients.${clientId}.dictionary.file or dictionary.file` : "dictionary.file";
    throw new UserError(`${path.basename(configFile)} names no words file; add ${where} (e.g. file: words.txt) and run this again`);
  }
  const root = path.dirname(configFile);
  const resolved = path.resolve(root, name);
  if (path.isAbsolute(name) || path.relative(root, resolved).startsWith("..")) {
    throw new UserError(`dictionary file "${name}" is outside the content folder; expected a path relative to checkpost.yml`);
  }
  return resolved;
}
