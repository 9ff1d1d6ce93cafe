/**
 * Real content identifiers for the fake PDS, as a PDS computes them: a record's CID is the SHA-256 of its
 * DAG-CBOR encoding (codec 0x71, `bafyrei…`), a blob's the SHA-256 of its bytes (codec 0x55, `bafkrei…`).
 * `@atproto/api` checks the CIDs in every response, and the publisher stores them, so they must be genuine.
 *
 * No DAG-CBOR encoder ships with the installed packages, so this is a small one covering the atproto data
 * model (null, booleans, integers, strings, bytes, arrays, maps, CID links); floats are not part of it.
 */
import { createHash } from "node:crypto";
import { BlobRef } from "@atproto/api";

const DAG_CBOR = 0x71;
const RAW = 0x55;
const SHA2_256 = 0x12;

export function cidForRecord(value: unknown): string {
  return cidString(DAG_CBOR, encodeDagCbor(value));
}

export function cidForBlob(bytes: Uint8Array): string {
  return cidString(RAW, bytes);
}

function cidString(codec: number, bytes: Uint8Array): string {
  const digest = createHash("sha256").update(bytes).digest();
  // CIDv1: version, codec, multihash (hash code, digest length, digest); all these varints fit one byte.
  return "b" + base32(Uint8Array.from([1, codec, SHA2_256, digest.length, ...digest]));
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

/** RFC 4648 base32, lower case, no padding: the multibase "b" form. */
function base32(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** The bytes of a CID in binary form, from its multibase string. */
function cidBytes(cid: string): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of cid.slice(1)) {
    buffer = (buffer << 5) | ALPHABET.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      out.push((buffer >>> (bits - 8)) & 255);
      bits -= 8;
      buffer &= (1 << bits) - 1;
    }
  }
  return Uint8Array.from(out);
}

/** A multiformats CID instance (what `jsonToLex` makes of `{"$link": …}`), recognised by its shape. */
function asCidString(value: object): string | undefined {
  const candidate = value as { asCID?: unknown; toString(): string };
  return candidate.asCID === value ? candidate.toString() : undefined;
}

/** Deterministic DAG-CBOR: shortest integer forms, map keys sorted by encoded length then bytes. */
export function encodeDagCbor(value: unknown): Uint8Array {
  const chunks: number[] = [];
  write(value, chunks);
  return Uint8Array.from(chunks);
}

function head(major: number, length: number | bigint, out: number[]): void {
  const n = BigInt(length);
  const m = major << 5;
  if (n < 24n) out.push(m | Number(n));
  else if (n < 0x100n) out.push(m | 24, Number(n));
  else if (n < 0x10000n) out.push(m | 25, ...bigEndian(n, 2));
  else if (n < 0x100000000n) out.push(m | 26, ...bigEndian(n, 4));
  else out.push(m | 27, ...bigEndian(n, 8));
}

function bigEndian(n: bigint, size: number): number[] {
  const out: number[] = [];
  for (let i = size - 1; i >= 0; i--) out.push(Number((n >> BigInt(i * 8)) & 0xffn));
  return out;
}

function write(value: unknown, out: number[]): void {
  if (value === null) out.push(0xf6);
  else if (value === true) out.push(0xf5);
  else if (value === false) out.push(0xf4);
  else if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new Error(`DAG-CBOR in atproto has integers only, not ${value}`);
    if (value >= 0) head(0, value, out);
    else head(1, -1 - value, out);
  } else if (typeof value === "string") {
    const bytes = new TextEncoder().encode(value);
    head(3, bytes.length, out);
    out.push(...bytes);
  } else if (value instanceof Uint8Array) {
    head(2, value.length, out);
    out.push(...value);
  } else if (Array.isArray(value)) {
    head(4, value.length, out);
    for (const item of value) write(item, out);
  } else if (value instanceof BlobRef) {
    // The blob's own JSON shape, with its `ref` as a link: what the PDS stores.
    write({ $type: "blob", ref: value.ref, mimeType: value.mimeType, size: value.size }, out);
  } else if (typeof value === "object") {
    const cid = asCidString(value);
    if (cid !== undefined) {
      // Tag 42, then the binary CID behind a 0x00 multibase prefix.
      const bytes = cidBytes(cid);
      out.push(0xd8, 42);
      head(2, bytes.length + 1, out);
      out.push(0, ...bytes);
      return;
    }
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [new TextEncoder().encode(k), k, v] as const)
      .sort(([a], [b]) => a.length - b.length || Buffer.compare(a, b));
    head(5, entries.length, out);
    for (const [, key, item] of entries) {
      write(key, out);
      write(item, out);
    }
  } else {
    throw new Error(`DAG-CBOR cannot encode a ${typeof value}`);
  }
}
