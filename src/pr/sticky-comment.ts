import type { GitHubApi } from "../github/api.js";

/** The hidden marker that identifies checkpost's one preview comment on a pull request. */
export const PREVIEW_MARKER = "<!-- checkpost:preview -->";

/**
 * Keeps exactly one preview comment: looks for the marker first, so a re-run or a retried job
 * updates the comment instead of posting a second one. Returns the comment id.
 *
 * Only a comment that starts with the marker is checkpost's: a person quoting it ("> <!-- … -->") or
 * mentioning it keeps their comment. Among several, one written by a bot (GITHUB_TOKEN's
 * github-actions[bot]) is preferred over one a person started with the marker.
 */
export async function upsertStickyComment(api: GitHubApi, issueNumber: number, body: string): Promise<number> {
  const marked = `${PREVIEW_MARKER}\n${body}`;
  const ours = (await api.listIssueComments(issueNumber)).filter((c) => c.body.startsWith(PREVIEW_MARKER));
  const existing = ours.find((c) => c.user?.type === "Bot") ?? ours[0];
  if (!existing) return api.createIssueComment(issueNumber, marked);
  if (existing.body !== marked) await api.updateIssueComment(existing.id, marked);
  return existing.id;
}
