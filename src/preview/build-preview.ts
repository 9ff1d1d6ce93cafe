import path from "node:path";
import { type CheckOptions, runCheck } from "../check/run-check.js";
import { toPosix } from "../load/paths.js";
import { extensionOf, resolveMediaPath } from "../media/media-file.js";
import { MIME_TYPES } from "../media/media-type.js";
import { DiskContentRepo } from "../repo/disk-content-repo.js";
import { formatText } from "../report/format-text.js";
import { UserError } from "../types.js";
import { type MediaSource, type PostView, postId, postView } from "./post-view.js";
import { renderPage } from "./render-page.js";

/** An image larger than this is named, not embedded: the page stays one file a browser opens quickly. */
export const EMBED_MAX_BYTES = 8 * 1024 * 1024;

export interface PreviewResult {
  html: string;
  posts: PostView[];
  /** The content root (the folder of checkpost.yml): `--watch` watches it. */
  root: string;
  errors: number;
}

/**
 * The preview page of some posts: checked exactly as `checkpost check` checks them (the same findings), read from
 * disk with their media, rendered. A broken checkpost.yml is a UserError holding check's own report of it.
 */
export async function buildPreview(options: Pick<CheckOptions, "paths" | "cwd" | "configFile" | "now">): Promise<PreviewResult> {
  const now = options.now ?? new Date();
  const outcome = await runCheck({ ...options, now });
  if (outcome.kind === "config-error")
    throw new UserError(
      `checkpost.yml has problems; nothing to preview:\n${formatText(outcome.report, { color: false, configError: true })}`,
    );
  const { config, report } = outcome;
  const repo = new DiskContentRepo(config.root);
  const posts: PostView[] = [];
  const ids = new Set<string>();
  for (const file of report.files) {
    const absolute = path.resolve(options.cwd, file.path);
    if (absolute === config.file) continue;
    const relPath = toPosix(path.relative(config.root, absolute));
    const loaded = await repo.readPost(relPath, relPath);
    const media = new Map<string, MediaSource>();
    if (loaded.post) {
      for (const item of loaded.post.data?.media ?? [])
        media.set(item.file, await mediaSource(repo, config.root, loaded.post.file, item.file));
    }
    // "Sale.md" and "sale.md" read alike as ids: the second gets a number.
    let id = postId(file.path);
    for (let n = 2; ids.has(id); n++) id = postId(file.path, n);
    ids.add(id);
    posts.push(
      postView({
        path: file.path,
        id,
        post: loaded.post,
        messages: file.messages,
        config,
        media: (f) => media.get(f) ?? { problem: "not read" },
      }),
    );
  }
  const title = toPosix(path.relative(options.cwd, config.root)) || path.basename(config.root);
  return { html: renderPage({ title, posts, checkedAt: now }), posts, root: config.root, errors: report.errors };
}

/** A media file as a data: URL, or why the page shows its name instead. */
async function mediaSource(repo: DiskContentRepo, root: string, postFile: string, file: string): Promise<MediaSource> {
  const resolved = resolveMediaPath(root, postFile, file);
  if (!resolved.ok) return { problem: `${file} ${resolved.problem}` };
  const mime = MIME_TYPES[extensionOf(resolved.absolute)];
  if (!mime?.startsWith("image/")) return { problem: `${file} (${mime ? "a video: not shown here" : "not a type checkpost publishes"})` };
  const info = await repo.mediaInfo(toPosix(path.relative(root, resolved.absolute)));
  if (info.kind !== "file") return { problem: `${file} (${info.kind})` };
  if (info.size > EMBED_MAX_BYTES) return { problem: `${file} (${Math.round(info.size / 1024 / 1024)} MB: too large to embed)` };
  const bytes = await repo.mediaBytes(toPosix(path.relative(root, resolved.absolute)));
  if (!bytes) return { problem: `${file} (unreadable)` };
  return { src: `data:${mime};base64,${Buffer.from(bytes).toString("base64")}` };
}
