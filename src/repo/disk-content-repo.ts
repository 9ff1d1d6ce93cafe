import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadConfig } from "../check/load-config.js";
import type { ConfigResult } from "../config/load-config.js";
import { diskLookup, type MediaLookup } from "../media/media-file.js";
import { type LoadedPost, readPost } from "../post/parsed-post.js";
import type { ContentRepo, MediaInfo } from "./content-repo.js";

/**
 * The content repository as it is on disk (the CLI), rooted at the content root: the folder of
 * checkpost.yml. Media are found as the media check finds them there: a symlink counts only while it
 * stays inside the root.
 */
export class DiskContentRepo implements ContentRepo {
  private readonly lookup: MediaLookup;

  constructor(readonly root: string) {
    this.lookup = diskLookup(root);
  }

  readConfig(configPath: string): Promise<ConfigResult> {
    return loadConfig(this.absolute(configPath));
  }

  readPost(repoPath: string, relPath: string): Promise<LoadedPost> {
    return readPost(this.absolute(repoPath), relPath);
  }

  async mediaInfo(repoPath: string): Promise<MediaInfo> {
    return this.lookup(this.absolute(repoPath));
  }

  async mediaBytes(repoPath: string): Promise<Uint8Array | undefined> {
    if (this.lookup(this.absolute(repoPath)).kind !== "file") return undefined;
    return new Uint8Array(await readFile(this.absolute(repoPath)));
  }

  private absolute(repoPath: string): string {
    return path.resolve(this.root, repoPath);
  }
}
