/**
 * What a channel gets for a post: exactly the text the preview showed and the length check measured (the
 * channel adapter's text), and the media files' bytes at the published commit with their alt texts.
 */
import type { PublishInput, PublishMedia } from "../channels/publisher.js";
import { adapterOf } from "../channels/registry.js";
import type { ResolvedConfig } from "../config/types.js";
import { extensionOf, resolveMediaPath } from "../media/media-file.js";
import { MIME_TYPES } from "../media/media-type.js";
import type { ValidPost } from "../post/valid-post.js";
import { type ContentRepo, repoPathOf } from "../repo/content-repo.js";

export async function preparePost(
  repo: ContentRepo,
  config: ResolvedConfig,
  post: ValidPost,
  channelId: string,
): Promise<Omit<PublishInput, "claim">> {
  const channel = config.channels.get(channelId);
  if (!channel) throw new Error(`${post.relPath}: channel ${channelId} is not in checkpost.yml`);
  const { text } = adapterOf(channel).text(post, channelId);
  const media: PublishMedia[] = [];
  for (const item of post.data.media ?? []) {
    const resolved = resolveMediaPath(config.root, post.file, item.file);
    if (!resolved.ok) throw new Error(`${post.relPath}: media ${item.file} ${resolved.problem}`);
    const repoPath = repoPathOf(repo, resolved.absolute);
    const bytes = await repo.mediaBytes(repoPath);
    if (!bytes) throw new Error(`${post.relPath}: media ${item.file} is not in the repository at the published commit`);
    const mimeType = MIME_TYPES[extensionOf(repoPath)];
    if (!mimeType) throw new Error(`${post.relPath}: media ${item.file} is not a type checkpost publishes (png, jpg, gif, webp, mp4, mov)`);
    media.push({ path: repoPath, bytes, mimeType, alt: item.alt });
  }
  return {
    text,
    media,
    ...(post.data.reply_to ? { replyTo: post.data.reply_to } : {}),
    postPath: post.relPath,
    channelId,
  };
}
