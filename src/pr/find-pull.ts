import type { GitHubApi } from "../github/api.js";

/**
 * The open pull request whose head is this commit, for a `workflow_run` event (its `pull_requests`
 * list is empty for forks). Asks GET /commits/{sha}/pulls first, then lists the open pull requests.
 */
export async function findPullForCommit(api: GitHubApi, headSha: string): Promise<number | undefined> {
  const direct = (await api.pullsForCommit(headSha)).find((p) => p.state === "open" && p.headSha === headSha);
  if (direct) return direct.number;
  return (await api.listOpenPulls()).find((p) => p.headSha === headSha)?.number;
}
