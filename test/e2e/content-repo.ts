/**
 * A content repository twice over: a real temporary git checkout (what the runner checks out into GITHUB_WORKSPACE)
 * and the same commits, with the same shas, in the GitHub simulator (what the Action reads through the API).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { CommitIdentity, SimPull, SimRepo, SimUser } from "../github-sim/state.js";
import { ROOT } from "./harness.js";

/** example-content's real configuration and dictionary: clients acme (contact jane-acme) and northwind (ola-northwind). */
export function exampleConfig(): Record<string, string> {
  return {
    "checkpost.yml": readFileSync(join(ROOT, "example-content/checkpost.yml"), "utf8"),
    "dictionary.txt": readFileSync(join(ROOT, "example-content/dictionary.txt"), "utf8"),
  };
}

/** The contact ids example-content's checkpost.yml pins (`contact_id`), by login: the simulator's users must have them. */
export function exampleContactIds(): Record<string, number> {
  const text = exampleConfig()["checkpost.yml"] ?? "";
  const ids: Record<string, number> = {};
  for (const m of text.matchAll(/contact: ([\w-]+)\n(?:\s*#.*\n)*\s*contact_id: (\d+)/g)) ids[m[1] as string] = Number(m[2]);
  return ids;
}

/** A clean post for a client (no media, so the content stays text), dated inside the client's publish window. */
export function post(client: "acme" | "northwind", title: string, body: string): string {
  const channels = client === "acme" ? "[acme-bluesky, acme-mastodon]" : "[northwind-bluesky, northwind-linkedin]";
  // The Action refuses a past publish_at, and the example windows are Mon–Fri (acme) and Mon–Sat (northwind).
  const day = nextWednesday();
  const when = client === "acme" ? `${day}T09:30:00+01:00` : `${day}T09:00:00-05:00`;
  return `---\nclient: ${client}\nchannels: ${channels}\ntitle: ${title}\nauthor: sam-fieldnote\npublish_at: ${when}\n---\n${body}\n`;
}

/** A Wednesday at least two weeks ahead, as YYYY-MM-DD: always in the future, always inside both windows. */
function nextWednesday(): string {
  const date = new Date(Date.now() + 14 * 86_400_000);
  date.setUTCDate(date.getUTCDate() + ((3 - date.getUTCDay() + 7) % 7));
  return date.toISOString().slice(0, 10);
}

function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=Sam", "-c", "user.email=sam@fieldnote.example", "-c", "commit.gpgsign=false", ...args], {
    cwd: dir,
    encoding: "utf8",
  }).trim();
}

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

export interface ContentPull {
  workspace: string;
  pull: SimPull;
  cleanup(): void;
}

/**
 * Commits `base` on main, then `head` (the whole tree the PR's branch has) on a branch, checks the branch out, mirrors
 * both commits into `repo` and opens the PR by `author`.
 */
export function contentPull(
  repo: SimRepo,
  options: { base: Record<string, string>; head: Record<string, string>; author: SimUser; title?: string },
): ContentPull {
  const workspace = mkdtempSync(join(tmpdir(), "checkpost-content-"));
  git(workspace, "init", "-q", "-b", "main");
  writeTree(workspace, options.base);
  git(workspace, "add", "-A");
  git(workspace, "commit", "-q", "-m", "Base content");
  const baseSha = git(workspace, "rev-parse", "HEAD");
  git(workspace, "checkout", "-q", "-b", "posts");
  git(workspace, "rm", "-q", "-r", "--cached", ".");
  for (const path of Object.keys(options.base)) if (!(path in options.head)) rmSync(join(workspace, path));
  writeTree(workspace, options.head);
  git(workspace, "add", "-A");
  git(workspace, "commit", "-q", "--allow-empty", "-m", "Posts");
  const headSha = git(workspace, "rev-parse", "HEAD");
  repo.commit(options.base, { sha: baseSha, branch: "main" });
  repo.commit(options.head, { sha: headSha, branch: "posts" });
  const pull = repo.openPull({
    author: options.author,
    base: baseSha,
    head: headSha,
    baseRef: "main",
    headRef: "posts",
    title: options.title,
  });
  return { workspace, pull, cleanup: () => rmSync(workspace, { recursive: true, force: true }) };
}

/**
 * A further commit on the PR's branch (a push after review), in the checkout and the simulator; `identity` says whose
 * accounts GitHub matched its author and committer to and whether its signature verified (default: the PR's author, signed).
 */
export function pushCommit(repo: SimRepo, content: ContentPull, files: Record<string, string>, identity: CommitIdentity = {}): string {
  writeTree(content.workspace, files);
  git(content.workspace, "add", "-A");
  git(content.workspace, "commit", "-q", "-m", "Edit posts");
  const sha = git(content.workspace, "rev-parse", "HEAD");
  const tree = Object.fromEntries(repo.resolve(content.pull.headSha)?.files ?? []);
  repo.commit({ ...tree, ...files }, { sha, branch: "posts", ...identity });
  repo.pushToPull(content.pull.number, sha);
  return sha;
}
