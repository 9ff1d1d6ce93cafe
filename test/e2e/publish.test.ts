import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type MastodonFake, startMastodonFake } from "../fakes/mastodon/server.js";
import { type Simulator, startSimulator } from "../github-sim/server.js";
import type { SimRepo, SimUser } from "../github-sim/state.js";
import { runAction } from "./harness.js";

// The bundle (action/dist/index.js) in publishing mode as a child process, against the GitHub simulator
// and a fake Mastodon instance: what ends up on the platform, in the ledger and on the pull request.
const POST = "posts/acme/2026-12-02-trail-maps.md";
const TEXT = "Fresh trail maps are ready for the weekend.";
const TOKEN_ENV = "ACME_MASTODON_TOKEN";

vi.setConfig({ testTimeout: 120_000 });

let sim: Simulator;
let fake: MastodonFake;
let repo: SimRepo;
let sam: SimUser;
let jane: SimUser;
let kim: SimUser;
let workspace: string;

const config = (instance: string) => `posts: posts/**/*.md
clients:
  acme:
    name: Acme Outdoor
    contact: jane-acme
    folders: [posts/acme]
    on_duty: [kim-fieldnote]
    channels:
      acme-mastodon:
        type: mastodon
        instance: ${instance}
        account: "@acme"
        secret_env: ${TOKEN_ENV}
`;
const post = (body: string) => `---\nclient: acme\nchannels: [acme-mastodon]\ntitle: Trail maps\nauthor: sam-fieldnote\n---\n${body}\n`;

beforeEach(async () => {
  sim = await startSimulator();
  fake = await startMastodonFake();
  sam = sim.addUser("sam-fieldnote");
  jane = sim.addUser("jane-acme");
  kim = sim.addUser("kim-fieldnote");
  repo = sim.createRepo(sim.addUser("fieldnote"), "content");
  repo.commit({ "checkpost.yml": config(fake.url) }, { branch: "main" });
  workspace = mkdtempSync(join(tmpdir(), "checkpost-publish-ws-"));
});
afterEach(async () => {
  expect(sim.violations).toEqual([]);
  expect(fake.violations).toEqual([]);
  await sim.close();
  await fake.close();
});

/** A pull request adding `files` on main, approved by the contact and a second reviewer, merged. */
function mergeApproved(files: Record<string, string>) {
  const base = repo.branches.get("main") ?? "";
  const head = repo.commit({ ...Object.fromEntries(repo.resolve(base)?.files ?? []), ...files }, { parents: [base] });
  const pull = repo.openPull({ author: sam, base, head, title: "Trail maps" });
  repo.addReview(pull.number, { user: jane, state: "APPROVED" });
  repo.addReview(pull.number, { user: kim, state: "APPROVED" });
  repo.mergePull(pull.number);
  return pull;
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
    env: { [TOKEN_ENV]: fake.owner.token },
    node: "24",
  });

describe("the publishing Action, end to end", () => {
  it("a merged, approved post → exactly one status; the same run again → still one; a comment says where it is live", async () => {
    const first = await publish();
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(repo.branches.has("checkpost-ledger")).toBe(true);

    const pull = mergeApproved({ [POST]: post(TEXT) });
    const second = await publish();
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const statuses = fake.statusesOf(fake.owner);
    expect(statuses.map((s) => s.text)).toEqual([TEXT]);
    expect(second.summary).toContain("### Published");
    expect(second.outputs.published).toBe("1");
    const comments = repo.comments(pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(`acme-mastodon: ${fake.statusUrl(statuses[0] as never)}`);
    expect(comments[0]?.body).toContain("@sam-fieldnote @kim-fieldnote");
    expect(comments[0]?.body).toContain("revert this pull request");
    // The token never shows in the log: the runner consumes the ::add-mask:: command that hides it.
    const log = `${second.stdout}\n${second.stderr}`.split("\n").filter((line) => !line.startsWith("::add-mask::"));
    expect(log.join("\n")).not.toContain(fake.owner.token);

    const again = await publish({}, "schedule");
    expect(again.code, again.stdout + again.stderr).toBe(0);
    expect(fake.statusesOf(fake.owner)).toHaveLength(1);
    expect(repo.comments(pull.number)).toHaveLength(1);
  });

  it("dry-run → the plan in the job summary, nothing written anywhere", async () => {
    await publish();
    const pull = mergeApproved({ [POST]: post(TEXT) });
    const ledgerBefore = repo.branches.get("checkpost-ledger");
    const requestsBefore = sim.requests.length;
    const dry = await publish({ "dry-run": "true" }, "workflow_dispatch");
    expect(dry.code, dry.stdout + dry.stderr).toBe(0);
    expect(dry.summary).toContain("Dry run");
    expect(dry.summary).toContain(POST.replace(/^/, ""));
    expect(fake.statusesOf(fake.owner)).toEqual([]);
    expect(fake.requests).toEqual([]);
    expect(repo.branches.get("checkpost-ledger")).toBe(ledgerBefore);
    expect(repo.comments(pull.number)).toEqual([]);
    expect(sim.requests.slice(requestsBefore).filter((r) => r.method !== "GET")).toEqual([]);
  });

  it("a direct push → nothing published, the reason in the summary and in one issue", async () => {
    await publish();
    repo.push("main", { [POST]: post(TEXT) });
    const run = await publish();
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(fake.statusesOf(fake.owner)).toEqual([]);
    expect(run.summary).toContain("Refused by the publish guard");
    expect(run.summary).toContain("a direct push");
    expect([...repo.issues.values()].map((i) => i.labels)).toEqual([["checkpost:refused"]]);
    await publish({}, "schedule");
    expect(repo.issues.size).toBe(1);
  });

  it("refuses to run on a pull request: channel secrets never reach one", async () => {
    const run = await runAction({
      sim,
      repo,
      event: "pull_request",
      entry: "publish",
      payload: { action: "opened", pull_request: { number: 1 } },
      workspace,
      sha: repo.branches.get("main") ?? "",
      node: "24",
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("refuses to run on pull_request");
    expect(sim.requests).toEqual([]);
  });
});
