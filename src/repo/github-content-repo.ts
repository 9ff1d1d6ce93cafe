import path from "node:path";
import { resolveConfigText } from "../check/load-config.js";
import { CONFIG_MAX_BYTES, type ConfigResult, WORDS_MAX_BYTES } from "../config/load-config.js";
import { type GitHubApi, GitHubRequestError } from "../github/api.js";
import { decodeText } from "../load/read-text.js";
import { type LoadedPost, POST_MAX_BYTES, parsePostBytes } from "../post/parsed-post.js";
import { type ContentRepo, type MediaInfo, repoPathOf } from "./content-repo.js";

/** Stands for a file the API would not return: one byte over the limit makes the post loader refuse it by size. */
const TOO_LARGE = new Uint8Array(POST_MAX_BYTES + 1);

/**
 * The content repository at one commit, read through the GitHub API and never from a checkout: on a pull
 * request the base commit's config decides who approves, and the fork-safe workflow_run wiring has no
 * checkout at all. One request per file read.
 */
export class GitHubContentRepo implements ContentRepo {
  constructor(
    private readonly api: GitHubApi,
    /** The commit (or any ref) every read is made at. */
    readonly ref: string,
    readonly root: string,
  ) {}

  async readConfig(configPath: string): Promise<ConfigResult | undefined> {
    const bytes = await this.api.getFileBytes(configPath, this.ref);
    if (bytes === undefined) return undefined;
    const file = path.resolve(this.root, configPath);
    // The same defensive decoding as from disk: size limit, no NUL, strict UTF-8, BOM and CRLF handled.
    const decoded = decodeText(bytes, CONFIG_MAX_BYTES);
    if (!decoded.ok) return { file, messages: [{ ruleId: "config", severity: "error", ...decoded.problem }] };
    return resolveConfigText(file, decoded.text, async (wordsFile) => {
      const repoPath = repoPathOf(this, wordsFile);
      const words = await this.api.getFileBytes(repoPath, this.ref);
      if (words === undefined) throw new Error(`${repoPath} not found at ${this.ref.slice(0, 7)}`);
      const text = decodeText(words, WORDS_MAX_BYTES);
      if (!text.ok) throw new Error(`${repoPath}: ${text.problem.message}`);
      return text.text;
    });
  }

  async readPost(repoPath: string, relPath: string): Promise<LoadedPost | undefined> {
    const bytes = await this.api.getFileBytes(repoPath, this.ref).catch((error: unknown) => {
      // Over 1 MB the contents API gives no content: far over the post limit, so a finding on that file, not a crash.
      if (error instanceof GitHubRequestError && error.status === 413) return TOO_LARGE;
      throw error;
    });
    return bytes === undefined ? undefined : parsePostBytes(path.resolve(this.root, repoPath), relPath, bytes);
  }

  async mediaInfo(repoPath: string): Promise<MediaInfo> {
    const info = await this.api.getPathInfo(repoPath, this.ref);
    if (!info) return { kind: "missing" };
    // The API does not follow symlinks: one cannot be shown to stay inside the repository.
    if (info.type === "symlink") return { kind: "outside-link" };
    if (info.type !== "file") return { kind: "not-a-file" };
    return info.head ? { kind: "file", size: info.size, head: info.head } : { kind: "file", size: info.size };
  }

  /** Through the contents API, which sends files of up to 1 MB: a larger one fails with a GitHubRequestError (413). */
  async mediaBytes(repoPath: string): Promise<Uint8Array | undefined> {
    return this.api.getFileBytes(repoPath, this.ref);
  }
}
