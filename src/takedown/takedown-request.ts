import { UserError } from "../types.js";

/**
 * A person's manual takedown run (`workflow_dispatch` with the `takedown` input): take a live post down at once,
 * before any revert is merged, or confirm that a channel checkpost could not delete was removed by hand.
 */
export type TakedownRequest = { kind: "emergency"; path: string } | { kind: "confirm"; path: string; channel: string };

const FORMAT = "expected `<post path>` (take it down now) or `<post path> <channel id> removed` (confirm a manual takedown)";

/** Parses `posts/acme/sale.md` or `posts/acme/sale.md acme-discord removed`; empty → undefined. */
export function parseTakedownRequest(input: string): TakedownRequest | undefined {
  const words = input.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const [path, channel, verb, ...rest] = words;
  if (path && channel === undefined) return { kind: "emergency", path };
  if (path && channel && verb === "removed" && rest.length === 0) return { kind: "confirm", path, channel };
  throw new UserError(`the "takedown" input is "${input.trim()}"; ${FORMAT}`);
}
