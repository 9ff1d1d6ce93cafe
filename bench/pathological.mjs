// Times every rule and the channel-text functions, separately, on posts made of pathological text: a
// regular expression that backtracks over a long run of characters turns a 250 KiB post into minutes.
// Usage: npm run build && node bench/pathological.mjs [--size 250] [--timeout 20] [--only name,name]
// Each (input, target) pair runs in its own process, killed after --timeout seconds, so one slow pattern
// cannot hide the others. The inputs are the ones test/bounds/pathological.test.ts checks.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** Repeats `unit` until the text is `bytes` UTF-8 bytes long (or one unit short of it), then adds `tail`. */
function fill(unit, bytes, tail = "") {
  const size = Buffer.byteLength(unit, "utf8");
  return unit.repeat(Math.max(1, Math.floor((bytes - Buffer.byteLength(tail, "utf8")) / size))) + tail;
}

const ALPHABET = "abcdefghijklmnopqrstuvwxyz";

/**
 * Post bodies of about `bytes` UTF-8 bytes, each built to make some pattern try every start position and
 * scan to the end of the text from each (quadratic), or a word search try every edit of a huge word.
 * The inputs come first; the others are runs found while measuring.
 */
export function pathologicalBodies(bytes) {
  return {
    "long word": fill(ALPHABET, bytes),
    "long hashtag": `#${fill(ALPHABET, bytes - 1)}`,
    "spaces between words": `Word ${fill(" ", bytes - 10)} word`,
    "spaces after a sentence": `Word.${fill(" ", bytes - 10)}word`,
    "dots after a URL": `See https://acme.example/x${fill(".", bytes - 40)}a`,
    "repeated '": fill("'", bytes),
    "repeated ![": `${fill("![", bytes - 10)}](x)`,
    "repeated **a": fill("**a ", bytes),
    "repeated ~~a": fill("~~a ", bytes),
    "digits before %": `${fill("1234567890", bytes - 10)}a 5%`,
    "repeated *a": fill("*a ", bytes),
    "repeated _a": fill("_a ", bytes),
    "repeated ``a": fill("``a", bytes),
    "repeated <!--": fill("<!--", bytes),
    "repeated ](a": fill("](a", bytes),
    "repeated [": `${fill("[", bytes - 10)}](x)`,
    dots: `${fill(".", bytes - 2)}a`,
    "sentence dots before quotes": `a.${fill("'", bytes - 4)} A`,
    "domain labels": `x.y/ ${fill("a.", bytes - 10)}`,
    "domain labels and a TLD": `x.com ${fill("a.", bytes - 10)}`,
    "www.": fill("www.", bytes),
    "repeated a@": fill("a@", bytes),
    "repeated @a.": fill("@a.", bytes),
    "number groups": `${fill("1,", bytes - 4)}a`,
    "decimal groups": `${fill("1.", bytes - 4)}a`,
    "repeated “a": fill("“a", bytes),
    "repeated ‘a’b": fill("‘a’b", bytes),
    'repeated "a': fill('"a', bytes),
    "repeated :a": fill(":a", bytes),
    "repeated #a": fill("#a", bytes),
    "repeated a-": fill("a-", bytes),
    "repeated a'": fill("a'", bytes),
    "repeated <a ": fill("<a ", bytes),
    "repeated http://": fill("http://", bytes),
    "spaces before a line end": fill("a  \n", bytes),
    "blank lines": fill("a\n\n\n", bytes),
    "repeated \\": fill("\\", bytes),
    "repeated #": fill("# ", bytes),
    "repeated >": fill("> ", bytes),
    "zero-width characters": fill("a\u200b", bytes),
    "emoji with joiners": fill("👨‍👩‍👧‍👦", bytes),
    "combining marks": `a${fill("\u0301", bytes - 1)}`,
    "long sentence": fill("the tent is good and ", bytes),
    "long superlative sentence": fill("our best tent ", bytes),
  };
}

/** A config with one channel of every type, so every platform's count runs. */
export const PATHOLOGICAL_CONFIG = `clients:
  acme:
    contact: jane-acme
    channels:
      acme-bluesky: {type: bluesky, handle: acme.bsky.social, secret_env: A}
      acme-mastodon: {type: mastodon, instance: "https://mastodon.social", account: "@acme", secret_env: B}
      acme-linkedin: {type: linkedin, author: "urn:li:organization:1", secret_env: C}
      acme-discord: {type: discord, secret_env: D}
      acme-webhook: {type: webhook, max_length: 5000, secret_env: E}
      acme-x: {type: x, handle: acme, secret_env: F}
`;

export const PATHOLOGICAL_CHANNELS = ["acme-bluesky", "acme-mastodon", "acme-linkedin", "acme-discord", "acme-webhook", "acme-x"];

/** A post file: front-matter for every channel, then the body. */
export function pathologicalPost(body) {
  return `---\nclient: acme\nchannels: [${PATHOLOGICAL_CHANNELS.join(", ")}]\n---\n${body}\n`;
}

/** Loads a dist module (a path under dist/). */
async function distModule(...candidates) {
  for (const candidate of candidates) {
    const file = path.join(repo, "dist", candidate);
    if (existsSync(file)) return import(pathToFileURL(file).href);
  }
  throw new Error(`none of ${candidates.join(", ")} in dist/: run npm run build`);
}

/** Runs one target on one input in this process and prints its milliseconds. */
async function runOne(inputName, targetList, bytes) {
  const lib = await import(pathToFileURL(path.join(repo, "dist", "index.js")).href);
  const channelText = await distModule("text/channel-text.js");
  const tokens = await distModule("text/tokens.js");
  const count = {
    ...(await distModule("channels/bluesky/adapter.js")),
    ...(await distModule("channels/mastodon/adapter.js")),
    ...(await distModule("channels/linkedin/adapter.js")),
    ...(await distModule("channels/discord/adapter.js")),
    ...(await distModule("channels/x/adapter.js")),
  };
  await count.loadXCounter();
  const body = pathologicalBodies(bytes)[inputName];
  const { config } = await lib.resolveConfigText("/content/checkpost.yml", PATHOLOGICAL_CONFIG);
  const text = pathologicalPost(body);
  let rendered;
  const plain = () => {
    rendered ??= channelText.renderChannelText(body);
    return rendered;
  };
  const targets = {
    "channel text": () => channelText.renderChannelText(body),
    "count bluesky": () => count.countBluesky(plain()),
    "count mastodon": () => count.countMastodon(plain()),
    "count linkedin": () => count.countLinkedIn(plain()),
    "count x": () => count.countX(plain()),
    "count discord": () => count.countDiscord(plain()),
    tokens: () => [tokens.urlsIn(body), tokens.hashtagsIn(body), tokens.mentionsIn(body), tokens.maskSocialSyntax(body)],
  };
  const now = new Date("2026-11-20T12:00:00Z");
  // Warm up: the speller and retext load on first use, which is not the input's cost.
  const warm = lib.parsePost("/content/posts/acme/w.md", "posts/acme/w.md", pathologicalPost("Warm up the tent."));
  await lib.checkLoadedPost(warm, config, { now });
  for (const target of targetList) {
    const rules = lib.rules.filter((rule) => rule.id === target);
    if (target.startsWith("count")) plain();
    const start = performance.now();
    let findings = "";
    if (targets[target]) targets[target]();
    else if (target === "whole check" || rules.length) {
      const loaded = lib.parsePost("/content/posts/acme/p.md", "posts/acme/p.md", text);
      const messages = await lib.checkLoadedPost(loaded, config, { now, ...(rules.length ? { rules } : {}) });
      findings = ` (${messages.length} findings)`;
    } else throw new Error(`unknown target ${target}`);
    const ms = (performance.now() - start).toFixed(0);
    process.stdout.write(
      targetList.length > 1 ? `${inputName.padEnd(28)} ${target.padEnd(18)} ${ms} ms${findings}\n` : `${ms}${findings}\n`,
    );
  }
}

function child(inputName, target, bytes, timeoutSeconds) {
  return new Promise((resolve) => {
    const args = [fileURLToPath(import.meta.url), "--one", inputName, "--target", target, "--size", String(bytes / 1024)];
    const proc = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    proc.stdout.on("data", (d) => {
      out += d;
    });
    proc.stderr.on("data", (d) => {
      err += d;
    });
    const timer = setTimeout(() => proc.kill("SIGKILL"), timeoutSeconds * 1000);
    proc.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (signal) resolve(`> ${timeoutSeconds} s`);
      else if (code !== 0) resolve(`failed: ${err.trim().split("\n").slice(0, 3).join(" ")}`);
      else resolve(out.trim().includes("\n") ? out.trim() : `${out.trim()} ms`);
    });
  });
}

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "250" },
    timeout: { type: "string", default: "20" },
    only: { type: "string" },
    targets: { type: "string" },
    one: { type: "string" },
    target: { type: "string" },
    jobs: { type: "string", default: "2" },
  },
});
const bytes = Math.round(Number(values.size) * 1024);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (values.one) {
    await runOne(values.one, values.target.split(","), bytes);
  } else {
    const lib = await import(pathToFileURL(path.join(repo, "dist", "index.js")).href);
    const names = values.only ? values.only.split(",") : Object.keys(pathologicalBodies(16));
    const targets = values.targets
      ? values.targets.split(",")
      : ["whole check", "channel text", "count bluesky", "count mastodon", "count linkedin", "count x", "count discord", "tokens"].concat(
          lib.rules.map((rule) => rule.id),
        );
    const jobs = [];
    for (const name of names) for (const target of targets) jobs.push([name, target]);
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const [name, target] = jobs[next++];
        const result = await child(name, target, bytes, Number(values.timeout));
        process.stdout.write(`${name.padEnd(28)} ${target.padEnd(18)} ${result}\n`);
      }
    };
    await Promise.all(Array.from({ length: Number(values.jobs) }, worker));
  }
}
