/** How many leading bytes the content check needs: enough for every signature below (WebP's is at 8–11, ftyp brands at 8–11). */
export const HEAD_BYTES = 32;

/** A kind of file recognised from its first bytes, and the extensions that may name it. */
export interface ContentType {
  /** What the content is, for a message: "a PNG image". */
  label: string;
  /** Extensions (lower case, no dot) that honestly name this content. */
  exts: readonly string[];
}

const ascii = (head: Uint8Array, at: number, text: string) => {
  if (head.length < at + text.length) return false;
  for (let i = 0; i < text.length; i++) if (head[at + i] !== text.charCodeAt(i)) return false;
  return true;
};
const bytes = (head: Uint8Array, at: number, ...values: number[]) => values.every((v, i) => head[at + i] === v);

// ISO base media (ftyp) brands that are still images rather than video (HEIF/HEIC and AVIF share MP4's container).
const HEIF_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1"]);
const AVIF_BRANDS = new Set(["avif", "avis"]);
// Old QuickTime files may start with one of these atoms instead of ftyp.
const QUICKTIME_ATOMS = ["moov", "mdat", "wide", "free", "skip", "pnot"];
// MP4, M4V and QuickTime are one family: the platforms that take video take either, so telling them apart would only produce false alarms.
const VIDEO = { label: "an MP4/QuickTime video", exts: ["mp4", "m4v", "mov"] } as const;

const SIGNATURES: readonly { test: (head: Uint8Array) => boolean; type: ContentType }[] = [
  { test: (h) => bytes(h, 0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), type: { label: "a PNG image", exts: ["png"] } },
  { test: (h) => bytes(h, 0, 0xff, 0xd8, 0xff), type: { label: "a JPEG image", exts: ["jpg", "jpeg"] } },
  { test: (h) => ascii(h, 0, "GIF87a") || ascii(h, 0, "GIF89a"), type: { label: "a GIF image", exts: ["gif"] } },
  { test: (h) => ascii(h, 0, "RIFF") && ascii(h, 8, "WEBP"), type: { label: "a WebP image", exts: ["webp"] } },
  // "BM" alone would catch text that starts with those letters: the header's reserved bytes 6–9 are zero.
  { test: (h) => ascii(h, 0, "BM") && bytes(h, 6, 0, 0, 0, 0), type: { label: "a BMP image", exts: ["bmp"] } },
  {
    test: (h) => bytes(h, 0, 0x49, 0x49, 0x2a, 0x00) || bytes(h, 0, 0x4d, 0x4d, 0x00, 0x2a),
    type: { label: "a TIFF image", exts: ["tif", "tiff"] },
  },
  { test: (h) => ascii(h, 4, "ftyp") && HEIF_BRANDS.has(brand(h)), type: { label: "a HEIC/HEIF image", exts: ["heic", "heif"] } },
  { test: (h) => ascii(h, 4, "ftyp") && AVIF_BRANDS.has(brand(h)), type: { label: "an AVIF image", exts: ["avif"] } },
  // A box starts with its big-endian size: a first byte under 0x20 keeps text such as "the wide tent" out.
  { test: (h) => ascii(h, 4, "ftyp") || ((h[0] ?? 0xff) < 0x20 && QUICKTIME_ATOMS.some((atom) => ascii(h, 4, atom))), type: VIDEO },
  { test: (h) => bytes(h, 0, 0x1a, 0x45, 0xdf, 0xa3), type: { label: "a WebM/Matroska video", exts: ["webm", "mkv"] } },
  { test: (h) => ascii(h, 0, "%PDF-"), type: { label: "a PDF document", exts: ["pdf"] } },
  { test: (h) => bytes(h, 0, 0x50, 0x4b, 0x03, 0x04), type: { label: "a ZIP archive", exts: ["zip"] } },
];

function brand(head: Uint8Array): string {
  return String.fromCharCode(...head.subarray(8, 12));
}

/** Extensions whose content the check can vouch for: a mismatch is reported only for these. */
const CHECKED_EXTS = new Set(SIGNATURES.flatMap((s) => s.type.exts));

/**
 * A Git LFS pointer: the small text file git holds in place of a large one (what the contents API returns, and
 * what a checkout without `git lfs pull` has on disk). Its content and size are not the media's.
 */
export function isLfsPointer(head: Uint8Array): boolean {
  return ascii(head, 0, "version https://git-lfs.");
}

/**
 * What the first bytes of a file say it is. Text (printable ASCII or UTF-8, tabs and newlines) is
 * recognised too, since a text file renamed to .png is the usual mistake; anything else is "unknown".
 */
export function detectContentType(head: Uint8Array): ContentType | undefined {
  if (head.length === 0) return { label: "empty", exts: [] };
  for (const { test, type } of SIGNATURES) if (test(head)) return type;
  if (looksLikeText(head)) return { label: "text", exts: ["txt", "md", "svg"] };
  return undefined;
}

/**
 * Why a file's content does not match its extension, or undefined when it does (or when the
 * extension is one the check has no signature for: a refused type is the type check's finding).
 */
export function contentMismatch(ext: string, head: Uint8Array): string | undefined {
  if (!CHECKED_EXTS.has(ext)) return undefined;
  const expected = SIGNATURES.find((s) => s.type.exts.includes(ext))?.type.label ?? ext;
  const found = detectContentType(head.subarray(0, HEAD_BYTES));
  if (found?.exts.includes(ext)) return undefined;
  if (found?.label === "empty") return `is empty; expected ${expected}`;
  const what = found ? `is ${found.label}` : `does not start like any known media file (first bytes ${hex(head.subarray(0, 8))})`;
  return `${what}, but its .${ext} extension says ${expected}; export it again in that format, or name it for what it is`;
}

function looksLikeText(head: Uint8Array): boolean {
  // A multi-byte UTF-8 character may be cut at the end of the head: decode what is whole.
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(trimPartialUtf8(head));
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/u.test(text);
}

function trimPartialUtf8(head: Uint8Array): Uint8Array {
  let end = head.length;
  // Step back over up to 3 continuation bytes and the lead byte they belong to, if that sequence is incomplete.
  for (let back = 1; back <= 4 && end - back >= 0; back++) {
    const byte = head[end - back] as number;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (needed > back) end -= back;
    break;
  }
  return head.subarray(0, end);
}

const hex = (head: Uint8Array) => [...head].map((b) => b.toString(16).padStart(2, "0")).join(" ");

/** The MIME type of each extension checkpost publishes (and the preview embeds), by lower-case extension. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  mp4: "video/mp4",
  mov: "video/quicktime",
  m4v: "video/x-m4v",
};
