import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LedgerEntry } from "../../src/ledger/types.js";
import type { FakePds } from "../fakes/bluesky/server.js";
import type { DiscordFake } from "../fakes/discord/server.js";
import type { MastodonFake } from "../fakes/mastodon/server.js";
import type { Simulator } from "../github-sim/server.js";
import type { SimPull, SimRepo, SimUser } from "../github-sim/state.js";
import { pullRequestEvent } from "../payloads/index.js";
import { runAction } from "./harness.js";
import { type Platforms, startPlatforms } from "./platforms.js";

// The bundle (action/dist/index.js) against the GitHub simulator and three platform fakes: a post live on
// Mastodon, Bluesky and Discord is reverted, and checkpost takes it down everywhere in that run and opens
// exactly one retrospective issue.
const POST = "posts/acme/2026-12-02-trail-maps.md";
const TEXT = "Fresh trail maps are ready: 40% off all tents until Sunday.";

vi.setConfig({ testTimeout: 180_000 });

let sim: Simulator;
let mastodon: MastodonFake;
let pds: FakePds;
let discord: DiscordFake;
let repo: SimRepo;
let sam: SimUser;
let jane: SimUser;
let kim: SimUser;
let alex: SimUser;
let workspace: string;

const config = (channels: string) => `posts: posts/**/*.md
retrospective:
  labels: [takedown]
  escalate_to: [fieldnote/leads]
clients:
  acme:
    name: Acme Outdoor
    contact: jane-acme
    folders: [posts/acme]
    on_duty: [kim-fieldnote]
    channels:
${channels}
`;
const post = (body: string, author = "sam-fieldnote") => `---
client: acme
channels: [acme-mastodon, acme-bluesky, acme-discord]
title: Trail maps
author: ${author}
facts:
  - claim: 40% off all tents until Sunday
    source: email from Jane Doe, 2026-11-28
    provided_by: client
---
${body}
`;

let world: Platforms;

beforeEach(async () => {
  world = await startPlatforms();
  ({ sim, mastodon, pds, discord, repo, sam, jane, kim } = world);
  alex = sim.addUser("alex-fieldnote");
  repo.assignable.add("sam-fieldnote");
  repo.commit({ "checkpost.yml": config(world.channels) }, { branch: "main" });
  workspace = mkdtempSync(join(tmpdir(), "checkpost-takedown-ws-"));
});
afterEach(async () => {
  expect(sim.violations).toEqual([]);
  expect(mastodon.violations).toEqual([]);
  await world.close();
});

const files = () => Object.fromEntries(repo.resolve("main")?.files ?? []);

/** A pull request changing `changes` on main (null removes a file), approved by the contact and a second reviewer, merged. */
function mergeApproved(changes: Record<string, string | null>, title = "Trail maps", author = sam) {
  const base = repo.branches.get("main") ?? "";
  const next = { ...files() };
  for (const [path, text] of Object.entries(changes)) {
    if (text === null) delete next[path];
    else next[path] = text;
  }
  const head = repo.commit(next, { parents: [base] });
  const pull = repo.openPull({ author, base, head, title });
  repo.addReview(pull.number, { user: jane, state: "APPROVED" });
  repo.addReview(pull.number, { user: kim, state: "APPROVED" });
  repo.mergePull(pull.number);
  return pull;
}

/** GitHub's Revert button: branch revert-<n>-<head>, title Revert "<title>", body Reverts owner/repo#n; merged without the contact. */
function revertButton(pull: SimPull, paths: string[], by = alex, merge = true) {
  const base = repo.branches.get("main") ?? "";
  const next = { ...files() };
  for (const path of paths) delete next[path];
  const head = repo.commit(next, { parents: [base], message: `Revert "${pull.title}"` });
  const revert = repo.openPull({
    author: by,
    base,
    head,
    headRef: `revert-${pull.number}-trail-maps`,
    title: `Revert "${pull.title}"`,
    body: `Reverts ${repo.fullName}#${pull.number}\n\nThe discount ended on Friday, not Sunday.`,
  });
  if (merge) repo.mergePull(revert.number);
  return revert;
}

const publish = (inputs: Record<string, string> = {}, event: "push" | "schedule" | "workflow_dispatch" = "push") =>
  runAction({
    sim,
    repo,
    event,
    entry: "publish",
    payload: { ref: "refs/heads/main" },
    workspace,
    sha: repo.branches.get("main") ?? "",
    inputs,
    env: world.env(),
    node: "24",
  });

const ok = async (run: ReturnType<typeof publish>) => {
  const result = await run;
  expect(result.code, result.stdout + result.stderr).toBe(0);
  return result;
};

/** Where the post is live, per platform: how many copies each holds. */
const liveCopies = () => [mastodon.statusesOf(mastodon.owner).length, pds.records("acme.bsky.social").length, discord.messages.size];

const retrospectives = () => [...repo.issues.values()].filter((i) => i.labels.includes("checkpost:retrospective"));

function entriesFor(path = POST): LedgerEntry[] {
  const files = [...(repo.resolve("checkpost-ledger")?.files ?? [])].filter(([file]) => file.startsWith("entries/"));
  return files.map(([, text]) => JSON.parse(text) as LedgerEntry).filter((e) => e.path === path);
}

function ledgerEntry(path = POST): LedgerEntry {
  const ledger = repo.resolve("checkpost-ledger");
  for (const [file, text] of ledger?.files ?? []) {
    if (!file.startsWith("entries/")) continue;
    const entry = JSON.parse(text) as LedgerEntry;
    if (entry.path === path) return entry;
  }
  throw new Error(`no ledger entry for ${path}`);
}

async function publishedPost(): Promise<SimPull> {
  await ok(publish()); // the ledger starts
  const pull = mergeApproved({ [POST]: post(TEXT) });
  const run = await ok(publish());
  expect(run.outputs.published).toBe("3");
  expect(liveCopies()).toEqual([1, 1, 1]);
  return pull;
}

describe("takedown on revert, end to end", () => {
  it("GitHub's Revert button → gone from all three channels in that run, one retrospective with every section; repeated → still one", async () => {
    const pull = await publishedPost();
    const revert = revertButton(pull, [POST]);
    const run = await ok(publish());
    expect(liveCopies()).toEqual([0, 0, 0]);
    expect(run.summary).toContain("### Taken down");
    expect(run.summary).toMatch(/### Retrospectives[\s\S]*opened \[#\d+\]/);

    const issues = retrospectives();
    expect(issues).toHaveLength(1);
    const issue = issues[0];
    if (!issue) throw new Error("no issue");
    expect(issue.labels).toEqual(["checkpost:retrospective", "takedown"]);
    expect(issue.title).toBe(`Retrospective: ${POST} taken down (Acme Outdoor)`);
    expect(issue.assignees?.map((u) => u.login)).toEqual(["sam-fieldnote"]);
    const body = issue.body ?? "";
    // What went out, where, for how long.
    expect(body).toContain(`> ${TEXT}`);
    for (const channel of ["acme-mastodon (mastodon)", "acme-bluesky (bluesky)", "acme-discord (discord)"]) expect(body).toContain(channel);
    expect(body).toContain("(removed)");
    // Who wrote, approved (with links to the reviews at the approved commit) and reverted it.
    expect(body).toContain("**Wrote it:** @sam-fieldnote");
    expect(body).toMatch(
      new RegExp(
        `\\*\\*Approved it \\(client contact\\):\\*\\* @jane-acme on .*\\(\\[review\\]\\(https://github.com/${repo.fullName}/pull/${pull.number}#pullrequestreview-\\d+\\)\\)`,
      ),
    );
    expect(body).toMatch(/\*\*Second approver:\*\* @kim-fieldnote on .*\[review\]/);
    expect(body).toContain(`**Reverted by:** @alex-fieldnote in [#${revert.number}]`);
    expect(body).toContain(`**Revert "Trail maps"**`);
    expect(body).toContain(`> Reverts ${repo.fullName}#${pull.number}`);
    expect(body).toContain("The discount ended on Friday, not Sunday.");
    // The facts and who provided them; the kind-of-mistake checklist with its questions.
    expect(body).toContain("40% off all tents until Sunday — provided by **client**, source: email from Jane Doe, 2026-11-28");
    expect(body).toContain("- [ ] factual");
    expect(body).toContain("did we provide it, or were we given it");
    expect(body).toContain("Not assigned (GitHub does not allow assigning them in this repository): @kim-fieldnote");

    const entry = ledgerEntry();
    expect(Object.values(entry.channels).map((c) => c.state)).toEqual(["taken_down", "taken_down", "taken_down"]);
    expect(entry.takedown).toMatchObject({
      by: "alex-fieldnote",
      pullRequest: { number: revert.number, title: `Revert "Trail maps"` },
      run: { id: "4242" },
    });
    expect(entry.retrospective).toMatchObject({ state: "opened", number: issue.number });

    const again = await ok(publish({}, "schedule"));
    expect(retrospectives()).toHaveLength(1);
    expect(again.summary).not.toContain("### Taken down");
    expect(Object.keys(JSON.parse(repo.resolve("checkpost-ledger")?.files.get("index.json") ?? "{}").rows)).toEqual([]);
  });

  it("git revert pushed through a pull request, and a plain deletion pushed to main: both taken down, each told as it happened", async () => {
    const pull = await publishedPost();
    const base = repo.branches.get("main") ?? "";
    const next = files();
    delete next[POST];
    const head = repo.commit(next, { parents: [base], message: `Revert "Trail maps"\n\nThis reverts commit ${pull.headSha}.` });
    const revert = repo.openPull({
      author: kim,
      base,
      head,
      headRef: "undo-trail-maps",
      title: "Undo the trail maps post",
      body: `This reverts commit ${pull.headSha}.`,
    });
    repo.mergePull(revert.number);
    await ok(publish());
    expect(liveCopies()).toEqual([0, 0, 0]);
    expect(retrospectives()[0]?.body).toContain(`**Reverted by:** @kim-fieldnote in [#${revert.number}]`);

    // The same post again, then deleted by a direct push: no pull request, the pusher is named.
    const other = "posts/acme/2026-12-03-lanterns.md";
    mergeApproved({ [other]: post("Lanterns are back in stock.") }, "Lanterns");
    await ok(publish());
    expect(liveCopies()).toEqual([1, 1, 1]);
    repo.push("main", { [other]: null }, "Remove the lanterns post");
    await ok(publish());
    expect(liveCopies()).toEqual([0, 0, 0]);
    const issues = retrospectives();
    expect(issues).toHaveLength(2);
    expect(issues[1]?.body).toContain("**Removed by:** @sam-fieldnote in");
    expect(issues[1]?.body).toContain("(no pull request)");
  });

  it("two runs at once, then a 502 after GitHub created the issue, then a re-run → one issue, no error on what is already deleted", async () => {
    const pull = await publishedPost();
    revertButton(pull, [POST]);
    sim.failAfterApplying({ method: "POST", route: "/repos/{owner}/{repo}/issues" });
    const [a, b] = await Promise.all([publish(), publish()]);
    expect(liveCopies()).toEqual([0, 0, 0]);
    expect(retrospectives()).toHaveLength(1);
    // The run whose create answered 502 found its issue by the marker; the other saw the claim or the issue.
    const summaries = `${a.summary}\n${b.summary}`;
    expect(summaries).toMatch(/found \[#\d+\]|opened \[#\d+\]|already open|being opened/);
    await ok(publish({}, "schedule"));
    await ok(publish({}, "schedule"));
    expect(retrospectives()).toHaveLength(1);
    expect(ledgerEntry().retrospective?.state).toBe("opened");
  });

  it("one channel failing to delete → the others deleted, manual takedown required in the summary and the issue, live in the ledger until a person confirms", async () => {
    const pull = await publishedPost();
    discord.fail("delete", { kind: "error", status: 403, body: { message: "Missing Permissions", code: 50013 } }, 10);
    revertButton(pull, [POST]);
    const run = await publish();
    expect(run.code).toBe(1); // a person must act: the step fails, visibly
    expect(liveCopies()).toEqual([0, 0, 1]);
    expect(run.summary).toContain("### Manual takedown required");
    expect(run.summary).toMatch(/acme-discord\*\*: .*still live at/);
    const issue = retrospectives()[0];
    expect(issue?.body).toContain("**Manual takedown required** on acme-discord");
    expect(ledgerEntry().channels["acme-discord"]?.state).toBe("published");

    discord.messages.clear(); // a person deletes it in Discord
    const confirm = await ok(publish({ takedown: `${POST} acme-discord removed` }, "workflow_dispatch"));
    expect(confirm.summary).toContain("Confirmed by sam-fieldnote");
    expect(ledgerEntry().channels["acme-discord"]).toMatchObject({ state: "taken_down", by: "sam-fieldnote" });
    expect(retrospectives()).toHaveLength(1);
  });

  it("emergency takedown by workflow_dispatch, then the revert merged → one takedown, one issue, never published again meanwhile", async () => {
    const pull = await publishedPost();
    const run = await ok(publish({ takedown: POST }, "workflow_dispatch"));
    expect(liveCopies()).toEqual([0, 0, 0]);
    expect(retrospectives()).toHaveLength(1);
    expect(retrospectives()[0]?.body).toContain("emergency takedown by @sam-fieldnote");
    expect(run.summary).toContain("### Taken down");

    await ok(publish({}, "schedule")); // the file is still on main: not published again
    expect(liveCopies()).toEqual([0, 0, 0]);
    revertButton(pull, [POST]);
    const after = await ok(publish());
    expect(after.summary).not.toContain("### Taken down");
    expect(liveCopies()).toEqual([0, 0, 0]);
    expect(retrospectives()).toHaveLength(1);
    expect(ledgerEntry().takedown).toMatchObject({ emergency: true, onBranch: false });
    expect(mastodon.requests.filter((r) => r.method === "DELETE")).toHaveLength(1);
  });

  it("a revert of the revert: through the gate like any post, published again as a new publication linked to the old one", async () => {
    const pull = await publishedPost();
    const revert = revertButton(pull, [POST]);
    await ok(publish());
    expect(liveCopies()).toEqual([0, 0, 0]);
    const back = mergeApproved({ [POST]: post(TEXT) }, `Revert "${revert.title}"`);
    const run = await ok(publish());
    expect(run.outputs.published).toBe("3");
    expect(liveCopies()).toEqual([1, 1, 1]);
    const [first, second] = entriesFor().sort((a, b) => a.generation - b.generation);
    expect(first?.generation).toBe(1);
    expect(second).toMatchObject({ generation: 2, previous: first?.id, pullRequest: { number: back.number } });
    expect(Object.values(first?.channels ?? {}).map((c) => c.state)).toEqual(["taken_down", "taken_down", "taken_down"]);
    expect(retrospectives()).toHaveLength(1);
  });

  it("the revert pull request passes the approval gate without the contact; a revert mixed with a new post does not", async () => {
    const pull = await publishedPost();
    const review = (p: SimPull) =>
      runAction({ sim, repo, event: "pull_request", payload: pullRequestEvent("opened", repo, p), workspace, sha: p.headSha });
    const revert = revertButton(pull, [POST], alex, false);
    const fast = await review(revert);
    expect(fast.code, fast.stdout + fast.stderr).toBe(0);
    expect(repo.latestStatus(revert.headSha, "checkpost/approval")).toMatchObject({
      state: "success",
      description: "takedown: no client approval needed",
    });

    const base = repo.branches.get("main") ?? "";
    const next = files();
    delete next[POST];
    next["posts/acme/2026-12-04-new.md"] = post("A brand new post.");
    const mixed = repo.openPull({
      author: alex,
      base,
      head: repo.commit(next, { parents: [base] }),
      title: `Revert "Trail maps" and add a post`,
    });
    await review(mixed);
    expect(repo.latestStatus(mixed.headSha, "checkpost/approval")?.state).toBe("pending");
  });

  it("three retrospectives for one client within 30 days → the third escalates; a kind set later by a label is counted", async () => {
    await ok(publish());
    const paths = ["a", "b", "c"].map((n) => `posts/acme/2026-12-0${n === "a" ? 5 : n === "b" ? 6 : 7}-${n}.md`);
    const authors = ["sam-fieldnote", "kim-fieldnote", "alex-fieldnote"];
    const bodies = ["Tents are on sale.", "Lanterns are back.", "Maps are ready."];
    const pull = mergeApproved(Object.fromEntries(paths.map((p, i) => [p, post(bodies[i] as string, authors[i])])), "Three posts");
    await ok(publish());
    for (const path of paths) {
      revertButton(pull, [path]);
      await ok(publish());
    }
    const issues = retrospectives();
    expect(issues).toHaveLength(3);
    expect(issues.map((i) => i.labels.includes("pattern"))).toEqual([false, false, true]);
    const third = issues[2] as (typeof issues)[number];
    const note = repo.comments(third.number).map((c) => c.body);
    expect(note).toHaveLength(1);
    expect(note[0]).toContain("3 retrospectives for the same client (acme) within 30 days");
    expect(note[0]).toContain(`[#${issues[0]?.number}]`);
    expect(note[0]).toContain("@fieldnote/leads");

    // Kinds set later by people: two issues marked factual make no kind pattern (threshold 3); the third does.
    for (const issue of issues) issue.labels.push("mistake:factual");
    const event = (issue: (typeof issues)[number]) =>
      runAction({
        sim,
        repo,
        event: "issues",
        entry: "publish",
        payload: { action: "labeled", issue: { number: issue.number, labels: issue.labels.map((name) => ({ name })) } },
        workspace,
        sha: repo.branches.get("main") ?? "",
        node: "24",
      });
    const labeled = await event(third);
    expect(labeled.code, labeled.stdout + labeled.stderr).toBe(0);
    const comments = repo.comments(third.number).map((c) => c.body);
    expect(comments).toHaveLength(2);
    expect(comments[1]).toContain("3 retrospectives for the same kind of mistake (factual)");
    await event(third); // evaluated again: nothing said twice
    expect(repo.comments(third.number)).toHaveLength(2);
  });
});
