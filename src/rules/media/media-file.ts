import { realpathSync, statSync } from "node:fs";
import path from "node:path";

export type MediaFile = { ok: true; absolute: string; size: number; ext: string } | { ok: false; problem: string };

const realRoots = new Map<string, string>();

/**
 * Finds a post's media file on disk, inside the content root only: `./` and `../` paths are relative to
 * the post, others to the root. Absolute paths, `..` leaving the root and symlinks pointing out of it are
 * refused, so a post can never publish a file from outside the repository.
 */
export function inspectMediaFile(root: string, postFile: string, file: string): MediaFile {
  if (path.isAbsolute(file) || path.win32.isAbsolute(file)) {
    return { ok: false, problem: "is an absolute path; expected a path inside the content repository (e.g. media/acme/tent.png)" };
  }
  const relativeToPost = file.startsWith("./") || file.startsWith("../");
  const absolute = path.resolve(relativeToPost ? path.dirname(postFile) : root, file);
  if (isOutside(root, absolute)) return { ok: false, problem: "leaves the content repository; expected a path inside it" };
  const stat = statSync(absolute, { throwIfNoEntry: false });
  if (!stat) {
    const shown = path.relative(root, absolute).split(path.sep).join("/");
    return { ok: false, problem: `not found (looked for ${shown} in the content repository)` };
  }
  if (!stat.isFile()) return { ok: false, problem: "is not a file" };
  if (isOutside(realRoot(root), realpathSync(absolute))) {
    return { ok: false, problem: "is a symlink to a file outside the content repository; copy the file into the repository" };
  }
  return { ok: true, absolute, size: stat.size, ext: path.extname(absolute).slice(1).toLowerCase() };
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
