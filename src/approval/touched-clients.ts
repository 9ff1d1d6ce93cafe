import type { ResolvedConfig } from "../config/types.js";
import type { FileStatus } from "../github/api.js";
import type { ParsedPost } from "../post/parsed-post.js";
import type { ContentRepo } from "../repo/content-repo.js";

/** A changed post file, as the pull request lists it. */
export interface PostFileChange {
  /** Path in the repository. */
  repoPath: string;
  /** Path relative to the content root, as clients' `folders` see it. */
  relPath: string;
  status: FileStatus;
  previousFilename?: string;
}

/** What a pull request touches, as far as approval goes. */
export interface TouchedFiles {
  /** Posts added, modified, renamed or copied, with the `client` each names at the head (even in invalid front-matter). */
  posts: readonly (PostFileChange & { client?: string })[];
  /** Posts removed (or renamed to a path that is no post). */
  deleted: readonly PostFileChange[];
  /** Every other changed file inside the content root, relative to it. */
  otherPaths: readonly string[];
}

/**
 * Every client whose contact must approve the pull request, sorted: the clients it touches at the head
 * (touchedClients) and those its changed posts belonged to at the base (clientsAtBase).
 */
export async function clientsToApprove(config: ResolvedConfig, touched: TouchedFiles, base: ContentRepo): Promise<string[]> {
  const atHead = touchedClients(config, touched);
  const atBase = await clientsAtBase(base, config, [...touched.posts, ...touched.deleted]);
  return [...new Set([...atHead, ...atBase])].sort();
}

/**
 * The clients whose contacts must approve (besides those a post belonged to at the base): each changed
 * post's `client`, plus the client owning the folder of every changed file, post or not (moving a post
 * into another client's folder needs both; replacing an image in a client's folder needs that client).
 */
export function touchedClients(config: ResolvedConfig, touched: TouchedFiles): string[] {
  const ids = new Set<string>();
  for (const { client } of touched.posts) {
    if (client && config.clients.has(client)) ids.add(client);
  }
  // Any file in a client's folders is the client's: a replaced image needs its approval like a changed post.
  for (const relPath of [...touched.posts.map((p) => p.relPath), ...touched.deleted.map((d) => d.relPath), ...touched.otherPaths]) {
    for (const client of config.clients.values()) {
      if (client.folders.some((folder) => relPath.startsWith(folder))) ids.add(client.id);
    }
  }
  return [...ids].sort();
}

/**
 * The clients changed posts belonged to before the pull request: deleting a post, or moving it to
 * another client, needs the approval of the client it is taken from. One read per post that existed
 * at the base (modified, renamed or removed); added posts cost nothing.
 */
export async function clientsAtBase(base: ContentRepo, config: ResolvedConfig, changes: readonly PostFileChange[]): Promise<string[]> {
  const ids: string[] = [];
  for (const change of changes) {
    if (change.status === "added" || change.status === "copied") continue;
    const loaded = await base.readPost(change.previousFilename ?? change.repoPath, change.relPath);
    const client = clientOf(loaded?.post);
    if (client && config.clients.has(client)) ids.push(client);
  }
  return ids;
}

/** The post's `client` as written, even when the rest of its front-matter is invalid. */
export function clientOf(post: ParsedPost | undefined): string | undefined {
  const value = post?.frontMatter?.yaml.value as { client?: unknown } | undefined;
  return typeof value?.client === "string" ? value.client : undefined;
}
