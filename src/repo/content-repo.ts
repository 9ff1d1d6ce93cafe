import path from "node:path";
import type { ConfigResult } from "../config/load-config.js";
import { toPosix } from "../load/paths.js";
import type { MediaLookup } from "../media/media-file.js";
import type { LoadedPost } from "../post/parsed-post.js";

/** What a media path is: a file with its size (and first bytes, when they could be read), or why it is none. */
export type MediaInfo = ReturnType<MediaLookup>;

/**
 * The content repository as it is at one commit (through the GitHub API) or on disk (the CLI): every
 * file checkpost reads from it, read the same defensive way wherever it comes from. Paths are relative
 * to `root`, with forward slashes.
 */
export interface ContentRepo {
  /**
   * The absolute folder paths are relative to: the checkout, or where it would be. Messages and the
   * config's `root` name files under it; a repository at a commit reads nothing from it.
   */
  readonly root: string;
  /**
   * checkpost.yml and its dictionary files, validated. Undefined when no file is at that path; a reader
   * that can say why it could not read the file (the disk) answers with that message instead.
   */
  readConfig(configPath: string): Promise<ConfigResult | undefined>;
  /**
   * A post, parsed: size limit, no NUL byte, strict UTF-8, BOM and CRLF handled; a file too large to read
   * is a finding on it, not a failure. `relPath` is its path relative to the content root, as rules see
   * it. Undefined when no file is at that path; the disk answers "cannot read the file" instead.
   */
  readPost(repoPath: string, relPath: string): Promise<LoadedPost | undefined>;
  /** What a media path is, with the file's first bytes so its type can be told from its content. */
  mediaInfo(repoPath: string): Promise<MediaInfo>;
  /** A media file's whole bytes (for uploads); undefined when no file is at that path (or none the repository may hand out). */
  mediaBytes(repoPath: string): Promise<Uint8Array | undefined>;
}

/** An absolute path under the repository's root as the repository's own path. */
export function repoPathOf(repo: ContentRepo, absolute: string): string {
  return toPosix(path.relative(repo.root, absolute));
}
