/**
 * The world of the takedown and correction scenarios: the GitHub simulator with the content repository and its
 * people, and three platform fakes (Mastodon, Bluesky, Discord) whose secrets the publishing step gets.
 */
import { type FakePds, startFakePds } from "../fakes/bluesky/server.js";
import { type DiscordFake, startDiscordFake } from "../fakes/discord/server.js";
import { type MastodonFake, startMastodonFake } from "../fakes/mastodon/server.js";
import { type Simulator, startSimulator } from "../github-sim/server.js";
import type { SimRepo, SimUser } from "../github-sim/state.js";

export const BLUESKY_PASSWORD = "app-pass-1234-abcd";

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
  /** The three channels' config lines (acme-mastodon, acme-bluesky, acme-discord), secrets in M, B and D. */
  channels: string;
  env: () => Record<string, string>;
  close: () => Promise<void>;
}

export async function startPlatforms(): Promise<Platforms> {
  const sim = await startSimulator();
  const mastodon = await startMastodonFake();
  const pds = await startFakePds({ accounts: [{ handle: "acme.bsky.social", password: BLUESKY_PASSWORD }] });
  const discord = await startDiscordFake();
  const channels = [
    `      acme-mastodon: { type: mastodon, instance: "${mastodon.url}", account: "@acme", secret_env: M }`,
    `      acme-bluesky: { type: bluesky, handle: acme.bsky.social, service: "${pds.url}", secret_env: B }`,
    `      acme-discord: { type: discord, name: "#news", secret_env: D }`,
  ].join("\n");
  return {
    sim,
    mastodon,
    pds,
    discord,
    sam: sim.addUser("sam-fieldnote"),
    jane: sim.addUser("jane-acme"),
    kim: sim.addUser("kim-fieldnote"),
    repo: sim.createRepo(sim.addUser("fieldnote"), "content"),
    channels,
    env: () => ({ M: mastodon.owner.token, B: BLUESKY_PASSWORD, D: discord.webhookUrl }),
    close: async () => {
      await Promise.all([sim.close(), mastodon.close(), pds.close(), discord.close()]);
    },
  };
}
