/**
 * The reconciler's heart: compare what should be live (the posts on the default branch, due, inside their
 * window, not paused) with what the ledger says is live, and list the difference as intents with reasons.
 * Pure: no I/O, no clock — the same input always gives the same plan, so a missed or repeated run is
 * caught up by the next one, and a dry run shows exactly what a real run would do.
 */
import { LIVE_STATES } from "../ledger/rows.js";
import { DEFAULT_STALE_AFTER_MS, isStaleClaim } from "../ledger/stale.js";
import type { IndexRow } from "../ledger/types.js";
import type { Intent, PlanChannel, PlanClient, PlanInput, PlanPost } from "./intents.js";
import { windowState } from "./window.js";

const ADOPTED = { type: "", state: "adopted", at: "" } as const;

/** Channel types a later issue adds publishing for: their posts still go out on their other channels. */
export const NOT_PUBLISHED_YET: ReadonlySet<string> = new Set(["linkedin", "x"]);

export interface Plan {
  intents: Intent[];
  /** True when the ledger has not started: this run adopts (or, with publish_existing, publishes) what is there. */
  firstRun: boolean;
}

const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export function plan(input: PlanInput): Plan {
  const { config } = input;
  const posts = [...input.posts].sort(byPath);
  const intents: Intent[] = [];
  const firstRun = input.ledger === undefined;
  if (firstRun) {
    intents.push({ kind: "start_ledger", reason: "the ledger starts with this run" });
    if (!config.publishExisting) {
      for (const post of posts) {
        const types = config.clients[post.client]?.channels ?? {};
        const channels = post.channels.map((id) => ({ id, type: types[id] ?? "unknown" }));
        intents.push({
          kind: "adopt",
          post,
          channels,
          reason: "on the branch when the ledger started: published by hand or not at all, never by checkpost",
        });
      }
      return { intents, firstRun };
    }
  }
  const rows = Object.values(input.ledger?.rows ?? {}).sort(byPath);
  const rowByPath = new Map(rows.map((r) => [r.path, r]));
  const onBranch = new Set(posts.map((p) => p.path));
  const matched = new Set<string>();

  for (const post of posts) {
    let row = rowByPath.get(post.path);
    if (!row) {
      // Same bytes under a new name, and the old name is gone: the same publication, moved.
      const moved = rows.find((r) => r.blob === post.blob && r.client === post.client && !onBranch.has(r.path) && !matched.has(r.id));
      if (moved) {
        intents.push({ kind: "move", row: moved, to: post.path, reason: `moved from ${moved.path} with the same content` });
        row = { ...moved, path: post.path };
      }
    }
    if (row) matched.add(row.id);
    if (row?.heldDown) {
      intents.push({
        kind: "down",
        row,
        post,
        reason: "taken down by an emergency run: merge the revert (or delete the file) to close it",
      });
      if (row.retrospective) intents.push({ kind: "retrospective", row, reason: "its retrospective issue is not opened yet" });
      continue;
    }
    // (An adopted row knows no channels: an empty list is not "down everywhere".)
    const states = row ? Object.values(row.channels) : [];
    if (row && !row.adoptedOnly && states.length > 0 && states.every((c) => c.state === "taken_down")) {
      // Down everywhere, and its file is back (a revert of the revert): a new publication, after its retrospective.
      if (row.retrospective) intents.push({ kind: "retrospective", row, reason: "its retrospective issue is not opened yet" });
      intents.push(...planPost(post, undefined, input));
      continue;
    }
    // An adopted post (channels unknown: adopted from the tree alone) that changes is a correction to make by hand.
    if (row && row.blob !== post.blob && (row.adoptedOnly || Object.values(row.channels).some((c) => LIVE_STATES.has(c.state)))) {
      intents.push(correction(row, post, input));
      continue;
    }
    intents.push(...planPost(post, row, input));
  }

  for (const row of rows) {
    if (matched.has(row.id) || onBranch.has(row.path)) continue;
    const channels = Object.entries(row.channels)
      .filter(([, c]) => c.state !== "taken_down")
      .map(([id, c]) => ({ id, type: c.type }));
    if (channels.length > 0) intents.push({ kind: "take_down", row, channels, reason: `${row.path} is gone from the branch` });
    else if (row.retrospective) intents.push({ kind: "retrospective", row, reason: "its retrospective issue is not opened yet" });
    if (channels.length === 0 && row.heldDown)
      intents.push({ kind: "release", row, reason: `${row.path} is gone from the branch after its emergency takedown` });
  }
  return { intents: limitBlastRadius(intents, input), firstRun };
}

/**
 * A live post whose file changed: its published channels are corrected, approved like any post (the guard) and
 * when a post may go out (pause, window); channels in other live states are left for a person.
 */
function correction(row: IndexRow, post: PlanPost, input: PlanInput): Intent {
  const client = input.config.clients[post.client];
  const channels = Object.entries(row.channels)
    .filter(([id, c]) => c.state === "published" && post.channels.includes(id))
    .map(([id, c]) => ({ id, type: c.type }));
  if (!client || channels.length === 0)
    return {
      kind: "changed_after_publish",
      row,
      post,
      reason: "changed after it was published, on no channel checkpost published it to: correct it by hand",
    };
  const why = notNow(post, client, input);
  if (why) return why;
  const policy = client.corrections ?? "edit";
  return { kind: "correct", row, post, channels, policy, reason: `corrected after it was published (${policy})` };
}

/** The intents for one post the ledger does not know, or knows at this content. */
function planPost(post: PlanPost, row: IndexRow | undefined, input: PlanInput): Intent[] {
  const client: PlanClient | undefined = input.config.clients[post.client];
  if (!client) return [{ kind: "held", post, reason: `client "${post.client}" is not in checkpost.yml` }];
  const unknown = post.channels.filter((c) => !client.channels[c]);
  if (unknown.length > 0) return [{ kind: "held", post, reason: `channel(s) ${unknown.join(", ")} are not channels of ${post.client}` }];

  const publish: PlanChannel[] = [];
  const resolve: PlanChannel[] = [];
  const skip: PlanChannel[] = [];
  const out: Intent[] = [];
  for (const id of post.channels) {
    const channel = { id, type: client.channels[id] ?? "" };
    // A row adopted from the tree alone (the ledger's first run reads no post) lists no channels: all are adopted.
    const state = row?.channels[id] ?? (row?.adoptedOnly ? ADOPTED : undefined);
    if (!state || state.state === "failed") (NOT_PUBLISHED_YET.has(channel.type) ? skip : publish).push(channel);
    else if (state.state === "publishing") {
      const stale = isStaleClaim(
        state.heldSince ? { heldSince: state.heldSince, ...(state.claimRun ? { run: state.claimRun } : {}) } : undefined,
        input.now,
        input.options?.run,
        input.options?.staleAfterMs ?? DEFAULT_STALE_AFTER_MS,
      );
      if (stale) resolve.push(channel);
      else
        out.push({
          kind: "wait",
          post,
          reason: `${id}: being published by run ${state.claimRun?.id ?? "(unknown)"} since ${state.heldSince ?? state.at}`,
        });
    } else if (state.state === "in_doubt" && row)
      out.push({
        kind: "in_doubt",
        id: row.id,
        post,
        channel,
        reason: `${id}: may have been published; resolve with a manual run: resolve: published <url> | retry`,
      });
  }
  if (publish.length + resolve.length + skip.length === 0) return out;

  const why = notNow(post, client, input);
  if (why) return [...out, why];
  const failed = (c: PlanChannel) => row?.channels[c.id]?.state === "failed";
  const id = row ? { id: row.id } : {};
  for (const channel of resolve)
    if (row)
      out.push({
        kind: "resolve_claim",
        id: row.id,
        post,
        channel,
        reason: `${channel.id}: a run claimed it and stopped; ask the platform`,
      });
  for (const channel of publish)
    out.push({
      kind: "publish",
      ...id,
      post,
      channel,
      reason: failed(channel) ? "again, after a refusal" : post.publishAt ? `scheduled for ${post.publishAt}` : "merged",
    });
  if (skip.length > 0)
    out.push({
      kind: "skip",
      ...id,
      post,
      channels: skip,
      reason: `not published yet on ${skip.map((c) => c.id).join(", ")}: checkpost does not publish to ${[...new Set(skip.map((c) => c.type))].join(" or ")} yet`,
    });
  return out;
}

/** Why a post that has work to do must not be published now, or undefined. */
function notNow(post: PlanPost, client: PlanClient, input: PlanInput): Intent | undefined {
  if (post.errors && post.errors.length > 0) return { kind: "held", post, reason: `not published: ${post.errors.join("; ")}` };
  if (input.pause) return { kind: "wait", post, reason: `paused by #${input.pause.issue}` };
  if (client.paused) return { kind: "wait", post, reason: `client ${post.client} is paused in checkpost.yml` };
  if (post.publishAt !== undefined) {
    const at = Date.parse(post.publishAt);
    if (Number.isNaN(at)) return { kind: "held", post, reason: `publish_at "${post.publishAt}" is not a date-time` };
    if (at > input.now.getTime())
      return { kind: "wait", post, until: new Date(at).toISOString(), reason: `scheduled for ${post.publishAt}` };
  }
  if (client.window) {
    const state = windowState(client.window, input.now);
    if (!state.inside) {
      const window = `${client.window.start}–${client.window.end} ${client.window.timezone}`;
      return state.opensAt
        ? {
            kind: "wait",
            post,
            until: state.opensAt.toISOString(),
            reason: `outside the publishing window (${window}) until ${state.opensAt.toISOString()}`,
          }
        : { kind: "held", post, reason: `the publishing window (${window}) never opens` };
    }
  }
  return undefined;
}

/**
 * A run that would publish more posts than allowed publishes none (a merge full of old posts is a classic
 * accident), unless a manual run confirmed exactly that number. Resolving earlier claims is not new
 * publishing and is never blocked.
 */
function limitBlastRadius(intents: Intent[], input: PlanInput): Intent[] {
  const publishing = new Set(intents.flatMap((i) => (i.kind === "publish" ? [i.post.path] : [])));
  const max = input.config.maxPostsPerRun;
  const confirm = input.options?.confirm;
  if (publishing.size <= max || confirm === publishing.size) return intents;
  const mismatch = confirm === undefined ? "" : ` (confirm: ${confirm} does not match)`;
  const reason = `${publishing.size} posts would be published, more than publishing.max_posts_per_run (${max}): none is published${mismatch}; check the list and run manually with confirm: ${publishing.size}`;
  const out: Intent[] = [];
  const blocked = new Set<string>();
  for (const intent of intents) {
    if ((intent.kind === "publish" || intent.kind === "skip") && publishing.has(intent.post.path)) {
      if (!blocked.has(intent.post.path)) out.push({ kind: "blocked", post: intent.post, reason });
      blocked.add(intent.post.path);
    } else out.push(intent);
  }
  return out;
}
