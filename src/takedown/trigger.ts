/**
 * What took a post down, told from GitHub's records: the commit on the default branch that removed its file and
 * the merged pull request it came from (GitHub's Revert button, a `git revert` pushed through a pull request, or
 * any deletion). The state (a live post gone from the branch) decides the takedown; this only tells its story.
 */
import type { PublishGitHubApi } from "../github/publish-api.js";
import type { TakedownTrigger } from "../ledger/types.js";

export async function findTrigger(
  api: Pick<PublishGitHubApi, "lastCommitFor" | "pullsOfCommit">,
  input: { repoPath: string; headSha: string; branch: string; actor?: string },
): Promise<TakedownTrigger> {
  const pusher = input.actor ? { by: input.actor } : {};
  const commit = await api.lastCommitFor(input.repoPath, input.headSha);
  if (!commit) return pusher;
  const pulls = await api.pullsOfCommit(commit.sha);
  const pull = pulls.find((p) => p.mergedAt !== null && p.baseRef === input.branch);
  if (!pull) return { commit: commit.sha, ...pusher };
  const by = pull.user?.login ?? input.actor;
  return {
    commit: commit.sha,
    pullRequest: {
      number: pull.number,
      ...(pull.htmlUrl ? { url: pull.htmlUrl } : {}),
      ...(pull.title ? { title: pull.title } : {}),
      ...(pull.body ? { body: pull.body } : {}),
      ...(pull.user ? { author: pull.user.login } : {}),
    },
    ...(by ? { by } : {}),
  };
}
