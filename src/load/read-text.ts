import { closeSync, fstatSync, openSync, readSync } from "node:fs";

export interface TextProblem {
  message: string;
  line: number;
  column: number;
}

export type TextResult = { ok: true; text: string } | { ok: false; problem: TextProblem };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Reads a text file defensively: a size limit (the file's size is asked first, so a huge file costs
 * nothing), no NUL bytes, strict UTF-8. Strips a BOM and turns CRLF/CR into LF; line and column numbers
 * are unchanged by that. Reads synchronously: for thousands of small posts, promise-based file handles
 * and a zeroed limit-sized buffer per file cost more than the checks (about 0.35 s per 2,000 posts).
 */
export async function readTextFile(file: string, maxBytes: number): Promise<TextResult> {
  return readTextFileSync(file, maxBytes);
}

export function readTextFileSync(file: string, maxBytes: number): TextResult {
  const fd = openSync(file, "r");
  try {
    // Read one byte past the limit (or past the size reported, should the file grow meanwhile).
    const want = Math.min(fstatSync(fd).size, maxBytes) + 1;
    const buffer = Buffer.allocUnsafe(want);
    let filled = 0;
    for (let n = -1; n !== 0 && filled < want; filled += n) n = readSync(fd, buffer, filled, want - filled, filled);
    return decodeText(buffer.subarray(0, filled), maxBytes);
  } finally {
    closeSync(fd);
  }
}

export function decodeText(bytes: Uint8Array, maxBytes: number): TextResult {
  if (bytes.length > maxBytes) {
    return fail(`file is larger than the limit of ${formatBytes(maxBytes)}; expected a short text file`, 1, 1);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return failAtByte(bytes, nul, "file contains a NUL byte: it looks binary; expected UTF-8 text");
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return failAtByte(bytes, firstInvalidUtf8(bytes), "invalid UTF-8 byte sequence; expected UTF-8 text");
  }
  return { ok: true, text: normalizeNewlines(text) };
}

/** TextDecoder (ignoreBOM: false) already drops a leading BOM; this handles CRLF and lone CR. */
export function normalizeNewlines(text: string): string {
  const noBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return noBom.includes("\r") ? noBom.replace(/\r\n?/g, "\n") : noBom;
}

function fail(message: string, line: number, column: number): TextResult {
  return { ok: false, problem: { message, line, column } };
}

function failAtByte(bytes: Uint8Array, index: number, message: string): TextResult {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Column in characters of the valid prefix of the line (best effort for the bytes before the bad one).
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, index));
  return fail(message, line, prefix.length + 1);
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return Math.max(0, bytes.length - 1);
}

function formatBytes(n: number): string {
  return n % 1024 === 0 ? `${n / 1024} KiB` : `${n} bytes`;
}
