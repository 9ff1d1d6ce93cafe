import type { ResolvedConfig } from "../config/types.js";
import { type MediaLookup, resolveMediaPath } from "../media/media-file.js";
import type { ParsedPost } from "../post/parsed-post.js";
import { type ContentRepo, type MediaInfo, repoPathOf } from "./content-repo.js";

/**
 * A post's media files as they are in the repository, looked up before the checks run (rules are
 * synchronous): one look-up per media file inside the content root, none for a path that leaves it.
 */
export async function mediaLookupIn(repo: ContentRepo, config: ResolvedConfig, post: ParsedPost | undefined): Promise<MediaLookup> {
  const found = new Map<string, MediaInfo>();
  const media = (post?.data?.media ?? []) as { file?: unknown }[];
  for (const item of media) {
    if (!post || typeof item.file !== "string") continue;
    const resolved = resolveMediaPath(config.root, post.file, item.file);
    if (!resolved.ok || found.has(resolved.absolute)) continue;
    found.set(resolved.absolute, await repo.mediaInfo(repoPathOf(repo, resolved.absolute)));
  }
  return (absolute) => found.get(absolute) ?? { kind: "missing" };
}
