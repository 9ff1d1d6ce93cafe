/**
 * What is on the default branch at its head: checkpost.yml and the posts, as the planner sees them. The tree
 * (one request) gives every post's blob sha; a post is read only when the ledger does not already know it at
 * that blob with nothing left to do, so a run costs requests for new and pending posts, not for the archive.
 */
import path from "node:path";
import picomatch from "picomatch";
import type { ResolvedConfig } from "../config/types.js";
import type { PublishGitHubApi } from "../github/publish-api.js";
import type { IndexRow, LedgerIndex } from "../ledger/types.js";
import type { ValidPost } from "../post/valid-post.js";
import type { ContentRepo } from "../repo/content-repo.js";
import { UserError } from "../types.js";
import type { PlanPost } from "./intents.js";

/** Channel states that need nothing more from the post's text: its file need not be read again. */
const SETTLED = new Set(["published", "adopted", "skipped", "taken_down", "in_doubt"]);

export interface BranchPost {
  plan: PlanPost;
  /** The post's path in the repository (PlanPost.path is relative to the content root). */
  repoPath: string;
  /** The parsed post, when it was read and is valid (the text and media each channel gets). */
  valid?: ValidPost;
}

export interface BranchPostsInput {
  api: Pick<PublishGitHubApi, "getFileTree">;
  repo: ContentRepo;
  headSha: string;
  configPath: string;
  config: ResolvedConfig;
  ledger: LedgerIndex | undefined;
}

export async function readBranchPosts(input: BranchPostsInput): Promise<BranchPost[]> {
  const { config, configPath } = input;
  const tree = await input.api.getFileTree(input.headSha);
  if (tree.truncated) {
    // A partial list would make posts look deleted (and taken down): refuse rather than guess.
    throw new UserError(
      `GitHub cut the file list of ${input.headSha.slice(0, 7)} (over 100,000 entries or 7 MB): checkpost cannot see every post and publishes nothing; move other files out of this repository`,
    );
  }
  const root = path.posix.dirname(configPath);
  const isPost = picomatch([...config.posts], { dot: false });
  const known = new Map<string, IndexRow>();
  for (const row of Object.values(input.ledger?.rows ?? {})) known.set(`${row.path}\0${row.blob}`, row);

  // The ledger's first run adopts every post on the branch from the tree alone: reading 5,000 posts would cost
  // 5,000 requests, five times what GITHUB_TOKEN may make in an hour. The client comes from the folder that holds
  // the post; its channels stay unknown, and an adopted row without channels counts as adopted on every channel.
  const adopting = input.ledger === undefined && !config.raw.publishing?.publish_existing;
  const out: BranchPost[] = [];
  for (const file of tree.files) {
    const relPath = root === "." ? file.path : file.path.startsWith(`${root}/`) ? file.path.slice(root.length + 1) : undefined;
    if (relPath === undefined || !isPost(relPath)) continue;
    const owner = adopting ? clientOfFolder(config, relPath) : undefined;
    if (owner) {
      out.push({ repoPath: file.path, plan: { path: relPath, blob: file.sha, client: owner, channels: [] } });
      continue;
    }
    const row = known.get(`${relPath}\0${file.sha}`);
    if (row && Object.values(row.channels).every((c) => SETTLED.has(c.state))) {
      out.push({ repoPath: file.path, plan: { path: relPath, blob: file.sha, client: row.client, channels: Object.keys(row.channels) } });
      continue;
    }
    out.push(await readPost(input.repo, config, file.path, relPath, file.sha, row));
  }
  return out;
}

/** The client whose folder holds the post (the deepest folder when folders nest), or undefined. */
function clientOfFolder(config: ResolvedConfig, relPath: string): string | undefined {
  let best: { client: string; depth: number } | undefined;
  for (const client of config.clients.values())
    for (const folder of client.folders)
      if (relPath.startsWith(folder) && folder.length > (best?.depth ?? -1)) best = { client: client.id, depth: folder.length };
  return best?.client;
}

async function readPost(
  repo: ContentRepo,
  config: ResolvedConfig,
  repoPath: string,
  relPath: string,
  blob: string,
  row: IndexRow | undefined,
): Promise<BranchPost> {
  const loaded = await repo.readPost(repoPath, relPath);
  const data = loaded?.post?.data;
  if (loaded?.post && data && config.clients.has(data.client)) {
    const plan: PlanPost = {
      path: relPath,
      blob,
      client: data.client,
      channels: [...data.channels],
      ...(data.publish_at ? { publishAt: data.publish_at } : {}),
    };
    return { repoPath, plan, valid: loaded.post as ValidPost };
  }
  // Invalid on the branch: held with the reason, never treated as gone (which would take a live post down).
  const problems = (loaded?.messages ?? []).filter((m) => m.severity === "error").map((m) => `line ${m.line}: ${m.message}`);
  const reason = data
    ? `client "${data.client}" is not in checkpost.yml`
    : problems.slice(0, 2).join("; ") || "its front-matter is invalid";
  return {
    repoPath,
    plan: {
      path: relPath,
      blob,
      client: data?.client ?? row?.client ?? "",
      channels: data ? [...data.channels] : Object.keys(row?.channels ?? {}),
      errors: [`${relPath} cannot be read as a post: ${reason}`],
    },
  };
}
