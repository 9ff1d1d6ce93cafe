import { createBlueskyPublisher } from "../channels/bluesky/publish.js";
import { createDiscordPublisher } from "../channels/discord/publish.js";
import { createMastodonPublisher } from "../channels/mastodon/publish.js";
import type { ChannelPublisher, PublisherOptions } from "../channels/publisher.js";
import { createWebhookPublisher } from "../channels/webhook/publish.js";
import type { ResolvedChannel } from "../config/types.js";

/**
 * The publisher for a configured channel, or undefined for a type checkpost does not publish to yet (LinkedIn, X:
 * the planner skips those channels). Secrets are read through `options.secrets` only when a call needs them.
 */
export function publisherFor(channel: ResolvedChannel, options: PublisherOptions): ChannelPublisher | undefined {
  const settings = channel.settings;
  switch (settings.type) {
    case "bluesky":
      return createBlueskyPublisher(settings, options);
    case "mastodon":
      return createMastodonPublisher(settings, options);
    case "discord":
      return createDiscordPublisher(settings, options);
    case "webhook":
      return createWebhookPublisher(settings, options);
    default:
      return undefined;
  }
}
