import type { GitHubApi } from "../github/api.js";

/** The hidden marker that identifies checkpost's one preview comment on a pull request. */
export const PREVIEW_MARKER = "<!-- checkpost:preview -->";

/**
 * Keeps exactly one preview comment: looks for the marker first, so a re-run or a retried job
 * updates the comment instead of posting a second one. Returns the comment id.
 */
export async function upsertStickyComment(api: GitHubApi, issueNumber: number, body: string): Promise<number> {
  const marked = `${PREVIEW_MARKER}\n${body}`;
  const existing = (await api.listIssueComments(issueNumber)).find((c) => c.body.includes(PREVIEW_MARKER));
  if (!existing) return api.createIssueComment(issueNumber, marked);
  if (existing.body !== marked) await api.updateIssueComment(existing.id, marked);
  return existing.id;
}
