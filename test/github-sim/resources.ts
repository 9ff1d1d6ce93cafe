/**
 * The JSON objects the simulator returns, built from GitHub's own OpenAPI examples and patched with the simulated
 * state, so every field GitHub always sends is present (the response validator checks it).
 */

import { createHash } from "node:crypto";
import { example } from "./openapi.js";
import {
  blobSha,
  entrySha,
  type SimCheckRun,
  type SimComment,
  type SimCommit,
  type SimEvent,
  type SimIssue,
  type SimPull,
  type SimRepo,
  type SimReview,
  type SimStatus,
  type SimUser,
  symlinkTarget,
} from "./state.js";

const API = "https://api.github.com";
const WEB = "https://github.com";

type Obj = Record<string, unknown>;

/** Replaces every `octocat/Hello-World` (the examples' repository) in URLs with the simulated one. */
function retarget<T>(value: T, repo: SimRepo): T {
  return JSON.parse(JSON.stringify(value).replaceAll("octocat/Hello-World", repo.fullName)) as T;
}

export function simpleUser(user: SimUser): Obj {
  const template = example("pull-request").user as Obj;
  const json = JSON.stringify(template).replaceAll("/octocat", `/${encodeURIComponent(user.login)}`);
  return { ...(JSON.parse(json) as Obj), login: user.login, id: user.id, node_id: `U_${user.id}`, type: user.type };
}

export function publicUser(user: SimUser): Obj {
  return {
    ...example("public-user-default-response"),
    ...simpleUser(user),
    name: null,
    company: null,
    blog: null,
    location: null,
    email: null,
    hireable: null,
    bio: null,
  };
}

function repository(repo: SimRepo): Obj {
  const template = retarget((example("pull-request").head as Obj).repo as Obj, repo);
  return { ...template, id: repo.id, node_id: `R_${repo.id}`, name: repo.name, full_name: repo.fullName, owner: simpleUser(repo.owner) };
}

function branch(repo: SimRepo, ref: string, sha: string, user: SimUser): Obj {
  return { label: `${repo.owner.login}:${ref}`, ref, sha, user: simpleUser(user), repo: repository(repo) };
}

/** `pulls/get`; `simple` gives the `pull-request-simple` shape of list routes. */
export function pullRequest(repo: SimRepo, pull: SimPull, simple = false): Obj {
  const template = retarget(
    simple ? ((example("pull-request-simple-items") as unknown as Obj[])[0] as Obj) : example("pull-request"),
    repo,
  );
  const url = `${API}/repos/${repo.fullName}/pulls/${pull.number}`;
  const out: Obj = {
    ...template,
    url,
    id: pull.id,
    node_id: `PR_${pull.id}`,
    html_url: `${WEB}/${repo.fullName}/pull/${pull.number}`,
    number: pull.number,
    state: pull.state,
    title: pull.title,
    body: pull.body,
    user: simpleUser(pull.author),
    draft: pull.draft,
    labels: [],
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    milestone: null,
    merged_at: pull.mergedAt,
    closed_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    auto_merge: null,
    head: branch(pull.headRepo, pull.headRef, pull.headSha, pull.author),
    base: branch(repo, pull.baseRef, pull.baseSha, repo.owner),
    author_association: "CONTRIBUTOR",
  };
  if (!simple) {
    Object.assign(out, {
      merged: pull.mergedAt !== null,
      merged_by: null,
      mergeable: true,
      changed_files: repo.changedFiles(pull).length,
      commits: pull.commitShas.length,
    });
  }
  return out;
}

export function diffEntry(
  repo: SimRepo,
  pull: SimPull,
  file: { filename: string; status: string; previous_filename?: string; sha: string | null; changes: number },
): Obj {
  // A file name may hold any character but NUL and "/": URLs carry it encoded.
  const blob = `${WEB}/${repo.fullName}/blob/${pull.headSha}/${encodeURI(file.filename)}`;
  return {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.changes,
    deletions: 0,
    changes: file.changes,
    blob_url: blob,
    raw_url: `${WEB}/${repo.fullName}/raw/${pull.headSha}/${encodeURI(file.filename)}`,
    contents_url: `${API}/repos/${repo.fullName}/contents/${encodeURI(file.filename)}?ref=${pull.headSha}`,
    ...(file.previous_filename === undefined ? {} : { previous_filename: file.previous_filename }),
  };
}

/** `repos/get-content` for a file: base64 wrapped at 60 characters, as GitHub sends it. */
export function contentFile(repo: SimRepo, path: string, ref: string, text: string, blobSha: string): Obj {
  const bytes = Buffer.from(text, "utf8");
  const base64 = bytes.toString("base64").replace(/.{60}/g, "$&\n");
  const url = `${API}/repos/${repo.fullName}/contents/${encodeURI(path)}?ref=${ref}`;
  const git = `${API}/repos/${repo.fullName}/git/blobs/${blobSha}`;
  const html = `${WEB}/${repo.fullName}/blob/${ref}/${encodeURI(path)}`;
  return {
    type: "file",
    encoding: "base64",
    size: bytes.length,
    name: path.split("/").pop() ?? path,
    path,
    content: base64,
    sha: blobSha,
    url,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${encodeURI(path)}`,
    _links: { git, self: url, html },
  };
}

/** `repos/get-content` for a symlink whose target is no file of the repository: the link itself. */
export function contentSymlink(repo: SimRepo, path: string, ref: string, target: string): Obj {
  const sha = blobSha(target);
  const url = `${API}/repos/${repo.fullName}/contents/${encodeURI(path)}?ref=${ref}`;
  const git = `${API}/repos/${repo.fullName}/git/blobs/${sha}`;
  const html = `${WEB}/${repo.fullName}/blob/${ref}/${path}`;
  return {
    type: "symlink",
    target,
    size: Buffer.byteLength(target),
    name: path.split("/").pop() ?? path,
    path,
    sha,
    url,
    git_url: git,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${path}`,
    _links: { git, self: url, html },
  };
}

/**
 * `git/get-tree` of a commit's tree: every file (mode 100644, or 120000 for a symlink) and, when recursive, every
 * folder (040000); only the top level otherwise. Past `limit` entries the list is cut and `truncated` is true.
 */
export function gitTree(repo: SimRepo, commit: SimCommit, recursive: boolean, limit: number): Obj {
  const entries: Obj[] = [];
  const folders = new Set<string>();
  const treeSha = (folder: string) => createHash("sha1").update(`${commit.sha}:${folder}`).digest("hex");
  const gitUrl = (kind: string, sha: string) => `${API}/repos/${repo.fullName}/git/${kind}/${sha}`;
  for (const [path, content] of commit.files) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) {
      const folder = parts.slice(0, i).join("/");
      if (folders.has(folder) || (!recursive && i > 1)) continue;
      folders.add(folder);
      const sha = treeSha(folder);
      entries.push({ path: folder, mode: "040000", type: "tree", sha, url: gitUrl("trees", sha) });
    }
    if (!recursive && parts.length > 1) continue;
    const sha = entrySha(content);
    const link = symlinkTarget(content);
    const size = Buffer.byteLength(link ?? content);
    entries.push({ path, mode: link === undefined ? "100644" : "120000", type: "blob", sha, size, url: gitUrl("blobs", sha) });
  }
  const sha = treeSha("");
  return { sha, url: gitUrl("trees", sha), tree: entries.slice(0, limit), truncated: entries.length > limit };
}

export function review(repo: SimRepo, pull: SimPull, item: SimReview): Obj {
  const html = `${WEB}/${repo.fullName}/pull/${pull.number}#pullrequestreview-${item.id}`;
  const pullUrl = `${API}/repos/${repo.fullName}/pulls/${pull.number}`;
  return {
    id: item.id,
    node_id: `PRR_${item.id}`,
    user: simpleUser(item.user),
    body: item.body,
    state: item.state,
    html_url: html,
    pull_request_url: pullUrl,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    submitted_at: item.submittedAt,
    commit_id: item.commitId,
    author_association: "COLLABORATOR",
  };
}

export function status(repo: SimRepo, item: SimStatus): Obj {
  return {
    url: `${API}/repos/${repo.fullName}/statuses/${item.sha}`,
    avatar_url: null,
    id: item.id,
    node_id: `SC_${item.id}`,
    state: item.state,
    description: item.description,
    target_url: item.targetUrl,
    context: item.context,
    created_at: item.createdAt,
    updated_at: item.createdAt,
    creator: simpleUser(item.creator),
  };
}

export function checkRun(repo: SimRepo, run: SimCheckRun): Obj {
  const url = `${API}/repos/${repo.fullName}/check-runs/${run.id}`;
  const template = retarget(example("check-run"), repo);
  return {
    ...template,
    id: run.id,
    node_id: `CR_${run.id}`,
    head_sha: run.headSha,
    external_id: run.externalId,
    url,
    html_url: `${WEB}/${repo.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    name: run.name,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    check_suite: { id: 1 },
    pull_requests: [],
  };
}

export function comment(repo: SimRepo, item: SimComment): Obj {
  return {
    id: item.id,
    node_id: `IC_${item.id}`,
    url: `${API}/repos/${repo.fullName}/issues/comments/${item.id}`,
    html_url: `${WEB}/${repo.fullName}/pull/${item.issueNumber}#issuecomment-${item.id}`,
    body: item.body,
    user: simpleUser(item.user),
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    issue_url: `${API}/repos/${repo.fullName}/issues/${item.issueNumber}`,
    author_association: "NONE",
  };
}

// ---- publishing ----

export function fullRepository(repo: SimRepo): Obj {
  const template = retarget(example("full-repository"), repo);
  return {
    ...template,
    id: repo.id,
    node_id: `R_${repo.id}`,
    name: repo.name,
    full_name: repo.fullName,
    owner: simpleUser(repo.owner),
    default_branch: repo.defaultBranch,
    has_discussions: false,
  };
}

export function gitRef(repo: SimRepo, branchName: string, sha: string): Obj {
  return {
    ref: `refs/heads/${branchName}`,
    node_id: `REF_${Buffer.from(branchName).toString("hex")}`,
    url: `${API}/repos/${repo.fullName}/git/refs/heads/${branchName}`,
    object: { type: "commit", sha, url: `${API}/repos/${repo.fullName}/git/commits/${sha}` },
  };
}

/** `git/create-tree`'s answer: every blob, and a tree entry per folder, as GitHub lists them. */
export function createdTree(repo: SimRepo, commit: SimCommit, limit: number | undefined): Obj {
  const entries: Obj[] = [];
  const folders = new Set<string>();
  for (const [path, text] of commit.files) {
    const parts = path.split("/");
    for (let i = 1; i < parts.length; i++) folders.add(parts.slice(0, i).join("/"));
    const sha = blobSha(text);
    entries.push({
      path,
      mode: "100644",
      type: "blob",
      size: Buffer.byteLength(text),
      sha,
      url: `${API}/repos/${repo.fullName}/git/blobs/${sha}`,
    });
  }
  for (const folder of folders) {
    const sha = createHash("sha1").update(`tree ${commit.sha} ${folder}`).digest("hex");
    entries.push({ path: folder, mode: "040000", type: "tree", sha, url: `${API}/repos/${repo.fullName}/git/trees/${sha}` });
  }
  entries.sort((a, b) => String(a.path).localeCompare(String(b.path)));
  const truncated = limit !== undefined && entries.length > limit;
  return {
    sha: treeSha(commit),
    url: `${API}/repos/${repo.fullName}/git/trees/${treeSha(commit)}`,
    tree: truncated ? entries.slice(0, limit) : entries,
    truncated,
  };
}

export function treeSha(commit: SimCommit): string {
  return createHash("sha1").update(`tree ${commit.sha}`).digest("hex");
}

/** `repos/list-commits` item. */
export function commitItem(repo: SimRepo, commit: SimCommit): Obj {
  const template = retarget((example("commit-items") as unknown as Obj[])[0] as Obj, repo);
  const url = `${API}/repos/${repo.fullName}/commits/${commit.sha}`;
  const person = { name: "Sam", email: "sam@example.com", date: commit.date };
  return {
    ...template,
    url,
    sha: commit.sha,
    node_id: `C_${commit.sha.slice(0, 12)}`,
    html_url: `${WEB}/${repo.fullName}/commit/${commit.sha}`,
    comments_url: `${url}/comments`,
    commit: {
      ...(template.commit as Obj),
      url: `${API}/repos/${repo.fullName}/git/commits/${commit.sha}`,
      author: person,
      committer: person,
      message: commit.message,
      tree: { sha: treeSha(commit), url: `${API}/repos/${repo.fullName}/git/trees/${treeSha(commit)}` },
      comment_count: 0,
    },
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${API}/repos/${repo.fullName}/commits/${sha}`,
      html_url: `${WEB}/${repo.fullName}/commit/${sha}`,
    })),
  };
}

/** `git/create-commit` and the `commit` part of `file-commit`. */
export function gitCommit(repo: SimRepo, commit: SimCommit): Obj {
  const url = `${API}/repos/${repo.fullName}/git/commits/${commit.sha}`;
  const person = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com", date: commit.date };
  return {
    sha: commit.sha,
    node_id: `C_${commit.sha.slice(0, 12)}`,
    url,
    html_url: `${WEB}/${repo.fullName}/commit/${commit.sha}`,
    author: person,
    committer: person,
    message: commit.message,
    tree: { sha: treeSha(commit), url: `${API}/repos/${repo.fullName}/git/trees/${treeSha(commit)}` },
    parents: commit.parents.map((sha) => ({
      sha,
      url: `${API}/repos/${repo.fullName}/git/commits/${sha}`,
      html_url: `${WEB}/${repo.fullName}/commit/${sha}`,
    })),
    verification: { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
  };
}

/** `repos/create-or-update-file-contents`. */
export function fileCommit(repo: SimRepo, branchName: string, path: string, text: string, commit: SimCommit): Obj {
  const { content: _content, encoding: _encoding, ...file } = contentFile(repo, path, branchName, text, blobSha(text));
  return { content: file, commit: gitCommit(repo, commit) };
}

export function issue(repo: SimRepo, item: SimIssue): Obj {
  const url = `${API}/repos/${repo.fullName}/issues/${item.number}`;
  // The example is an issue; a pull_request field would make it a pull request in the list.
  const { pull_request: _pull, ...template } = retarget(example("issue"), repo);
  return {
    ...template,
    id: item.id,
    node_id: `I_${item.id}`,
    url,
    repository_url: `${API}/repos/${repo.fullName}`,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${WEB}/${repo.fullName}/issues/${item.number}`,
    number: item.number,
    state: item.state,
    title: item.title,
    body: item.body,
    user: simpleUser(item.user),
    labels: item.labels.map((name, i) => ({
      id: item.id * 10 + i,
      node_id: `LA_${item.id}_${i}`,
      url: `${API}/repos/${repo.fullName}/labels/${encodeURIComponent(name)}`,
      name,
      description: null,
      color: "d73a4a",
      default: false,
    })),
    assignee: item.assignees?.[0] ? simpleUser(item.assignees[0]) : null,
    assignees: (item.assignees ?? []).map(simpleUser),
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: repo.comments(item.number).length,
    closed_at: null,
    closed_by: null,
    created_at: item.createdAt,
    updated_at: item.updatedAt ?? item.createdAt,
    author_association: "MEMBER",
    state_reason: null,
  };
}

/**
 * `pulls/list-commits`: one commit with the accounts GitHub matched its author and committer emails to (the pull
 * request's author unless the test says otherwise) and whether its signature is verified.
 */
export function commit(repo: SimRepo, pull: SimPull, sha: string, found: SimCommit | undefined): Obj {
  const template = retarget((example("commit-items") as unknown as Obj[])[0] as Obj, repo);
  const author = found?.author === undefined ? pull.author : found.author;
  const committer = found?.committer === undefined ? pull.author : found.committer;
  const verified = found?.verified ?? true;
  const person = (user: SimUser | null) => ({
    name: user?.login ?? "Someone",
    email: user ? `${user.id}+${user.login}@users.noreply.github.com` : "someone@example.invalid",
    date: "2026-11-20T09:00:00Z",
  });
  const git = template.commit as Obj;
  return {
    ...template,
    url: `${API}/repos/${repo.fullName}/commits/${sha}`,
    sha,
    node_id: `C_${sha.slice(0, 12)}`,
    html_url: `${WEB}/${repo.fullName}/commit/${sha}`,
    comments_url: `${API}/repos/${repo.fullName}/commits/${sha}/comments`,
    commit: {
      ...git,
      url: `${API}/repos/${repo.fullName}/git/commits/${sha}`,
      author: person(author),
      committer: person(committer),
      verification: verified
        ? {
            verified: true,
            reason: "valid",
            signature: "-----BEGIN PGP SIGNATURE-----",
            payload: "tree",
            verified_at: "2026-11-20T09:00:00Z",
          }
        : { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null },
    },
    author: author ? simpleUser(author) : null,
    committer: committer ? simpleUser(committer) : null,
  };
}

/** `issues/list-events-for-timeline`: an event such as `base_ref_changed` (the generic issue-event shape). */
export function timelineEvent(repo: SimRepo, item: SimEvent): Obj {
  return {
    id: item.id,
    node_id: `E_${item.id}`,
    url: `${API}/repos/${repo.fullName}/issues/events/${item.id}`,
    actor: simpleUser(item.actor),
    event: item.event,
    commit_id: null,
    commit_url: null,
    created_at: item.createdAt,
    performed_via_github_app: null,
  };
}
