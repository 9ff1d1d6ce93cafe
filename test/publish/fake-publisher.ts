/**
 * In-memory channel publishers for the executor's tests, each behaving like its platform where it matters
 * for exactly-once: Bluesky knows a post by its chosen record key (a repeated key is an error, not a second
 * post), Mastodon replays an Idempotency-Key, a Discord webhook can neither be asked nor deduplicated.
 */
import { type ChannelPublisher, type Publication, PublishError, type PublishInput } from "../../src/channels/publisher.js";

export type Fault =
  /** 429 before anything happens: certainly nothing created. */
  | "rate-limited"
  /** 422: the platform refuses the post. */
  | "refused"
  /** Created, then the answer is lost (a 502 after applying the write). */
  | "lost-answer"
  /** Created, then the process dies before the ledger hears of it. */
  | "crash-after-create"
  /** The request times out before the platform applied it. */
  | "timeout-before-create";

export interface PlatformPost {
  id: string;
  key: string;
  text: string;
  channel: string;
}

export class FakePlatform {
  readonly posts: PlatformPost[] = [];
  readonly faults: Fault[] = [];
  readonly calls: string[] = [];
  private n = 0;

  constructor(readonly kind: "bluesky" | "mastodon" | "discord") {}

  /** A publisher for one channel of this platform. */
  publisher(): ChannelPublisher {
    return {
      newClaim: (now) => ({ key: `${this.kind}-key-${++this.n}`, at: now.toISOString() }),
      verifyAccount: async () => ({ ok: true, expected: this.kind, actual: this.kind }),
      publish: async (input) => this.publish(input),
      resolve: async (input) => {
        this.calls.push(`resolve ${input.claim.key}`);
        if (this.kind === "discord") return { state: "unknown", reason: "a webhook message cannot be looked up without its id" };
        const found = this.posts.find((p) => p.key === input.claim.key);
        return found ? { state: "published", publication: this.publication(found) } : { state: "absent" };
      },
      remove: async (publication) => {
        this.calls.push(`remove ${publication.id}`);
        const at = this.posts.findIndex((p) => p.id === publication.id);
        if (at < 0) return "already-gone";
        this.posts.splice(at, 1);
        return "removed";
      },
    };
  }

  private publication(post: PlatformPost): Publication {
    return { id: post.id, url: `https://${this.kind}.example/${post.id}`, refs: { key: post.key } };
  }

  private async publish(input: PublishInput): Promise<Publication> {
    this.calls.push(`publish ${input.claim.key}`);
    // A real request yields to the event loop: concurrent runs interleave here.
    await new Promise((resolve) => setImmediate(resolve));
    const fault = this.faults.shift();
    if (fault === "rate-limited") throw new PublishError("429 Too Many Requests", "refused", 429, 2);
    if (fault === "refused") throw new PublishError("422: text too long", "refused", 422);
    if (fault === "timeout-before-create") throw new PublishError("timed out", "unknown");
    const existing = this.posts.find((p) => p.key === input.claim.key);
    if (existing && this.kind === "mastodon") return this.publication(existing); // Idempotency-Key replay
    if (existing && this.kind === "bluesky") throw new PublishError("500 InternalServerError", "unknown", 500);
    const post = { id: `${++this.n}`, key: input.claim.key, text: input.text, channel: input.channelId };
    this.posts.push(post);
    if (fault === "lost-answer") throw new PublishError("502 Bad Gateway", "unknown", 502);
    if (fault === "crash-after-create") throw new Error("the process was killed");
    return this.publication(post);
  }
}
