/**
 * Where things live on the ledger branch, and how a post gets its stable identity.
 *
 *   index.json                     the posts the ledger follows (one row each), read once per run
 *   entries/<id:2>/<id>.json       one file per publication, with its full history
 *
 * An id is derived from the post as it was first claimed (client, path, blob, generation), so two runs
 * claiming the same new post at once compute the same file and the compare-and-swap write decides; after
 * that the id stays with the publication through moves, renames and corrections.
 */
import { createHash } from "node:crypto";
import type { LedgerEntry, LedgerIndex } from "./types.js";

export const INDEX_PATH = "index.json";

export interface PostIdentity {
  client: string;
  path: string;
  blob: string;
}

export function entryId(post: PostIdentity, generation = 1): string {
  const digest = createHash("sha256").update(`checkpost-ledger\0${post.client}\0${post.path}\0${post.blob}\0${generation}`).digest("hex");
  return digest.slice(0, 24);
}

/** Sharded by the id's first two characters: GitHub's file browser lists at most 1,000 files per folder. */
export function entryPath(id: string): string {
  if (!/^[0-9a-f]{24}$/.test(id)) throw new Error(`a ledger id is 24 hex characters; got "${id}"`);
  return `entries/${id.slice(0, 2)}/${id}.json`;
}

/** Pretty-printed with a final newline: people read and diff these files in GitHub's UI. */
export function serialize(value: LedgerEntry): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * The index with one row per line: still readable, a change shows as one changed line in a diff, and a
 * third smaller than pretty-printed JSON (the contents API returns files inline only up to 1 MB).
 */
export function serializeIndex(index: LedgerIndex): string {
  const rows = Object.entries(index.rows).map(([id, row]) => `    ${JSON.stringify(id)}: ${JSON.stringify(row)}`);
  const body = rows.length > 0 ? `{\n${rows.join(",\n")}\n  }` : "{}";
  const corrections = index.corrections?.length
    ? `,\n  "corrections": [\n${index.corrections.map((c) => `    ${JSON.stringify(c)}`).join(",\n")}\n  ]`
    : "";
  return `{\n  "format": ${index.format},\n  "started": ${JSON.stringify(index.started)},\n  "rows": ${body}${corrections}\n}\n`;
}

function parseJson(text: string, path: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`the ledger file ${path} is not JSON; expected a checkpost ledger record (docs/ledger.md)`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== 1)
    throw new Error(`the ledger file ${path} is not a checkpost ledger record of format 1 (docs/ledger.md)`);
  return value as Record<string, unknown>;
}

export function parseEntry(text: string, path: string): LedgerEntry {
  const value = parseJson(text, path);
  if (typeof value.id !== "string" || typeof value.channels !== "object" || !Array.isArray(value.history))
    throw new Error(`the ledger entry ${path} lacks id, channels or history (docs/ledger.md)`);
  return value as unknown as LedgerEntry;
}

export function parseIndex(text: string, path = INDEX_PATH): LedgerIndex {
  const value = parseJson(text, path);
  if (typeof value.rows !== "object" || value.rows === null || typeof value.started !== "object")
    throw new Error(`the ledger index ${path} lacks rows or started (docs/ledger.md)`);
  return value as unknown as LedgerIndex;
}
