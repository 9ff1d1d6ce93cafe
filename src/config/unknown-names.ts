import { closest } from "../schema/describe-errors.js";
import type { ResolvedClient, ResolvedConfig } from "./types.js";

/** A name the config does not know, said the same way wherever it is met: by `check`, and by `new` before it writes. */
export interface UnknownName {
  message: string;
  suggestions?: string[];
}

/** A post's `client` that checkpost.yml has no entry for, with the closest known id when one is near. */
export function unknownClient(name: string, config: ResolvedConfig): UnknownName {
  const known = [...config.clients.keys()];
  return withSuggestion(`client: unknown client "${name}" (known: ${known.join(", ")})`, name, known);
}

/**
 * A channel id that no client has (a channel of another client is the wrong-account rule's finding, not this),
 * or undefined when some client has it. `index` is its place in the post's `channels`.
 */
export function unknownChannel(channelId: string, index: number, client: ResolvedClient, config: ResolvedConfig): UnknownName | undefined {
  if (client.channels.has(channelId) || config.channels.has(channelId)) return undefined;
  const known = [...client.channels.keys()];
  return withSuggestion(
    `channels[${index}]: unknown channel "${channelId}" for client "${client.id}" (known: ${known.join(", ")})`,
    channelId,
    known,
  );
}

/** The name's closest candidate as a suggestion, when one is close enough to be a typo. */
export function withSuggestion(message: string, word: string, candidates: readonly string[]): UnknownName {
  const close = closest(word, candidates);
  return close ? { message, suggestions: [close] } : { message };
}
