import path from "node:path";
import picomatch from "picomatch";
import type { PostFileChange } from "../approval/touched-clients.js";
import type { ChangedFile } from "../github/api.js";

/** A changed post: its path in the repository and relative to the content root, its status and former path. */
export type PostChange = PostFileChange;

export interface PullRequestChanges {
  /** Posts added, modified, renamed or copied: these are checked. */
  posts: PostChange[];
  /** Posts the pull request removes. */
  deleted: PostChange[];
  /** The pull request changes checkpost.yml itself. */
  configChanged: boolean;
  /** Every other changed file inside the content root (media, say), relative to it: a client's folders claim them. */
  otherPaths: string[];
}

/**
 * Picks the posts among a pull request's changed files: files under the folder of checkpost.yml
 * that match its `posts` globs (the same globs `checkpost check` uses).
 */
export function selectChangedPosts(files: readonly ChangedFile[], configPath: string, postGlobs: readonly string[]): PullRequestChanges {
  const root = path.posix.dirname(configPath);
  const isPost = picomatch([...postGlobs], { dot: false });
  const toRel = (repoPath: string): string | undefined => {
    if (root === ".") return repoPath;
    return repoPath.startsWith(`${root}/`) ? repoPath.slice(root.length + 1) : undefined;
  };
  const changes: PullRequestChanges = { posts: [], deleted: [], configChanged: false, otherPaths: [] };
  for (const file of files) {
    if (file.filename === configPath && file.status !== "removed" && file.status !== "unchanged") changes.configChanged = true;
    const relPath = toRel(file.filename);
    if (relPath === undefined || !isPost(relPath) || file.status === "unchanged") {
      if (relPath !== undefined && file.status !== "unchanged") changes.otherPaths.push(relPath);
      // A post renamed to a path that is no post any more has left the desk: it counts as deleted.
      const previousRel = file.status === "renamed" && file.previousFilename ? toRel(file.previousFilename) : undefined;
      if (previousRel !== undefined && file.previousFilename && isPost(previousRel)) {
        changes.deleted.push({ repoPath: file.previousFilename, relPath: previousRel, status: "removed" });
      }
      continue;
    }
    const change: PostChange = {
      repoPath: file.filename,
      relPath,
      status: file.status,
      ...(file.previousFilename ? { previousFilename: file.previousFilename } : {}),
    };
    (file.status === "removed" ? changes.deleted : changes.posts).push(change);
  }
  return changes;
}
