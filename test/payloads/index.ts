/**
 * Webhook payloads for the events the Action handles, built from @octokit/webhooks-examples (real payloads GitHub
 * sent) and patched with the simulated repository, pull request, shas and users.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { SimPull, SimRepo, SimReview, SimUser } from "../github-sim/state.js";

type Obj = Record<string, unknown>;

interface ExampleEvent {
  name: string;
  examples: Obj[];
}

let events: ExampleEvent[] | undefined;

function template(event: string, action: string): Obj {
  if (!events) {
    const require = createRequire(import.meta.url);
    events = JSON.parse(readFileSync(require.resolve("@octokit/webhooks-examples/api.github.com/index.json"), "utf8")) as ExampleEvent[];
  }
  const found = events.find((item) => item.name === event)?.examples.find((item) => item.action === action);
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event}.${action} example`);
  return structuredClone(found);
}

function user(base: unknown, who: SimUser): Obj {
  return { ...(base as Obj), login: who.login, id: who.id, node_id: `U_${who.id}`, type: who.type };
}

function repository(base: unknown, repo: SimRepo): Obj {
  const b = base as Obj;
  return {
    ...b,
    id: repo.id,
    name: repo.name,
    full_name: repo.fullName,
    owner: user(b.owner, repo.owner),
    default_branch: repo.defaultBranch,
  };
}

function pullRequest(base: unknown, repo: SimRepo, pull: SimPull): Obj {
  const b = base as Obj & { head: Obj; base: Obj };
  return {
    ...b,
    id: pull.id,
    number: pull.number,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    draft: pull.draft,
    user: user(b.user, pull.author),
    head: {
      ...b.head,
      ref: pull.headRef,
      sha: pull.headSha,
      label: `${pull.headRepo.owner.login}:${pull.headRef}`,
      repo: repository(b.head.repo, pull.headRepo),
    },
    base: {
      ...b.base,
      ref: pull.baseRef,
      sha: pull.baseSha,
      label: `${repo.owner.login}:${pull.baseRef}`,
      repo: repository(b.base.repo, repo),
    },
  };
}

export type PullRequestAction = "opened" | "synchronize" | "reopened" | "ready_for_review" | "edited";

/** A `pull_request` event; `sender` defaults to the PR's author. */
export function pullRequestEvent(action: PullRequestAction, repo: SimRepo, pull: SimPull, sender: SimUser = pull.author): Obj {
  const payload = template("pull_request", action === "edited" ? "opened" : action);
  payload.action = action;
  payload.number = pull.number;
  payload.pull_request = pullRequest(payload.pull_request, repo, pull);
  payload.repository = repository(payload.repository, repo);
  payload.sender = user(payload.sender, sender);
  if (action === "synchronize") payload.after = pull.headSha;
  if (action === "edited") payload.changes = { title: { from: `${pull.title} (draft)` } };
  return payload;
}

/** A `pull_request_review` event; webhook review states are lowercase, unlike the REST API's. */
export function pullRequestReviewEvent(action: "submitted" | "edited" | "dismissed", repo: SimRepo, pull: SimPull, review: SimReview): Obj {
  const payload = template("pull_request_review", action === "dismissed" ? "dismissed" : "submitted");
  payload.action = action;
  const base = payload.review as Obj;
  payload.review = {
    ...base,
    id: review.id,
    user: user(base.user, review.user),
    state: review.state.toLowerCase(),
    commit_id: review.commitId,
    body: review.body,
    submitted_at: review.submittedAt,
  };
  payload.pull_request = pullRequest(payload.pull_request, repo, pull);
  payload.repository = repository(payload.repository, repo);
  payload.sender = user(payload.sender, review.user);
  return payload;
}

/**
 * A completed `workflow_run` event for the unprivileged `pull_request` workflow of a PR. For a fork PR GitHub sends
 * `pull_requests: []`, so the Action must map `head_sha` to the PR itself.
 */
export function workflowRunEvent(repo: SimRepo, pull: SimPull, options: { fork: boolean; conclusion?: "success" | "failure" }): Obj {
  const payload = template("workflow_run", "completed");
  const run = payload.workflow_run as Obj;
  const reference = {
    id: pull.id,
    number: pull.number,
    url: `https://api.github.com/repos/${repo.fullName}/pulls/${pull.number}`,
    head: {
      ref: pull.headRef,
      sha: pull.headSha,
      repo: { id: pull.headRepo.id, name: pull.headRepo.name, url: `https://api.github.com/repos/${pull.headRepo.fullName}` },
    },
    base: {
      ref: pull.baseRef,
      sha: pull.baseSha,
      repo: { id: repo.id, name: repo.name, url: `https://api.github.com/repos/${repo.fullName}` },
    },
  };
  payload.workflow_run = {
    ...run,
    event: "pull_request",
    status: "completed",
    conclusion: options.conclusion ?? "success",
    head_branch: pull.headRef,
    head_sha: pull.headSha,
    pull_requests: options.fork ? [] : [reference],
    repository: repository(run.repository, repo),
    head_repository: repository(run.head_repository, pull.headRepo),
  };
  payload.repository = repository(payload.repository, repo);
  payload.sender = user(payload.sender, pull.author);
  return payload;
}
