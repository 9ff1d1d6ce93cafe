/**
 * The words a publishing run leaves on GitHub: one comment on the merged pull request once its post is live
 * (where, and how to take it down), and one comment (or, for a direct push, one issue) per refused version of a
 * post. Each carries a hidden marker so that the cron runs that follow never say the same thing twice.
 */
import type { Publication } from "../channels/publisher.js";
import type { GitHubApi } from "../github/api.js";
import type { PublishGitHubApi } from "../github/publish-api.js";

export const REFUSED_LABEL = "checkpost:refused";

export interface LivePost {
  path: string;
  pull: number;
  author?: string;
  onDuty: readonly string[];
  live: { channel: string; publication: Publication }[];
}

/**
 * One comment for every post of one merged pull request that went live in a run: a merge of thirty posts gets one
 * comment listing them, not thirty (GitHub spaces comments seconds apart, and thirty would bury the thread).
 */
export function publishedPullComment(posts: readonly LivePost[]): string {
  const people = [...new Set(posts.flatMap((p) => [p.author, ...p.onDuty]).filter((p): p is string => Boolean(p)))].map((p) => `@${p}`);
  const one = posts.length === 1;
  return [
    ...posts.map((post) => `<!-- checkpost:published ${post.path} -->`),
    ...posts.flatMap((post, i) => [
      ...(i > 0 ? [""] : []),
      `**Published** \`${post.path}\`:`,
      "",
      ...post.live.map((l) => `- ${l.channel}: ${l.publication.url}`),
    ]),
    "",
    `To take ${one ? "it" : "them"} down, revert this pull request (the **Revert** button above) and merge the revert: checkpost removes ${one ? "the post" : "each post"} from every channel it published to.`,
    ...(people.length ? ["", `${people.join(" ")}: ${one ? "it is" : `these ${posts.length} posts are`} live now.`] : []),
  ].join("\n");
}

export interface RefusedPost {
  path: string;
  blob: string;
  reason: string;
  todo: string;
}

const refusedMarker = (post: RefusedPost) => `<!-- checkpost:refused ${post.path} ${post.blob} -->`;

export function refusedText(post: RefusedPost): string {
  return [refusedMarker(post), `**Not published:** \`${post.path}\``, "", post.reason, "", `**What to do:** ${post.todo}`].join("\n");
}

/** Comments the refusal on the pull request, unless an earlier run already did for this version of the post. */
export function commentRefusal(api: CommentApi, pull: number, post: RefusedPost): Promise<boolean> {
  return commentOnce(api, pull, refusedMarker(post), refusedText(post));
}

type CommentApi = Pick<GitHubApi, "listIssueComments" | "createIssueComment">;

/** A comment whose first line is `marker`, unless one with that marker is already there. */
async function commentOnce(api: CommentApi, pull: number, marker: string, body: string): Promise<boolean> {
  const comments = await api.listIssueComments(pull);
  if (comments.some((c) => c.body.includes(marker))) return false;
  await api.createIssueComment(pull, body);
  return true;
}

export interface InDoubtPost {
  path: string;
  channel: string;
  detail: string;
}

const inDoubtMarker = (post: InDoubtPost) => `<!-- checkpost:in-doubt ${post.path} ${post.channel} -->`;

export function inDoubtText(post: InDoubtPost): string {
  return [
    inDoubtMarker(post),
    `**In doubt:** \`${post.path}\` on ${post.channel} may or may not be live (${post.detail}). checkpost will not post it again by itself.`,
    "",
    "Look on the platform, then run the publishing workflow by hand (Actions → checkpost-publish → Run workflow) with",
    `\`resolve: ${post.path} ${post.channel} published <url>\` if it is there, or \`resolve: ${post.path} ${post.channel} retry\` if it is not.`,
  ].join("\n");
}

/** Says once on the pull request that a publication is in doubt and how a person resolves it. */
export function commentInDoubt(api: CommentApi, pull: number, post: InDoubtPost): Promise<boolean> {
  return commentOnce(api, pull, inDoubtMarker(post), inDoubtText(post));
}

/** A direct push has no pull request to comment on: one open issue per refused version of a post. */
export async function openRefusalIssue(
  api: Pick<PublishGitHubApi, "openIssuesWithLabel" | "createIssue">,
  post: RefusedPost,
): Promise<boolean> {
  const title = `checkpost did not publish ${post.path} (${post.blob.slice(0, 7)})`;
  const open = await api.openIssuesWithLabel(REFUSED_LABEL);
  if (open.some((i) => i.title === title)) return false;
  await api.createIssue({ title, body: refusedText(post), labels: [REFUSED_LABEL] });
  return true;
}
