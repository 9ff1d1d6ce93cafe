import { type ChangedFile, type GitHubApi, type GitTree, PULL_FILES_LIMIT, type PullRequest } from "../github/api.js";
import { UserError } from "../types.js";

/**
 * Every file the pull request changes. GitHub's file list stops at PULL_FILES_LIMIT, and a post past it would
 * never be seen (nor its client asked): when the list is shorter than `changed_files`, the change set comes from
 * the base and head trees instead; when GitHub cuts a tree too, the review refuses rather than guess.
 */
export async function listChangedFiles(api: GitHubApi, pr: PullRequest): Promise<ChangedFile[]> {
  const expected = pr.changedFiles;
  if (expected === undefined || expected <= PULL_FILES_LIMIT) {
    const listed = await api.listPullFiles(pr.number);
    if (expected === undefined || listed.length >= expected) return listed;
  }
  const [base, head] = [await api.getTree(pr.base.sha), await api.getTree(pr.head.sha)];
  if (base.truncated || head.truncated) {
    throw new UserError(
      `pull request #${pr.number} changes ${expected} files, more than GitHub lists (${PULL_FILES_LIMIT}), and the repository's tree is too large for GitHub to send whole: too many files to review, so nothing is approved; split it into smaller pull requests`,
    );
  }
  return changesBetween(base, head);
}

/**
 * The files that differ between two trees, by blob sha (and mode: a file turned into a symlink changed). A file
 * removed and one added with the same blob are a rename, as GitHub would list it. Compared with the base branch's
 * tip rather than the merge base, changes merged into the base since the branch was made count too: stricter, never
 * looser.
 */
export function changesBetween(base: GitTree, head: GitTree): ChangedFile[] {
  const files = (tree: GitTree) => new Map(tree.entries.filter((e) => e.type !== "tree").map((e) => [e.path, `${e.mode} ${e.sha}`]));
  const before = files(base);
  const after = files(head);
  const changes: ChangedFile[] = [];
  const added: string[] = [];
  for (const [path, blob] of after) {
    const old = before.get(path);
    if (old === undefined) added.push(path);
    else if (old !== blob) changes.push({ filename: path, status: "modified" });
  }
  const removed = [...before.keys()].filter((path) => !after.has(path));
  for (const path of added) {
    const from = removed.findIndex((old) => before.get(old) === after.get(path));
    const [previous] = from >= 0 ? removed.splice(from, 1) : [];
    changes.push(previous ? { filename: path, status: "renamed", previousFilename: previous } : { filename: path, status: "added" });
  }
  for (const path of removed) changes.push({ filename: path, status: "removed" });
  return changes.sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
}
