import type { ResolvedConfig } from "../config/types.js";
import type { GitHubApi, PullRequest } from "../github/api.js";
import { type ContactRequirement, evaluateGate, type GateResult } from "./gate.js";

/** The commit status branch protection requires. */
export const APPROVAL_CONTEXT = "checkpost/approval";

/**
 * Computes the gate for a pull request from the API: one GET /users per touched client's contact (contacts are
 * matched by id, or by their pinned contact_id), then the reviews, the commits and the timeline, all pages.
 */
export async function computeApproval(
  api: GitHubApi,
  pr: PullRequest,
  config: ResolvedConfig,
  clientIds: readonly string[],
): Promise<GateResult> {
  const ids = new Map<string, number | undefined>();
  const contacts: ContactRequirement[] = [];
  for (const clientId of [...new Set(clientIds)].sort()) {
    const client = config.clients.get(clientId);
    if (!client) continue;
    const key = client.contact.toLowerCase();
    if (!ids.has(key)) ids.set(key, await api.getUserId(client.contact));
    contacts.push({
      clientId,
      login: client.contact,
      userId: ids.get(key),
      ...(client.contactId === undefined ? {} : { pinnedId: client.contactId }),
    });
  }
  const reviews = await api.listReviews(pr.number);
  const commits = await api.listPullCommits(pr.number);
  const baseChangedAt = (await api.listBaseChanges(pr.number)).reduce<string | undefined>(
    (latest, at) => (latest === undefined || Date.parse(at) > Date.parse(latest) ? at : latest),
    undefined,
  );
  return evaluateGate({
    headSha: pr.head.sha,
    author: pr.user,
    contacts,
    reviews,
    commits,
    ...(pr.commits === undefined ? {} : { commitCount: pr.commits }),
    ...(baseChangedAt === undefined ? {} : { baseChangedAt }),
  });
}
