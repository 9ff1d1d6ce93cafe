import type { Rule, RuleMessage } from "../types.js";

/** The costliest slip of an agency: a client's post on another client's account. */
export const wrongAccountRule: Rule = {
  id: "wrong-account",
  description: "Every channel of a post belongs to the post's client, and a post filed in a client's folder is for that client.",
  defaultSeverity: "error",
  check(post, { config, client }) {
    const messages: RuleMessage[] = [];
    post.data.channels.forEach((channelId, index) => {
      const owner = config.channels.get(channelId);
      if (!owner || owner.clientId === client.id) return;
      messages.push({
        ...post.spanOf(["channels", index]),
        message: `channels[${index}]: "${channelId}" is an account of client "${owner.clientId}", not of "${client.id}" (the client's channels: ${[...client.channels.keys()].join(", ")})`,
      });
    });
    for (const other of config.clients.values()) {
      if (other.id === client.id) continue;
      const folder = other.folders.find((f) => post.relPath.startsWith(f));
      if (!folder || client.folders.some((f) => post.relPath.startsWith(f) && f.length > folder.length)) continue;
      messages.push({
        ...post.spanOf(["client"]),
        message: `client: the post is filed under ${folder} (client "${other.id}") but declares client "${client.id}"; move the file or fix the client`,
      });
    }
    return messages;
  },
};
