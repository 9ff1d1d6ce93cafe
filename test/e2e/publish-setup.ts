/**
 * One world for the publishing end-to-end tests: the GitHub simulator and the four platform fakes (a Bluesky
 * PDS, a Mastodon instance, a Discord webhook, a generic webhook receiver), started once per test file, and a
 * fresh content repository per test whose checkpost.yml names one channel of each type. `publish()` runs the
 * bundle (action/dist/index.js) in publishing mode as a child process, the way the runner does.
 *
 * The fakes live as long as the file: each test's posts carry their own words, and `live(words)` reads what the
 * platforms hold for those words only. No test-runner import: bench/publish.mjs builds the same world.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FakePds, startFakePds } from "../fakes/bluesky/server.js";
import { type DiscordFake, startDiscordFake } from "../fakes/discord/server.js";
import { type MastodonFake, startMastodonFake } from "../fakes/mastodon/server.js";
import { startWebhookFake, type WebhookFake } from "../fakes/webhook/server.js";
import { type Simulator, startSimulator } from "../github-sim/server.js";
import type { SimPull, SimRepo, SimUser } from "../github-sim/state.js";
import { type RunOptions, type RunResult, runAction, type StartedRun, startAction } from "./harness.js";

export const CHANNELS = ["acme-bluesky", "acme-mastodon", "acme-discord", "acme-webhook"] as const;
export const BLUESKY_HANDLE = "acme.bsky.social";
export const FRIEND_HANDLE = "trailfriend.bsky.social";
export const STRANGER_HANDLE = "someone-else.bsky.social";
const BLUESKY_PASSWORD = "acme-app-pass-1234";
const SIGNING_KEY = "whsec-0123456789abcdef0123456789abcdef";
/** An image whose bytes are all ASCII: the simulator keeps files as text. */
export const GIF = "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;";

export interface World {
  sim: Simulator;
  pds: FakePds;
  mastodon: MastodonFake;
  discord: DiscordFake;
  hook: WebhookFake;
  sam: SimUser;
  jane: SimUser;
  kim: SimUser;
  /** The content repository of the current test (see `freshRepo`). */
  repo: SimRepo;
  workspace: string;
}

export async function startWorld(): Promise<World> {
  const sim = await startSimulator();
  const pds = await startFakePds({
    accounts: [
      { handle: BLUESKY_HANDLE, password: BLUESKY_PASSWORD },
      { handle: FRIEND_HANDLE },
      { handle: STRANGER_HANDLE, password: "stranger-app-pass" },
    ],
  });
  const mastodon = await startMastodonFake();
  const discord = await startDiscordFake();
  const hook = await startWebhookFake({ signingKey: SIGNING_KEY });
  return {
    sim,
    pds,
    mastodon,
    discord,
    hook,
    sam: sim.addUser("sam-fieldnote"),
    jane: sim.addUser("jane-acme"),
    kim: sim.addUser("kim-fieldnote"),
    repo: undefined as unknown as SimRepo,
    workspace: mkdtempSync(join(tmpdir(), "checkpost-publish-ws-")),
  };
}

/** Stops everything, then fails if any fake saw a request that breaks the platform's description. */
export async function stopWorld(world: World): Promise<void> {
  await Promise.all([world.sim.close(), world.pds.close(), world.mastodon.close(), world.discord.close(), world.hook.close()]);
  const violations = [world.sim, world.pds, world.mastodon, world.discord, world.hook].flatMap((fake) => fake.violations);
  if (violations.length > 0) throw new Error(`requests that break a platform's description:\n${violations.join("\n")}`);
}

export interface ConfigOptions {
  /** Extra lines under the client (indented by four spaces), e.g. a publish_window. */
  client?: string;
  /** A top-level `publishing:` block's lines (indented by two spaces). */
  publishing?: string;
  /** The Mastodon account checkpost.yml names (a secret for another account is refused). */
  mastodonAccount?: string;
  /** More top-level lines, e.g. a `retrospective:` block. */
  top?: string;
}

export function config(world: World, options: ConfigOptions = {}): string {
  return `posts: posts/**/*.md
${options.publishing ? `publishing:\n${options.publishing}\n` : ""}${options.top ? `${options.top}\n` : ""}clients:
  acme:
    name: Acme Outdoor
    contact: jane-acme
    folders: [posts/acme, media/acme]
    on_duty: [kim-fieldnote]
${options.client ? `${options.client}\n` : ""}    channels:
      acme-bluesky:
        type: bluesky
        handle: ${BLUESKY_HANDLE}
        service: ${world.pds.url}
        secret_env: ACME_BLUESKY_APP_PASSWORD
      acme-mastodon:
        type: mastodon
        instance: ${world.mastodon.url}
        account: "${options.mastodonAccount ?? "@acme"}"
        secret_env: ACME_MASTODON_TOKEN
      acme-discord:
        type: discord
        name: "#news"
        guild_id: "${world.discord.guildId}"
        secret_env: ACME_DISCORD_WEBHOOK_URL
      acme-webhook:
        type: webhook
        name: newsletter
        secret_env: ACME_WEBHOOK_URL
        signing_secret_env: ACME_WEBHOOK_SIGNING_KEY
`;
}

let repos = 0;
/**
 * A new content repository with checkpost.yml (and `files`) on main, whose ledger has already started
 * (an empty index on checkpost-ledger), so that a test's first run publishes rather than adopts.
 */
export function freshRepo(world: World, files: Record<string, string> = {}, options: ConfigOptions & { ledger?: boolean } = {}): SimRepo {
  const owner = world.sim.users.get("fieldnote") ?? world.sim.addUser("fieldnote");
  world.repo = world.sim.createRepo(owner, `content-${++repos}`);
  world.repo.commit({ "checkpost.yml": config(world, options), ...files }, { branch: "main" });
  if (options.ledger !== false) {
    const index = { format: 1, started: { at: "2026-11-01T00:00:00.000Z" }, rows: {} };
    world.repo.commit({ "index.json": `${JSON.stringify(index, null, 2)}\n` }, { branch: "checkpost-ledger" });
  }
  return world.repo;
}

export interface PostOptions {
  channels?: readonly string[];
  publishAt?: string;
  /** Front-matter lines added as they are. */
  extra?: string;
}

export function post(body: string, options: PostOptions = {}): string {
  const lines = [
    "---",
    "client: acme",
    `channels: [${(options.channels ?? CHANNELS).join(", ")}]`,
    "title: Trail maps",
    "author: sam-fieldnote",
    ...(options.publishAt ? [`publish_at: ${options.publishAt}`] : []),
    ...(options.extra ? [options.extra] : []),
    "---",
    body,
    "",
  ];
  return lines.join("\n");
}

/** Files to write on top of main; null removes one (a revert). */
export type Changes = Record<string, string | null>;

/** A pull request changing `files` on main, approved by `approvers` (the contact and a second reviewer) at its head, merged. */
export function mergeApproved(world: World, files: Changes, approvers: SimUser[] = [world.jane, world.kim], title?: string): SimPull {
  const { repo } = world;
  const pull = openPull(world, files, title);
  for (const user of approvers) repo.addReview(pull.number, { user, state: "APPROVED" });
  repo.mergePull(pull.number);
  return pull;
}

/** A pull request changing `files` on top of main, not yet reviewed. */
export function openPull(world: World, files: Changes, title = "New posts"): SimPull {
  const { repo } = world;
  const base = repo.branches.get("main") ?? "";
  const next: Record<string, string> = Object.fromEntries(repo.resolve(base)?.files ?? []);
  for (const [path, text] of Object.entries(files)) {
    if (text === null) delete next[path];
    else next[path] = text;
  }
  const head = repo.commit(next, { parents: [base] });
  return repo.openPull({ author: world.sam, base, head, title });
}

/** Every channel's secret, as the workflow's publishing step passes them (see example-content's workflow). */
export function secrets(world: World): Record<string, string> {
  return {
    ACME_BLUESKY_APP_PASSWORD: BLUESKY_PASSWORD,
    ACME_MASTODON_TOKEN: world.mastodon.owner.token,
    ACME_DISCORD_WEBHOOK_URL: world.discord.webhookUrl,
    ACME_WEBHOOK_URL: world.hook.webhookUrl,
    ACME_WEBHOOK_SIGNING_KEY: SIGNING_KEY,
  };
}

export interface PublishOptions {
  event?: "push" | "schedule" | "workflow_dispatch";
  inputs?: Record<string, string>;
  /** More environment: CHECKPOST_NOW, GITHUB_RUN_ATTEMPT for a re-run, a changed secret. */
  env?: Record<string, string>;
  /** A command the run is started under (bench/publish.mjs measures CPU time with /usr/bin/time). */
  wrapper?: string[];
}

function runOptions(world: World, options: PublishOptions): RunOptions {
  return {
    sim: world.sim,
    repo: world.repo,
    event: options.event ?? "push",
    entry: "publish",
    payload: options.event === "workflow_dispatch" ? { ref: "refs/heads/main", inputs: options.inputs ?? {} } : { ref: "refs/heads/main" },
    workspace: world.workspace,
    sha: world.repo.branches.get("main") ?? "",
    ...(options.inputs ? { inputs: options.inputs } : {}),
    env: { ...secrets(world), ...options.env },
    node: "24",
    ...(options.wrapper ? { wrapper: options.wrapper } : {}),
  };
}

/** One publishing run of the bundle, to its end. */
export function publish(world: World, options: PublishOptions = {}): Promise<RunResult> {
  return runAction(runOptions(world, options));
}

/** A publishing run started and left running: the test decides when (and whether) it ends. */
export function startPublish(world: World, options: PublishOptions = {}): StartedRun {
  return startAction(runOptions(world, options));
}

/** A run that must have ended cleanly (exit code 0); its output is the failure message otherwise. */
export function expectClean(run: RunResult): RunResult {
  if (run.code !== 0) throw new Error(`the run ended with code ${run.code}:\n${run.stdout}\n${run.stderr}\n${run.summary}`);
  return run;
}

/** Texts on each platform that contain `words`: the final state a test asserts. */
export function live(world: World, words: string) {
  const has = (text: string) => text.includes(words);
  return {
    bluesky: world.pds.records(BLUESKY_HANDLE).filter((r) => has(String(r.value.text))),
    mastodon: world.mastodon.statusesOf(world.mastodon.owner).filter((s) => has(s.text)),
    discord: [...world.discord.messages.values()].filter((m) => has(m.content)),
    webhook: [...world.hook.posts.values()].filter((p) => has(p.text)),
  };
}

/** How many posts each platform holds with `words`, e.g. { bluesky: 1, mastodon: 1, discord: 1, webhook: 1 }. */
export function counts(world: World, words: string): Record<"bluesky" | "mastodon" | "discord" | "webhook", number> {
  const now = live(world, words);
  return { bluesky: now.bluesky.length, mastodon: now.mastodon.length, discord: now.discord.length, webhook: now.webhook.length };
}

export const ONE_EACH = { bluesky: 1, mastodon: 1, discord: 1, webhook: 1 };
export const NONE = { bluesky: 0, mastodon: 0, discord: 0, webhook: 0 };

/** Waits until `check` holds (a fake received a request), polling; fails after `ms`. */
export async function until(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The ledger's index on the checkpost-ledger branch, as the run left it. */
export function ledgerIndex(world: World): {
  rows: Record<string, { path: string; client: string; adoptedOnly?: boolean; channels: Record<string, { state: string }> }>;
} {
  const head = world.repo.resolve(world.repo.branches.get("checkpost-ledger"));
  const text = head?.files.get("index.json");
  if (!text) throw new Error("no ledger index on checkpost-ledger");
  return JSON.parse(text);
}

/**
 * The ledger's entry file of one post (its full record: platform ids, URLs, history). Found among the entry files,
 * not through the index: a run killed mid-way has written its claim to the entry but not yet the index.
 */
export function ledgerEntry(world: World, path: string): Record<string, unknown> {
  const files = world.repo.resolve(world.repo.branches.get("checkpost-ledger"))?.files ?? new Map<string, string>();
  for (const [name, text] of files) {
    if (!name.startsWith("entries/")) continue;
    const entry = JSON.parse(text) as { path: string };
    if (entry.path === path) return entry;
  }
  throw new Error(`the ledger has no entry for ${path}`);
}
