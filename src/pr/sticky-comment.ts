import type { GitHubApi } from "../github/api.js";

/** The hidden marker that identifies checkpost's one preview comment on a pull request. */
export const PREVIEW_MARKER = "<!-- checkpost:preview -->";

/**
 * Keeps exactly one preview comment: looks for the marker first, so a re-run or a retried job
 * updates the comment instead of posting a second one. Returns the comment id.
 *
 * Only a comment that starts with the marker and was written by checkpost's token is checkpost's: the
 * Actions bot's (GITHUB_TOKEN), or, with a personal token, that token's user (asked only when a
 * person's comment starts with the marker). A comment a person wrote or pasted is never taken over:
 * the contact approves from the preview, so its author must not be the writer.
 */
export async function upsertStickyComment(api: GitHubApi, issueNumber: number, body: string): Promise<number> {
  const marked = `${PREVIEW_MARKER}\n${body}`;
  const candidates = (await api.listIssueComments(issueNumber)).filter((c) => c.body.startsWith(PREVIEW_MARKER));
  let existing = candidates.find((c) => c.user?.type === "Bot");
  if (!existing && candidates.length) {
    const login = await api.getTokenLogin();
    existing = login === undefined ? undefined : candidates.find((c) => c.user?.login === login);
  }
  if (!existing) return api.createIssueComment(issueNumber, marked);
  if (existing.body !== marked) await api.updateIssueComment(existing.id, marked);
  return existing.id;
}
