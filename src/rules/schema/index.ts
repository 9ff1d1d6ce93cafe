import { unknownChannel, withSuggestion } from "../../config/unknown-names.js";
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
    post.data.channels.forEach((channelId, index) => {
      const unknown = unknownChannel(channelId, index, client, config);
      if (unknown) messages.push({ ...post.spanOf(["channels", index]), ...unknown });
    });
    for (const channelId of Object.keys(post.data.variants ?? {})) {
      if (post.data.channels.includes(channelId)) continue;
      messages.push({
        ...post.spanOf(["variants", channelId], true),
        ...withSuggestion(
          `variants.${channelId}: not one of this post's channels (${post.data.channels.join(", ")}); a variant replaces the body for a channel the post goes to`,
          channelId,
          post.data.channels,
        ),
      });
    }
    return messages;
  },
};
