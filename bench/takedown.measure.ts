/**
 * How fast a takedown is, and what it costs GitHub: a post live on four channels (Mastodon, Bluesky, Discord, a
 * webhook), its pull request reverted, then one run of the bundled Action on Node 24:
 * - our time from the start of the run (spawning the process) to the last channel's delete, with fakes answering at
 *   once, and the run's CPU time (user + system, from /usr/bin/time: wall time is noisy on a shared machine);
 * - GitHub requests of the takedown run, for a branch with one post and for one with 40 more posts and three
 *   earlier takedowns (their retrospectives) in the ledger's history: the same count is the claim.
 * Prints one JSON line per figure; docs/benchmarks.md keeps the latest.
 */
import { performance } from "node:perf_hooks";
import { expect, it } from "vitest";
import { type Changes, freshRepo, live, mergeApproved, post, publish, startWorld, stopWorld } from "../test/e2e/publish-setup.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const POST = "posts/acme/2026-12-02-trail-maps.md";

/** The publishing tests' world (the simulator and the four platform fakes) with one content repository. */
async function world() {
  const w = await startWorld();
  // The ledger starts with the first run (adoption); no pattern escalates, so each run makes the same requests.
  freshRepo(w, {}, { publishing: "  max_posts_per_run: 100", top: "retrospective: { pattern_threshold: 10 }", ledger: false });
  return {
    sim: w.sim,
    repo: w.repo,
    post: (body: string) => post(body),
    change: (changes: Changes, title: string, approve: boolean) => mergeApproved(w, changes, approve ? [w.jane, w.kim] : [], title),
    run: (wrapper?: string[]) => publish(w, wrapper ? { wrapper } : {}),
    live: () => Object.values(live(w, "")).reduce((sum, found) => sum + found.length, 0),
    close: () => stopWorld(w),
  };
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
