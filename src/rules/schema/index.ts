import { closest } from "../../schema/describe-errors.js";
import type { Rule, RuleMessage } from "../types.js";

/**
 * Cross-references the front-matter with the config, beyond what the JSON Schema can say:
 * channels exist for the client, variants name the post's own channels.
 * (Front-matter syntax and shape are reported while loading, under the same rule id.)
 */
export const schemaRule: Rule = {
  id: "schema",
  description: "Front-matter is valid YAML data matching schemas/post.schema.json, and names existing channels of its client.",
  defaultSeverity: "error",
  check(post, { config, client }) {
    const messages: RuleMessage[] = [];
    const known = [...client.channels.keys()];
    post.data.channels.forEach((channelId, index) => {
      // A channel of another client is the wrong-account rule's finding, not a typo.
      if (client.channels.has(channelId) || config.channels.has(channelId)) return;
      messages.push({
        ...post.spanOf(["channels", index]),
        message: `channels[${index}]: unknown channel "${channelId}" for client "${client.id}" (known: ${known.join(", ")})`,
        ...suggest(channelId, known),
      });
    });
    for (const channelId of Object.keys(post.data.variants ?? {})) {
      if (post.data.channels.includes(channelId)) continue;
      messages.push({
        ...post.spanOf(["variants", channelId], true),
        message: `variants.${channelId}: not one of this post's channels (${post.data.channels.join(", ")}); a variant replaces the body for a channel the post goes to`,
        ...suggest(channelId, post.data.channels),
      });
    }
    return messages;
  },
};

function suggest(word: string, candidates: readonly string[]): { suggestions?: string[] } {
  const close = closest(word, candidates);
  return close ? { suggestions: [close] } : {};
}
