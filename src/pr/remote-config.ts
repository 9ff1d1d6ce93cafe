import path from "node:path";
import { resolveConfigText } from "../check/load-config.js";
import { toPosix } from "../check/run-check.js";
import { CONFIG_MAX_BYTES, type ConfigResult, WORDS_MAX_BYTES } from "../config/load-config.js";
import type { GitHubApi } from "../github/api.js";
import { decodeText } from "../load/read-text.js";

/**
 * Reads checkpost.yml (and its dictionary files) at a commit through the API, never from the
 * checkout: on a pull request the base commit's config decides who approves, whatever the PR changes.
 * Undefined when the file does not exist at that commit.
 */
export async function loadConfigAt(api: GitHubApi, configPath: string, ref: string, workspace: string): Promise<ConfigResult | undefined> {
  const bytes = await api.getFileBytes(configPath, ref);
  if (bytes === undefined) return undefined;
  const file = path.resolve(workspace, configPath);
  // The same defensive decoding as from disk: size limit, no NUL, strict UTF-8, BOM and CRLF handled.
  const decoded = decodeText(bytes, CONFIG_MAX_BYTES);
  if (!decoded.ok) return { file, messages: [{ ruleId: "config", severity: "error", ...decoded.problem }] };
  return resolveConfigText(file, decoded.text, async (wordsFile) => {
    const repoPath = toPosix(path.relative(workspace, wordsFile));
    const words = await api.getFileBytes(repoPath, ref);
    if (words === undefined) throw new Error(`${repoPath} not found at ${ref.slice(0, 7)}`);
    const text = decodeText(words, WORDS_MAX_BYTES);
    if (!text.ok) throw new Error(`${repoPath}: ${text.problem.message}`);
    return text.text;
  });
}
