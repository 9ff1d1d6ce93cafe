import type { ResolvedConfig } from "../config/types.js";
import type { GitHubApi, PullRequest } from "../github/api.js";
import { type ContactRequirement, evaluateGate, type GateResult } from "./gate.js";

/** The commit status branch protection requires. */
export const APPROVAL_CONTEXT = "checkpost/approval";

/**
 * Computes the gate for a pull request from the API: one GET /users per touched client's contact
 * (contacts are matched by id) and the reviews, all pages.
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
    contacts.push({ clientId, login: client.contact, userId: ids.get(key) });
  }
  const reviews = await api.listReviews(pr.number);
  return evaluateGate({ headSha: pr.head.sha, author: pr.user, contacts, reviews });
}
