import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createOctokitApi } from "../../src/github/octokit-api.js";
import { ledgerContext } from "../../src/ledger/context.js";
import { GitHubLedgerStore } from "../../src/ledger/github-store.js";
import { flushIndex, readIndex } from "../../src/ledger/index-file.js";
import { claim, markInDoubt } from "../../src/ledger/protocol.js";
import { ledgerGitHubOf } from "../../src/publish/ledger-github.js";
import { parseResolveRequest } from "../../src/publish/resolve-request.js";
import { type RunPublishOptions, runPublish } from "../../src/publish/run-publish.js";
import { type MastodonFake, startMastodonFake } from "../fakes/mastodon/server.js";
import { type Simulator, startSimulator } from "../github-sim/server.js";
import type { SimRepo, SimUser } from "../github-sim/state.js";

// The publishing run in process, against the GitHub simulator and a fake Mastodon instance: adoption, the pause
// issue, the blast radius and its confirm, and the GitHub requests one run makes.
const TOKEN_ENV = "ACME_MASTODON_TOKEN";
// Every post about to be published gets the whole review recomputed: a run of six posts takes a while on a busy machine.
vi.setConfig({ testTimeout: 120_000 });
let sim: Simulator;
let fake: MastodonFake;
let repo: SimRepo;
let sam: SimUser;
let jane: SimUser;
let kim: SimUser;

const config = (instance: string) => `posts: posts/**/*.md
clients:
  acme:
    name: Acme Outdoor
    contact: jane-acme
    folders: [posts/acme]
    channels:
      acme-mastodon:
        type: mastodon
        instance: ${instance}
        account: "@acme"
        secret_env: ${TOKEN_ENV}
`;
const post = (body: string) => `---\nclient: acme\nchannels: [acme-mastodon]\ntitle: Trail maps\n---\n${body}\n`;

beforeEach(async () => {
  sim = await startSimulator();
  fake = await startMastodonFake();
  sam = sim.addUser("sam-fieldnote");
  jane = sim.addUser("jane-acme");
  kim = sim.addUser("kim-fieldnote");
  repo = sim.createRepo(sim.addUser("fieldnote"), "content");
});
afterEach(async () => {
  expect(sim.violations).toEqual([]);
  expect(fake.violations).toEqual([]);
  await sim.close();
  await fake.close();
});

function start(existing: Record<string, string> = {}) {
  repo.commit({ "checkpost.yml": config(fake.url), ...existing }, { branch: "main" });
}

function mergeApproved(files: Record<string, string>) {
  const base = repo.branches.get("main") ?? "";
  const head = repo.commit({ ...Object.fromEntries(repo.resolve(base)?.files ?? []), ...files }, { parents: [base] });
  const pull = repo.openPull({ author: sam, base, head, title: "New posts" });
  repo.addReview(pull.number, { user: jane, state: "APPROVED" });
  repo.addReview(pull.number, { user: kim, state: "APPROVED" });
  repo.mergePull(pull.number);
  return pull;
}

const run = (extra: Partial<RunPublishOptions> = {}) =>
  runPublish({
    api: createOctokitApi({ token: sim.token, baseUrl: sim.url, owner: "fieldnote", repo: "content", retryDelayMs: 1 }),
    configPath: "checkpost.yml",
    workspace: "/ws",
    dryRun: false,
    secrets: (name) => (name === TOKEN_ENV ? fake.owner.token : undefined),
    run: { id: "1" },
    guardDelaysMs: [],
    ...extra,
  });

const texts = () => fake.statusesOf(fake.owner).map((s) => s.text);

describe("runPublish", () => {
  it("adopts the posts already on the branch on the ledger's first run, publishing none, and lists them", async () => {
    start({ "posts/acme/old-1.md": post("Old one."), "posts/acme/old-2.md": post("Old two.") });
    const result = await run();
    expect(texts()).toEqual([]);
    expect(result.markdown).toContain("### Adopted on the ledger's first run");
    expect(result.markdown).toContain("`posts/acme/old-1.md`");
    // Still none on the next run: adopted posts are never published.
    await run();
    expect(texts()).toEqual([]);
  });

  it("publishes nothing while a checkpost:pause issue is open, and catches up once it is closed", async () => {
    start();
    await run();
    mergeApproved({ "posts/acme/new.md": post("Fresh trail maps.") });
    const pause = repo.openIssue({ user: kim, title: "Stop: wrong prices", labels: ["checkpost:pause"] });
    const paused = await run();
    expect(texts()).toEqual([]);
    expect(paused.markdown).toContain(`Paused by #${pause.number}`);
    expect(paused.markdown).toContain(`paused by #${pause.number}`);
    pause.state = "closed";
    await run();
    expect(texts()).toEqual(["Fresh trail maps."]);
  });

  it("a merge of more posts than max_posts_per_run publishes none until a manual run confirms that number", async () => {
    start();
    await run();
    const many = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`posts/acme/p${i}.md`, post(`Post number ${i}.`)]));
    mergeApproved(many);
    const blocked = await run();
    expect(texts()).toEqual([]);
    expect(blocked.markdown).toContain("**confirm: 6**");
    await run({ confirm: 5 });
    expect(texts()).toEqual([]);
    await run({ confirm: 6 });
    expect(texts()).toHaveLength(6);
  });

  it("makes the same GitHub requests for one new post whether the branch holds 2 or 60 settled posts", async () => {
    const routesOfRun = async (settled: number) => {
      const old = Object.fromEntries(Array.from({ length: settled }, (_, i) => [`posts/acme/old-${i}.md`, post(`Old ${i}.`)]));
      start(old);
      await run();
      mergeApproved({ "posts/acme/new.md": post("Fresh trail maps.") });
      const before = sim.requests.length;
      await run();
      return sim.requests.slice(before).map((r) => `${r.method} ${r.route}`);
    };
    const small = await routesOfRun(2);
    await sim.close();
    sim = await startSimulator();
    sam = sim.addUser("sam-fieldnote");
    jane = sim.addUser("jane-acme");
    kim = sim.addUser("kim-fieldnote");
    repo = sim.createRepo(sim.addUser("fieldnote"), "content");
    const large = await routesOfRun(60);
    expect(large).toEqual(small);
    expect(small.filter((r) => r === "GET /repos/{owner}/{repo}/git/trees/{tree_sha}")).toHaveLength(1);
    // The request list of one publishing run, for docs/publishing.md.
    console.log(`requests of one publishing run (${small.length}):\n${small.join("\n")}`);
  });

  it("a person's resolve answer settles an in-doubt publication: recorded as published, never posted again", async () => {
    start();
    await run();
    mergeApproved({ "posts/acme/new.md": post("Fresh trail maps.") });
    // A run that claimed the post and could not tell whether its create happened (as with a webhook channel).
    const api = createOctokitApi({ token: sim.token, baseUrl: sim.url, owner: "fieldnote", repo: "content", retryDelayMs: 1 });
    const ctx = ledgerContext(new GitHubLedgerStore(ledgerGitHubOf(api), "checkpost-ledger"), { run: { id: "0" } });
    const blob = (await api.getFileTree(repo.branches.get("main") ?? "")).files.find((f) => f.path === "posts/acme/new.md")?.sha ?? "";
    const won = await claim(ctx, {
      post: { client: "acme", path: "posts/acme/new.md", blob },
      channel: "acme-mastodon",
      type: "mastodon",
      claim: { key: "k-1", at: new Date().toISOString() },
    });
    if (won.outcome !== "won") throw new Error("the claim should be won");
    await markInDoubt(ctx, { id: won.entry.id, channel: "acme-mastodon", key: "k-1", reason: "the answer was lost" });
    await flushIndex(ctx);

    const waiting = await run();
    expect(texts()).toEqual([]);
    expect(waiting.markdown).toContain("may have been published");

    const url = "https://mastodon.example/@acme/42";
    const resolved = await run({
      resolve: parseResolveRequest(`posts/acme/new.md acme-mastodon published ${url}`),
      actor: "kim-fieldnote",
    });
    expect(resolved.markdown).toContain(
      `Resolved by kim-fieldnote: posts/acme/new.md on acme-mastodon is recorded as published at ${url}.`,
    );
    const row = Object.values((await readIndex(ctx.store))?.rows ?? {}).find((r) => r.path === "posts/acme/new.md");
    expect(row?.channels["acme-mastodon"]?.state).toBe("published");
    await run();
    expect(texts()).toEqual([]);
  });

  it("a secret that logs into another account → nothing published on that channel, and the summary says whose it is", async () => {
    start();
    await run();
    mergeApproved({ "posts/acme/new.md": post("Fresh trail maps.") });
    const result = await run({ secrets: (name) => (name === TOKEN_ENV ? fake.stranger.token : undefined) });
    expect(texts()).toEqual([]);
    expect(fake.statusesOf(fake.stranger)).toEqual([]);
    expect(result.refusals).toEqual([
      {
        path: "posts/acme/new.md",
        channel: "acme-mastodon",
        reason: expect.stringContaining("logs into @someone_else@"),
        todo: expect.stringContaining("secret_env"),
      },
    ]);
    // The right secret next time: published then.
    await run();
    expect(texts()).toEqual(["Fresh trail maps."]);
  });
});
