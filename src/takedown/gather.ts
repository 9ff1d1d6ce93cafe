/**
 * The facts of one takedown, for its retrospective, from the ledger entry (where, when, who approved, what took
 * it down) and from GitHub: the post as approved (its text per channel, its facts, the findings accepted or
 * suppressed at merge) at the pull request's head commit, and the approvers' reviews there.
 */
import path from "node:path";
import { adapterOf } from "../channels/registry.js";
import { checkLoadedPost } from "../check/check-post.js";
import type { ResolvedConfig } from "../config/types.js";
import type { GitHubApi } from "../github/api.js";
import type { LedgerEntry } from "../ledger/types.js";
import type { ValidPost } from "../post/valid-post.js";
import { GitHubContentRepo } from "../repo/github-content-repo.js";
import type { MistakeKind } from "./kinds.js";
import type { RetroChannel, RetroPerson, RetrospectiveData } from "./render.js";

export interface GatherInput {
  api: GitHubApi;
  config: ResolvedConfig;
  configPath: string;
  workspace: string;
  entry: LedgerEntry;
  /** What a person must still do per channel (checkpost could not remove it), by channel id. */
  manual: ReadonlyMap<string, string>;
  now: Date;
  kind?: MistakeKind;
  /** A correction: the post stays live, corrected (nothing to take down by hand). */
  correction?: boolean;
}

const SUPPRESSION = /<!--\s*(checkpost-disable(?:-next-line)?(?:\s[^>]*?)?)\s*-->/g;

export async function gatherRetrospective(input: GatherInput): Promise<RetrospectiveData> {
  const { entry, config } = input;
  const root = path.posix.dirname(input.configPath);
  const repoPathOf = (rel: string) => (root === "." ? rel : `${root}/${rel}`);
  const head = entry.pullRequest?.headSha;
  let post: ValidPost | undefined;
  let accepted: RetrospectiveData["accepted"] = [];
  let suppressed: string[] = [];
  if (head) {
    const repo = new GitHubContentRepo(input.api, head, input.workspace);
    for (const rel of [entry.path, ...[...entry.formerPaths].reverse()]) {
      const loaded = await repo.readPost(repoPathOf(rel), rel);
      if (!loaded?.post?.data) continue;
      post = loaded.post as ValidPost;
      // As the review saw it at merge: what a reviewer accepted (warnings, notes) and what the author silenced.
      const messages = await checkLoadedPost(loaded, config);
      accepted = messages
        .filter((m) => m.severity !== "error")
        .map((m) => ({ rule: m.ruleId, severity: m.severity, line: m.line, message: m.message }));
      suppressed = [...loaded.post.body.matchAll(SUPPRESSION)].map((m) => (m[1] as string).trim());
      break;
    }
  }

  const channels: RetroChannel[] = [];
  for (const [id, record] of Object.entries(entry.channels)) {
    if (!record.publication) continue;
    const published = entry.history.find((t) => t.channel === id && t.to === "published");
    const configured = config.channels.get(id);
    let text: string | undefined;
    if (post && configured) {
      try {
        text = adapterOf(configured).text(post, id).text;
      } catch {
        text = undefined;
      }
    }
    const manual = input.correction
      ? undefined
      : (input.manual.get(id) ?? (record.state !== "taken_down" ? `${record.state}: still live` : undefined));
    channels.push({
      id,
      type: record.type,
      url: record.publication.url,
      ...(text !== undefined ? { text } : {}),
      ...(published ? { liveFrom: published.at } : {}),
      ...(record.state === "taken_down" ? { liveTo: record.at } : {}),
      ...(manual ? { manual } : {}),
    });
  }

  const { contact, second } = await approvals(input.api, entry);
  const takedown = entry.takedown;
  const revert = takedown?.pullRequest;
  const author = post?.data.author ?? undefined;
  return {
    meta: {
      id: entry.id,
      client: entry.client,
      ...(author ? { author } : {}),
      at: takedown?.at ?? input.now.toISOString(),
      ...(input.kind ? { kind: input.kind } : {}),
    },
    path: entry.path,
    ...(config.clients.get(entry.client)?.name ? { clientName: config.clients.get(entry.client)?.name as string } : {}),
    channels,
    ...(entry.pullRequest
      ? { pullRequest: { number: entry.pullRequest.number, ...(entry.pullRequest.url ? { url: entry.pullRequest.url } : {}) } }
      : {}),
    ...(contact ? { contact } : {}),
    second,
    takedown: {
      ...(takedown?.by ? { by: takedown.by } : {}),
      ...(takedown?.emergency ? { emergency: true } : {}),
      ...(revert
        ? {
            revert: {
              number: revert.number,
              ...(revert.url ? { url: revert.url } : {}),
              ...(revert.title ? { title: revert.title } : {}),
              ...(revert.body ? { body: revert.body } : {}),
            },
          }
        : {}),
      ...(takedown?.commit ? { commit: takedown.commit } : {}),
      ...(takedown?.run?.url ? { run: takedown.run.url } : {}),
    },
    facts: (post?.data.facts ?? []).map((f) => ({
      claim: f.claim,
      source: f.source,
      providedBy: f.provided_by,
      ...(f.note ? { note: f.note } : {}),
    })),
    accepted,
    suppressed,
  };
}

/** The contact's and the second approvers' approving reviews at the approved head commit, with links. */
async function approvals(api: GitHubApi, entry: LedgerEntry): Promise<{ contact?: RetroPerson; second: RetroPerson[] }> {
  const pull = entry.pullRequest;
  const logins = [entry.approvals?.contact, ...(entry.approvals?.second ?? [])].filter((l): l is string => Boolean(l));
  if (!pull || logins.length === 0) return { second: [] };
  const reviews = await api.listReviews(pull.number);
  const person = (login: string): RetroPerson => {
    const review = [...reviews]
      .reverse()
      .find(
        (r) =>
          r.user?.login.toLowerCase() === login.toLowerCase() && r.state === "APPROVED" && (!pull.headSha || r.commitId === pull.headSha),
      );
    return {
      login,
      ...(review?.submittedAt ? { at: review.submittedAt } : {}),
      ...(review && pull.url ? { url: `${pull.url}#pullrequestreview-${review.id}` } : {}),
    };
  };
  const contact = entry.approvals?.contact;
  return { ...(contact ? { contact: person(contact) } : {}), second: (entry.approvals?.second ?? []).map(person) };
}
