// Publish bench: the Action bundle (action/dist/index.js) in publishing mode, as a child process on Node 24,
// against the GitHub simulator and the four platform fakes (which answer at once), as the end-to-end tests run it.
// - one publishing run in a repository of 500 and of 5,000 posts with one new post: GitHub API requests (they must
//   not grow with the number of posts), wall and CPU time;
// - the ledger's first run in the same repositories (adoption): its requests;
// - from the start of a run to the last channel request, for one post on Bluesky, Mastodon, Discord and a webhook.
// Wall time on a shared machine is noisy: the child's CPU time (user + system, from /usr/bin/time) is printed too.
// Usage: npm run bundle && npm run bench:publish [-- --sizes 500,5000 --runs 3]
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { freshRepo, mergeApproved, post, publish, startWorld, stopWorld } from "../test/e2e/publish-setup.ts";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
if (!existsSync(path.join(repo, "action", "dist", "index.js"))) {
  console.error("bench: action/dist is missing; run `npm run bundle` first");
  process.exit(2);
}
const { values } = parseArgs({ options: { sizes: { type: "string", default: "500,5000" }, runs: { type: "string", default: "3" } } });
const sizes = values.sizes.split(",").map(Number);
const runs = Math.max(1, Number(values.runs));
const TIME = ["/usr/bin/time", "-f", "%e %U %S"];

const world = await startWorld();
const fakes = { bluesky: world.pds, mastodon: world.mastodon, discord: world.discord, webhook: world.hook };
/** When each fake last received a request (performance.now()): the fakes log every request they get. */
const lastRequest = {};
for (const [name, fake] of Object.entries(fakes)) {
  const push = fake.requests.push.bind(fake.requests);
  fake.requests.push = (...items) => {
    lastRequest[name] = performance.now();
    return push(...items);
  };
}

/** When the simulator got the run's first request: the Node start and the bundle's load come before it. */
let firstGitHubRequest;
const simPush = world.sim.requests.push.bind(world.sim.requests);
world.sim.requests.push = (...items) => {
  firstGitHubRequest ??= performance.now();
  return simPush(...items);
};

/** One run of the bundle under /usr/bin/time: exit code, wall and CPU seconds, GitHub requests, the routes. */
async function measuredRun(options = {}) {
  const before = world.sim.requests.length;
  for (const name of Object.keys(fakes)) delete lastRequest[name];
  firstGitHubRequest = undefined;
  const started = performance.now();
  const run = await publish(world, { ...options, wrapper: TIME });
  const timing = run.stderr.trim().split("\n").at(-1) ?? "";
  const [wall, user, system] = timing.split(" ").map(Number);
  if (run.code !== 0 || !Number.isFinite(wall))
    throw new Error(`the run failed (${run.code}):\n${run.stdout}\n${run.stderr}\n${run.summary}`);
  const requests = world.sim.requests.slice(before);
  const channelTimes = Object.values(lastRequest);
  return {
    wall,
    cpu: user + system,
    requests: requests.length,
    routes: requests.map((r) => `${r.method} ${r.route}`),
    published: Number(run.outputs.published ?? 0),
    toLastChannelRequest: channelTimes.length ? (Math.max(...channelTimes) - started) / 1000 : undefined,
    toFirstGitHubRequest: firstGitHubRequest === undefined ? undefined : (firstGitHubRequest - started) / 1000,
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (n) => n.toFixed(2);
const oldPosts = (n) =>
  Object.fromEntries(Array.from({ length: n }, (_, i) => [`posts/acme/old-${String(i).padStart(5, "0")}.md`, post(`Old post ${i}.`)]));

const rows = [];
let routesOfOneRun;
try {
  for (const size of sizes) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      // A repository of `size` posts whose ledger started before them: the first run adopts them all.
      freshRepo(world, oldPosts(size), { ledger: false });
      const adoption = await measuredRun();
      mergeApproved(world, { "posts/acme/new.md": post(`A new post, run ${size}-${i}.`) });
      const one = await measuredRun();
      if (one.published !== 4) throw new Error(`expected 4 publications, got ${one.published}`);
      samples.push({ adoption, one });
      process.stderr.write(
        `  ${size} posts, run ${i + 1}/${runs}: adoption ${adoption.requests} requests; one new post ${one.requests} requests, ${fmt(one.wall)} s wall, ${fmt(one.cpu)} s CPU\n`,
      );
    }
    const one = samples.map((s) => s.one);
    routesOfOneRun ??= one[0].routes;
    rows.push({
      size,
      adoptionRequests: samples[0].adoption.requests,
      adoptionWall: median(samples.map((s) => s.adoption.wall)),
      requests: one[0].requests,
      sameRequests: one.every((o) => o.requests === one[0].requests),
      wall: median(one.map((o) => o.wall)),
      cpu: median(one.map((o) => o.cpu)),
      toLast: median(one.map((o) => o.toLastChannelRequest ?? Number.NaN)),
      toFirst: median(one.map((o) => o.toFirstGitHubRequest ?? Number.NaN)),
    });
  }
} finally {
  await stopWorld(world);
}

console.log(`\nOne publishing run of the bundle on Node 24 (median of ${runs}), one new post on four channels:\n`);
console.log(
  "| posts on the branch | first run (adoption): requests | adoption wall s | one new post: GitHub requests | wall s | CPU s | start → first GitHub request s | start → last channel request s |",
);
console.log("|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const r of rows)
  console.log(
    `| ${r.size} | ${r.adoptionRequests} | ${fmt(r.adoptionWall)} | ${r.requests}${r.sameRequests ? "" : " (varied)"} | ${fmt(r.wall)} | ${fmt(r.cpu)} | ${fmt(r.toFirst)} | ${fmt(r.toLast)} |`,
  );
const counted = new Map();
for (const route of routesOfOneRun ?? []) counted.set(route, (counted.get(route) ?? 0) + 1);
console.log("\nGitHub requests of one run with one new post:\n");
for (const [route, n] of counted) console.log(`- ${n} × ${route}`);
const grew = rows.some((r) => r.requests !== rows[0].requests);
console.log(`\nRequests ${grew ? "GREW" : "did not grow"} with the number of posts.`);
if (grew) process.exitCode = 1;
