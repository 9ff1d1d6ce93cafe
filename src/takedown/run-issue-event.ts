/**
 * An `issues` event (labeled, edited) on a retrospective: a person chose its kind, so patterns are counted again
 * with it. Reads the config at the default branch's head, like a publishing run; publishes nothing.
 */
import type { GitHubApi } from "../github/api.js";
import type { PublishGitHubApi } from "../github/publish-api.js";
import { GitHubLedgerStore } from "../ledger/github-store.js";
import { readIndex } from "../ledger/index-file.js";
import { ledgerGitHubOf } from "../publish/ledger-github.js";
import { DEFAULT_LEDGER_BRANCH, loadConfig } from "../publish/run-publish.js";
import { GitHubContentRepo } from "../repo/github-content-repo.js";
import { UserError } from "../types.js";
import { escalateAfterIssueEvent, type PatternNote } from "./escalate.js";
import { RETROSPECTIVE_LABEL } from "./render.js";

export async function runIssueEvent(options: {
  api: GitHubApi & PublishGitHubApi;
  configPath: string;
  workspace: string;
  /** The labels of the issue the event is about. */
  labels: readonly string[];
  now?: Date;
}): Promise<PatternNote[]> {
  const { api } = options;
  const branch = await api.getDefaultBranch();
  const headSha = await api.getBranchSha(branch);
  if (!headSha) throw new UserError(`the default branch ${branch} has no commit yet`);
  const config = await loadConfig(new GitHubContentRepo(api, headSha, options.workspace), options.configPath, branch);
  if (!options.labels.includes(RETROSPECTIVE_LABEL)) return [];
  // Text-only corrections count too: they live in the ledger's index.
  const index = await readIndex(new GitHubLedgerStore(ledgerGitHubOf(api), config.raw.publishing?.ledger_branch ?? DEFAULT_LEDGER_BRANCH));
  return escalateAfterIssueEvent(api, config, { labels: options.labels, corrections: index?.corrections ?? [] }, options.now ?? new Date());
}
