import type { PersonResolution } from "../ledger/protocol.js";
import { UserError } from "../types.js";

/** A person's answer to an in-doubt publication, from a manual run's `resolve` input. */
export interface ResolveRequest {
  /** The post's path relative to the content root, as the job summary names it. */
  path: string;
  channel: string;
  resolution: PersonResolution;
}

const FORMAT = "expected `<post path> <channel id> published <url>` or `<post path> <channel id> retry`";

/** Parses `posts/acme/sale.md acme-discord published https://…` or `posts/acme/sale.md acme-discord retry`; empty → undefined. */
export function parseResolveRequest(input: string): ResolveRequest | undefined {
  const words = input.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const [path, channel, verb, url, ...rest] = words;
  if (!path || !channel || rest.length > 0) throw new UserError(`the "resolve" input is "${input.trim()}"; ${FORMAT}`);
  if (verb === "retry" && url === undefined) return { path, channel, resolution: { kind: "retry" } };
  if (verb === "published" && url && /^https?:\/\/\S+$/.test(url)) return { path, channel, resolution: { kind: "published", url } };
  throw new UserError(`the "resolve" input is "${input.trim()}"; ${FORMAT}`);
}
