import type { ChannelType, ResolvedChannel, ResolvedConfig } from "../config/types.js";
import { blueskyAdapter } from "./bluesky/adapter.js";
import { discordAdapter } from "./discord/adapter.js";
import { linkedinAdapter } from "./linkedin/adapter.js";
import { mastodonAdapter } from "./mastodon/adapter.js";
import type { ChannelAdapter } from "./types.js";
import { webhookAdapter } from "./webhook/adapter.js";
import { xAdapter } from "./x/adapter.js";

/** Every channel type's adapter. A new platform adds its folder and registers here (and in schemas/config.json). */
export const channelAdapters: Readonly<Record<ChannelType, ChannelAdapter>> = {
  bluesky: blueskyAdapter,
  mastodon: mastodonAdapter,
  linkedin: linkedinAdapter,
  discord: discordAdapter,
  webhook: webhookAdapter,
  x: xAdapter,
};

export function adapterOf(channel: ResolvedChannel): ChannelAdapter {
  return channelAdapters[channel.settings.type];
}

/**
 * Loads what the config's channel types need for counting, once per type: X's counter is only loaded for a config
 * with an X channel, so other configs never pay its start-up time.
 */
export async function prepareChannels(config: ResolvedConfig): Promise<void> {
  const types = new Set([...config.channels.values()].map((channel) => channel.settings.type));
  for (const type of types) await channelAdapters[type].prepare?.();
}
