import { closeSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { toPosix } from "../load/paths.js";
import { HEAD_BYTES } from "./media-type.js";

export type MediaFile = { ok: true; absolute: string; size: number; ext: string; head?: Uint8Array } | { ok: false; problem: string };

/**
 * What a media file turns out to be, wherever it is looked up (the disk, or the GitHub API at a commit).
 * `head` is the file's first bytes (HEAD_BYTES are enough), for checking that the content matches the
 * extension; a lookup that cannot read content leaves it out, and that check is skipped.
 */
export type MediaLookup = (
  absolute: string,
) => { kind: "file"; size: number; head?: Uint8Array } | { kind: "missing" | "not-a-file" | "outside-link" };

/** A post's media path resolved inside the content root, or why it cannot be. */
export function resolveMediaPath(
  root: string,
  postFile: string,
  file: string,
): { ok: true; absolute: string } | { ok: false; problem: string } {
  if (path.isAbsolute(file) || path.win32.isAbsolute(file)) {
    return { ok: false, problem: "is an absolute path; expected a path inside the content repository (e.g. media/acme/tent.png)" };
  }
  const relativeToPost = file.startsWith("./") || file.startsWith("../");
  const absolute = path.resolve(relativeToPost ? path.dirname(postFile) : root, file);
  if (isOutside(root, absolute)) return { ok: false, problem: "leaves the content repository; expected a path inside it" };
  return { ok: true, absolute };
}

const realRoots = new Map<string, string>();

/**
 * Finds a post's media file on disk, inside the content root only: `./` and `../` paths are relative to
 * the post, others to the root. Absolute paths, `..` leaving the root and symlinks pointing out of it are
 * refused, so a post can never publish a file from outside the repository.
 */
export function inspectMediaFile(root: string, postFile: string, file: string, lookup: MediaLookup = diskLookup(root)): MediaFile {
  const resolved = resolveMediaPath(root, postFile, file);
  if (!resolved.ok) return resolved;
  const { absolute } = resolved;
  const found = lookup(absolute);
  switch (found.kind) {
    case "missing": {
      const shown = toPosix(path.relative(root, absolute));
      return { ok: false, problem: `not found (looked for ${shown} in the content repository)` };
    }
    case "not-a-file":
      return { ok: false, problem: "is not a file" };
    case "outside-link":
      return { ok: false, problem: "is a symlink to a file outside the content repository; copy the file into the repository" };
    default: {
      const ext = extensionOf(absolute);
      return { ok: true, absolute, size: found.size, ext, ...(found.head ? { head: found.head.subarray(0, HEAD_BYTES) } : {}) };
    }
  }
}

/** The media file on disk; a symlink counts only when it stays inside the content root. */
export function diskLookup(root: string): MediaLookup {
  return (absolute) => {
    const stat = statSync(absolute, { throwIfNoEntry: false });
    if (!stat) return { kind: "missing" };
    if (!stat.isFile()) return { kind: "not-a-file" };
    if (isOutside(realRoot(root), realpathSync(absolute))) return { kind: "outside-link" };
    return { kind: "file", size: stat.size, head: readHead(absolute) };
  };
}

/** The first HEAD_BYTES of a file: only what the content check needs, however large the video. */
function readHead(absolute: string): Uint8Array {
  const fd = openSync(absolute, "r");
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    return head.subarray(0, readSync(fd, head, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

function isOutside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === "" || rel.startsWith("..") || path.isAbsolute(rel);
}

function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (!real) {
    real = realpathSync(root);
    realRoots.set(root, real);
  }
  return real;
}

/** A file's extension, lower case, without the dot: "" for none (and for a dotfile such as ".png"). */
export function extensionOf(file: string): string {
  return path.extname(file).slice(1).toLowerCase();
}
