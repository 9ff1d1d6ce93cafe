import type { GitHubApi } from "../github/api.js";

/**
 * Every open pull request whose head is this commit, for a `workflow_run` event (its `pull_requests` list is empty
 * for forks, and names only some of the pull requests sharing a head). Lists the open pull requests: unlike
 * GET /commits/{sha}/pulls it finds forks' heads too, and none is left out for being second.
 */
export async function findPullsForCommit(api: GitHubApi, headSha: string): Promise<number[]> {
  const open = await api.listOpenPulls();
  return open
    .filter((p) => p.state === "open" && p.headSha === headSha)
    .map((p) => p.number)
    .sort((a, b) => a - b);
}
