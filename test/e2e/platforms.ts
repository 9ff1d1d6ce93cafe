/**
 * The world of the takedown and correction scenarios: the publishing tests' world (the GitHub simulator and the
 * platform fakes, started by `startWorld`) with one content repository and the three channels a takedown crosses
 * (Mastodon, Bluesky, Discord), whose secrets the publishing step gets.
 */
import type { FakePds } from "../fakes/bluesky/server.js";
import type { DiscordFake } from "../fakes/discord/server.js";
import type { MastodonFake } from "../fakes/mastodon/server.js";
import type { Simulator } from "../github-sim/server.js";
import type { SimRepo, SimUser } from "../github-sim/state.js";
import { BLUESKY_HANDLE, secrets, startWorld, stopWorld } from "./publish-setup.js";

export interface Platforms {
  sim: Simulator;
  mastodon: MastodonFake;
  pds: FakePds;
  discord: DiscordFake;
  repo: SimRepo;
  /** The author, the client's contact, the second reviewer. */
  sam: SimUser;
  jane: SimUser;
  kim: SimUser;
  /** The three channels' config lines (acme-mastodon, acme-bluesky, acme-discord), secrets as the world names them. */
  channels: string;
  env: () => Record<string, string>;
  /** Stops everything, and fails if any fake saw a request that breaks its platform's description. */
  close: () => Promise<void>;
}

export async function startPlatforms(): Promise<Platforms> {
  const world = await startWorld();
  const { sim, mastodon, pds } = world;
  world.repo = sim.createRepo(sim.addUser("fieldnote"), "content");
  const env = secrets(world);
  const channels = [
    `      acme-mastodon: { type: mastodon, instance: "${mastodon.url}", account: "@acme", secret_env: ACME_MASTODON_TOKEN }`,
    `      acme-bluesky: { type: bluesky, handle: ${BLUESKY_HANDLE}, service: "${pds.url}", secret_env: ACME_BLUESKY_APP_PASSWORD }`,
    `      acme-discord: { type: discord, name: "#news", secret_env: ACME_DISCORD_WEBHOOK_URL }`,
  ].join("\n");
  return { ...world, channels, env: () => env, close: () => stopWorld(world) };
}
