import path from "node:path";
import { toPosix } from "../check/run-check.js";
import { type ConfigResult, resolveConfigText } from "../config/load-config.js";
import type { GitHubApi } from "../github/api.js";

/**
 * Reads checkpost.yml (and its dictionary files) at a commit through the API, never from the
 * checkout: on a pull request the base commit's config decides who approves, whatever the PR changes.
 * Undefined when the file does not exist at that commit.
 */
export async function loadConfigAt(api: GitHubApi, configPath: string, ref: string, workspace: string): Promise<ConfigResult | undefined> {
  const text = await api.getFileText(configPath, ref);
  if (text === undefined) return undefined;
  const file = path.resolve(workspace, configPath);
  return resolveConfigText(file, text, async (wordsFile) => {
    const repoPath = toPosix(path.relative(workspace, wordsFile));
    const words = await api.getFileText(repoPath, ref);
    if (words === undefined) throw new Error(`${repoPath} not found at ${ref.slice(0, 7)}`);
    return words;
  });
}
