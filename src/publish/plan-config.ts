import type { ResolvedConfig } from "../config/types.js";
import type { PlanConfig } from "./intents.js";

/** The part of checkpost.yml (from the default branch) that the planner reads, with the schema's defaults. */
export function planConfig(config: Pick<ResolvedConfig, "raw" | "clients">): PlanConfig {
  const clients: PlanConfig["clients"] = {};
  for (const [id, client] of config.clients) {
    clients[id] = {
      paused: config.raw.clients[id]?.paused === true,
      ...(client.publishWindow ? { window: client.publishWindow } : {}),
      corrections: config.raw.clients[id]?.corrections ?? config.raw.corrections ?? "edit",
      channels: Object.fromEntries([...client.channels].map(([channelId, channel]) => [channelId, channel.settings.type])),
    };
  }
  return {
    clients,
    maxPostsPerRun: config.raw.publishing?.max_posts_per_run ?? 5,
    publishExisting: config.raw.publishing?.publish_existing === true,
  };
}
