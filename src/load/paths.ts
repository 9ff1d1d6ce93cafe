import path from "node:path";

/** A path with forward slashes, as the config's globs, GitHub and every report spell it, whatever the platform. */
export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}
