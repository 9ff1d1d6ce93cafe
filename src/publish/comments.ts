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

export function publishedComment(post: LivePost): string {
  const people = [...new Set([post.author, ...post.onDuty].filter((p): p is string => Boolean(p)))].map((p) => `@${p}`);
  return [
    `<!-- checkpost:published ${post.path} -->`,
    `**Published** \`${post.path}\`:`,
    "",
    ...post.live.map((l) => `- ${l.channel}: ${l.publication.url}`),
    "",
    `To take it down, revert this pull request (the **Revert** button above) and merge the revert: checkpost removes the post from every channel it published to.`,
    ...(people.length ? ["", `${people.join(" ")}: it is live now.`] : []),
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
export async function commentRefusal(
  api: Pick<GitHubApi, "listIssueComments" | "createIssueComment">,
  pull: number,
  post: RefusedPost,
): Promise<boolean> {
  const marker = refusedMarker(post);
  const comments = await api.listIssueComments(pull);
  if (comments.some((c) => c.body.includes(marker))) return false;
  await api.createIssueComment(pull, refusedText(post));
  return true;
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
