// Benchmark: checkpost (every registered offline rule) against cspell (spelling only) on the same
// 2,000 generated posts, one post alone, peak memory, and the spelling rule's recall and false flags.
// Usage: npm run build && npm run bench [-- --runs 5]
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generate } from "./generate.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpus = path.join(repo, "bench", ".corpus");
const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Math.max(1, Number(values.runs));

const TARGETS = { ratio: 5, onePostSeconds: 0.15, peakRssMb: 250, recall: 0.995 };

if (!existsSync(path.join(repo, "dist", "cli", "main.js"))) {
  console.error("bench: dist/ is missing; run `npm run build` first");
  process.exit(2);
}

/**
 * Runs a command under /usr/bin/time for wall time, CPU time (user + system, of the command and the children it
 * waited for) and peak RSS (of the whole process tree's largest member).
 */
function measure(command, args, cwd) {
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M %U %S", command, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const last = result.stderr.trim().split("\n").at(-1) ?? "";
  const [wall, rssKb, user, system] = last.split(" ").map(Number);
  if (!Number.isFinite(wall)) throw new Error(`could not time ${command} ${args.join(" ")}: ${result.stderr.slice(-500)}`);
  return { wall, cpu: user + system, rssMb: rssKb / 1024, stdout: result.stdout, status: result.status };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/**
 * Runs the commands in turn, A B C A B C …, `runs` times: a machine whose speed drifts (other jobs, heat) then
 * slows each alike, and the ratios stay meaningful. Medians per command; peak RSS is the largest seen.
 */
function alternate(commands) {
  const samples = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    commands.forEach(({ label, command, args, cwd }, k) => {
      samples[k].push(measure(command, args, cwd));
      const s = samples[k].at(-1);
      process.stderr.write(`  ${label} run ${i + 1}/${runs}: ${s.wall.toFixed(2)} s wall, ${s.cpu.toFixed(2)} s CPU\n`);
    });
  }
  return samples.map((list) => ({
    wall: median(list.map((s) => s.wall)),
    cpu: median(list.map((s) => s.cpu)),
    rssMb: Math.max(...list.map((s) => s.rssMb)),
    last: list.at(-1),
    // The ratios below are taken run by run, then their median.
    list,
  }));
}

const t0 = performance.now();
const generated = generate(corpus);
process.stderr.write(
  `generated ${generated.posts} posts, ${generated.words} words, ${generated.planted} planted misspellings in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
);

const node = process.execPath;
const checkpost = path.join(repo, "bin", "checkpost.js");
const cspell = path.join(repo, "node_modules", ".bin", "cspell");
const onePost = path.join("posts", "acme", "0000-post.md");

const [all, one, peer] = alternate([
  { label: "checkpost, all posts", command: node, args: [checkpost, "check", ".", "--format", "json"], cwd: corpus },
  { label: "checkpost, one post", command: node, args: [checkpost, "check", onePost, "--format", "json"], cwd: corpus },
  { label: "cspell, all posts", command: cspell, args: ["--no-progress", "--no-summary", "--no-color", "posts/**/*.md"], cwd: corpus },
]);

// Recall and false flags, from checkpost's JSON report.
const report = JSON.parse(all.last.stdout);
const truth = JSON.parse(readFileSync(path.join(corpus, "truth.json"), "utf8"));
const planted = new Set(truth.map((t) => `${t.file}:${t.line}:${t.column}`));
const flagged = new Set();
const falseFlags = [];
for (const file of report.files) {
  for (const m of file.messages) {
    if (m.ruleId !== "spelling") continue;
    const key = `${file.path}:${m.line}:${m.column}`;
    if (planted.has(key)) flagged.add(key);
    else falseFlags.push(`${key} ${m.message}`);
  }
}
const recall = flagged.size / planted.size;
const ruleCounts = {};
for (const file of report.files) for (const m of file.messages) ruleCounts[m.ruleId] = (ruleCounts[m.ruleId] ?? 0) + 1;

// cspell's time over checkpost's, run by run (each pair ran back to back), then the median.
const ratioOf = (key) => median(peer.list.map((p, i) => p[key] / all.list[i][key]));
const ratio = ratioOf("wall");
const cpuRatio = ratioOf("cpu");
const rows = [
  ["checkpost check, 2,000 posts (every rule)", all],
  ["cspell, 2,000 posts (spelling only)", peer],
  ["checkpost check, one post", one],
].map(([label, m]) => [label, `${m.wall.toFixed(2)} s`, `${m.cpu.toFixed(2)} s`, `${m.rssMb.toFixed(0)} MB`]);
const verdict = (ok) => (ok ? "ok" : "MISSED");
console.log(`\nmedian of ${runs} runs in turn, Node ${process.version}, ${generated.posts} posts, ${generated.words} words\n`);
console.log("| command | wall | CPU (user + system) | peak RSS |\n|---|---|---|---|");
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
console.log(`\n| target | measured | |\n|---|---|---|`);
console.log(
  `| cspell / checkpost ≥ ${TARGETS.ratio}× (wall) | ${ratio.toFixed(1)}× (CPU: ${cpuRatio.toFixed(1)}×) | ${verdict(ratio >= TARGETS.ratio)} |`,
);
console.log(`| one post ≤ ${TARGETS.onePostSeconds} s | ${one.wall.toFixed(2)} s | ${verdict(one.wall <= TARGETS.onePostSeconds)} |`);
const rss = Math.max(all.rssMb, one.rssMb);
console.log(`| peak RSS ≤ ${TARGETS.peakRssMb} MB | ${rss.toFixed(0)} MB | ${verdict(rss <= TARGETS.peakRssMb)} |`);
console.log(
  `| recall ≥ ${TARGETS.recall * 100} % | ${(recall * 100).toFixed(2)} % (${flagged.size}/${planted.size}) | ${verdict(recall >= TARGETS.recall)} |`,
);
console.log(`| false spelling flags = 0 | ${falseFlags.length} | ${verdict(falseFlags.length === 0)} |`);
console.log(
  `\nmessages by rule: ${Object.entries(ruleCounts)
    .map(([k, v]) => `${k} ${v}`)
    .join(", ")}`,
);
for (const f of falseFlags.slice(0, 10)) console.log(`false flag: ${f}`);
const missed = truth.filter((t) => !flagged.has(`${t.file}:${t.line}:${t.column}`));
for (const t of missed.slice(0, 10)) console.log(`missed: ${t.file}:${t.line}:${t.column} ${t.word}`);
