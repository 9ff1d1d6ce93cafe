/**
 * How fast a takedown is, and what it costs GitHub: a post live on four channels (Mastodon, Bluesky, Discord, a
 * webhook), its pull request reverted, then one run of the bundled Action on Node 24:
 * - our time from the start of the run (spawning the process) to the last channel's delete, with fakes answering at
 *   once, and the run's CPU time (user + system, from /usr/bin/time: wall time is noisy on a shared machine);
 * - GitHub requests of the takedown run, for a branch with one post and for one with 40 more posts and three
 *   earlier takedowns (their retrospectives) in the ledger's history: the same count is the claim.
 * Prints one JSON line per figure; docs/benchmarks.md keeps the latest.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { expect, it } from "vitest";
import { runAction } from "../test/e2e/harness.js";
import { startFakePds } from "../test/fakes/bluesky/server.js";
import { startDiscordFake } from "../test/fakes/discord/server.js";
import { startMastodonFake } from "../test/fakes/mastodon/server.js";
import { startWebhookFake } from "../test/fakes/webhook/server.js";
import { startSimulator } from "../test/github-sim/server.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PASSWORD = "app-pass-1234-abcd";
const SIGNING = "whsec-bench-signing-key-0001";
const POST = "posts/acme/2026-12-02-trail-maps.md";

async function world() {
  const sim = await startSimulator();
  const mastodon = await startMastodonFake();
  const pds = await startFakePds({ accounts: [{ handle: "acme.bsky.social", password: PASSWORD }] });
  const discord = await startDiscordFake();
  const hook = await startWebhookFake({ signingKey: SIGNING });
  const sam = sim.addUser("sam-fieldnote");
  const jane = sim.addUser("jane-acme");
  const kim = sim.addUser("kim-fieldnote");
  const repo = sim.createRepo(sim.addUser("fieldnote"), "content");
  const config = `posts: posts/**/*.md
publishing: { max_posts_per_run: 100 }
retrospective: { pattern_threshold: 10 }
clients:
  acme:
    contact: jane-acme
    folders: [posts/acme]
    channels:
      acme-mastodon: { type: mastodon, instance: "${mastodon.url}", account: "@acme", secret_env: M }
      acme-bluesky: { type: bluesky, handle: acme.bsky.social, service: "${pds.url}", secret_env: B }
      acme-discord: { type: discord, name: "#news", secret_env: D }
      acme-hook: { type: webhook, name: site, secret_env: W, signing_secret_env: WK }
`;
  const post = (body: string) =>
    `---\nclient: acme\nchannels: [acme-mastodon, acme-bluesky, acme-discord, acme-hook]\ntitle: Trail maps\nauthor: sam-fieldnote\n---\n${body}\n`;
  repo.commit({ "checkpost.yml": config }, { branch: "main" });
  const workspace = mkdtempSync(join(tmpdir(), "checkpost-bench-"));
  const files = () => Object.fromEntries(repo.resolve("main")?.files ?? []);
  const change = (changes: Record<string, string | null>, title: string, approve: boolean) => {
    const base = repo.branches.get("main") ?? "";
    const next = files();
    for (const [path, text] of Object.entries(changes)) {
      if (text === null) delete next[path];
      else next[path] = text;
    }
    const pull = repo.openPull({ author: sam, base, head: repo.commit(next, { parents: [base] }), title });
    if (approve) {
      repo.addReview(pull.number, { user: jane, state: "APPROVED" });
      repo.addReview(pull.number, { user: kim, state: "APPROVED" });
    }
    repo.mergePull(pull.number);
    return pull;
  };
  const run = (prefix?: string[]) =>
    runAction({
      sim,
      repo,
      event: "push",
      entry: "publish",
      payload: { ref: "refs/heads/main" },
      workspace,
      sha: repo.branches.get("main") ?? "",
      env: { M: mastodon.owner.token, B: PASSWORD, D: discord.webhookUrl, W: hook.webhookUrl, WK: SIGNING },
      node: "24",
      ...(prefix ? { wrapper: prefix } : {}),
    });
  const live = () =>
    mastodon.statusesOf(mastodon.owner).length + pds.records("acme.bsky.social").length + discord.messages.size + hook.posts.size;
  const close = () => Promise.all([sim.close(), mastodon.close(), pds.close(), discord.close(), hook.close()]);
  return { sim, repo, post, change, run, live, close, files };
}

/** One takedown run, timed: spawn → the moment the last copy is gone (polled every millisecond), and CPU time. */
async function timedTakedown(w: Awaited<ReturnType<typeof world>>) {
  const before = w.sim.requests.length;
  const start = performance.now();
  let lastDelete: number | undefined;
  const poll = setInterval(() => {
    if (lastDelete === undefined && w.live() === 0) lastDelete = performance.now() - start;
  }, 1);
  const result = await w.run(["/usr/bin/time", "-f", "cpu %U %S"]);
  clearInterval(poll);
  expect(result.code, result.stdout + result.stderr).toBe(0);
  const [, user, system] = /cpu ([\d.]+) ([\d.]+)/.exec(result.stderr) ?? [];
  const requests = w.sim.requests.slice(before);
  return {
    toLastDeleteMs: Math.round(lastDelete ?? Number.NaN),
    cpuMs: Math.round((Number(user) + Number(system)) * 1000),
    github: requests.length,
    routes: requests.map((r) => `${r.method} ${r.route}`),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

it("a takedown on four channels: time to the last delete, CPU time and GitHub requests", async () => {
  const samples: { toLastDeleteMs: number; cpuMs: number; github: number }[] = [];
  let routes: string[] = [];
  for (let i = 0; i < RUNS; i++) {
    const w = await world();
    await w.run();
    const pull = w.change({ [POST]: w.post("Fresh trail maps are ready for the weekend.") }, "Trail maps", true);
    await w.run();
    expect(w.live()).toBe(4);
    w.change({ [POST]: null }, `Revert "${pull.title}"`, false);
    const sample = await timedTakedown(w);
    samples.push(sample);
    routes = sample.routes;
    await w.close();
  }
  const figures = {
    runs: RUNS,
    node: "24",
    toLastDeleteMs: { median: median(samples.map((s) => s.toLastDeleteMs)), all: samples.map((s) => s.toLastDeleteMs) },
    cpuMs: { median: median(samples.map((s) => s.cpuMs)), all: samples.map((s) => s.cpuMs) },
    github: samples[0]?.github,
  };
  console.log(`BENCH ${JSON.stringify(figures)}`);
  console.log(`BENCH ${JSON.stringify({ routes })}`);
});

it("GitHub requests of a takedown run do not grow with the posts on the branch or the ledger's history", async () => {
  const counts: Record<string, number> = {};
  const routes: Record<string, string[]> = {};
  for (const size of ["small", "large"] as const) {
    const w = await world();
    if (size === "large") {
      // 40 posts already there when the ledger starts (adopted), and three earlier takedowns with their retrospectives.
      w.repo.push(
        "main",
        Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`posts/acme/old-${i}.md`, w.post(`Old post number ${i}.`)])),
      );
    }
    await w.run();
    if (size === "large") {
      for (let i = 0; i < 3; i++) {
        const path = `posts/acme/earlier-${i}.md`;
        const p = w.change({ [path]: w.post(`An earlier post, number ${i}.`) }, "Earlier", true);
        await w.run();
        w.change({ [path]: null }, `Revert "${p.title}"`, false);
        await w.run();
      }
    }
    const pull = w.change({ [POST]: w.post("Fresh trail maps are ready for the weekend.") }, "Trail maps", true);
    await w.run();
    w.change({ [POST]: null }, `Revert "${pull.title}"`, false);
    const sample = await timedTakedown(w);
    counts[size] = sample.github;
    routes[size] = sample.routes;
    expect(w.live()).toBe(0);
    await w.close();
  }
  console.log(`BENCH ${JSON.stringify({ githubRequests: counts })}`);
  if (counts.large !== counts.small) console.log(`BENCH ${JSON.stringify(routes)}`);
  expect(counts.large).toBe(counts.small);
});
