import type { Message } from "../types.js";
import type { ResolvedConfig } from "./types.js";

/**
 * A warning for every client whose contact is not pinned by `contact_id`: a login can be renamed and then
 * registered by someone else, who would then approve that client's posts.
 */
export function unpinnedContacts(config: ResolvedConfig): Message[] {
  const messages: Message[] = [];
  for (const client of config.clients.values()) {
    if (client.contactId !== undefined) continue;
    messages.push({
      ruleId: "config",
      severity: "warning",
      ...config.spanOf(["clients", client.id, "contact"]),
      message: `clients.${client.id}: add contact_id (the numeric GitHub user id of @${client.contact}, from https://api.github.com/users/${client.contact}) so that whoever takes over the login if it is renamed cannot approve ${client.id}'s posts`,
    });
  }
  return messages;
}
