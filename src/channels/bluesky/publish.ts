/**
 * Publishing to Bluesky through `@atproto/api`: an app-password session on the account's PDS (`service` in
 * the channel's config, https://bsky.social by default), posts created under a record key chosen at claim
 * time, so that an interrupted create is found by `getRecord` on that key and a repeated create can never
 * make a second post (the PDS answers 500 for an existing key; see failure.ts for what that means here).
 *
 * Posts carry rich-text facets (links, hashtags, mentions; UTF-8 byte offsets, computed by `RichText`),
 * up to four images with alt text, a link card when there is a link and no image, a reply reference and
 * language tags. Bluesky has no edit: a correction is a removal and a new post, so there is no `edit`.
 */
import { type $Typed, type AppBskyFeedPost, type AppBskyRichtextFacet, AtpAgent, type BlobRef, RichText, XRPCError } from "@atproto/api";
import type { BlueskyChannel } from "../../generated/config.js";
import {
  type AccountCheck,
  type ChannelPublisher,
  type Claim,
  type Publication,
  PublishError,
  type PublisherOptions,
  type PublishInput,
  type RemoveResult,
  type Resolution,
} from "../publisher.js";
import { type FailureContext, scrub, toPublishError } from "./failure.js";
import { POST_COLLECTION, type PostAddress, parsePostAddress, publicPostUrl } from "./post-address.js";
import { recordKey } from "./record-key.js";

const DEFAULT_SERVICE = "https://bsky.social";
const DEFAULT_TIMEOUT_MS = 30_000;
/** app.bsky.embed.images allows four. */
const MAX_IMAGES = 4;
/** app.bsky.embed.images#image: `maxSize` 2000000 bytes, `accept` image/*; the PDS refuses the post otherwise. */
const MAX_IMAGE_BYTES = 2_000_000;
/** app.bsky.feed.post's `langs` holds at most three. */
const MAX_LANGS = 3;

interface Session {
  agent: AtpAgent;
  did: string;
  handle: string;
}

export function createBlueskyPublisher(settings: BlueskyChannel, options: PublisherOptions): ChannelPublisher {
  const service = settings.service ?? DEFAULT_SERVICE;
  const expectedHandle = normaliseHandle(settings.handle);
  const channel = `Bluesky @${expectedHandle}`;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const random = options.random ?? Math.random;
  const fetchWithTimeout = withTimeout(options.fetch ?? globalThis.fetch, timeoutMs);
  let secret: string | undefined;
  let session: Promise<Session> | undefined;

  const failure = (action: string, writes: boolean): FailureContext => ({ action, writes, channel, timeoutMs, secret });

  /** Run one platform call, turning whatever it throws into a PublishError. */
  async function call<T>(action: string, writes: boolean, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      throw toPublishError(err, failure(action, writes));
    }
  }

  function login(): Promise<Session> {
    session ??= openSession().catch((err: unknown) => {
      // A failed login is not remembered: the next call tries again.
      session = undefined;
      throw err;
    });
    return session;
  }

  async function openSession(): Promise<Session> {
    const name = settings.secret_env;
    secret = options.secrets(name);
    if (!secret) {
      throw new PublishError(
        `${channel}: the environment variable ${name} is not set; it must hold an app password of the account (Settings → Privacy and security → App passwords).`,
        "refused",
      );
    }
    const agent = new AtpAgent({ service, fetch: fetchWithTimeout });
    const password = secret;
    await call(`logging in to ${service} with the app password in ${name}`, false, () =>
      agent.login({ identifier: expectedHandle, password }),
    );
    const data = agent.session;
    if (!data) throw new PublishError(`${channel}: ${service} answered the login without a session.`, "refused");
    return { agent, did: data.did, handle: normaliseHandle(data.handle) };
  }

  function accountCheck(s: Session): AccountCheck {
    const ok = expectedHandle.startsWith("did:") ? s.did === expectedHandle : s.handle === expectedHandle;
    return { ok, expected: `@${expectedHandle}`, actual: `@${s.handle} (${s.did})` };
  }

  /** Never write to an account other than the configured one, even if the caller skipped verifyAccount. */
  async function loginAsConfigured(): Promise<Session> {
    const s = await login();
    const check = accountCheck(s);
    if (!check.ok) {
      throw new PublishError(
        `${channel}: the app password in ${settings.secret_env} opens ${check.actual}, not ${check.expected}; nothing was done.`,
        "refused",
      );
    }
    return s;
  }

  function publication(s: Session, uri: string, cid: string, rkey: string): Publication {
    return { id: uri, url: publicPostUrl(s.handle, rkey), refs: { uri, cid, rkey, did: s.did } };
  }

  async function facets(s: Session, text: RichText): Promise<AppBskyRichtextFacet.Main[] | undefined> {
    // detectFacets asks the PDS for each mention's DID; a handle nobody has gets did "", which the lexicon
    // rejects, so such a mention stays plain text instead of failing the post.
    await text.detectFacets(s.agent);
    const kept = (text.facets ?? [])
      .map((facet) => ({ ...facet, features: facet.features.filter((f) => !isUnresolvedMention(f)) }))
      .filter((facet) => facet.features.length > 0);
    return kept.length > 0 ? kept : undefined;
  }

  async function replyRef(s: Session, replyTo: string): Promise<AppBskyFeedPost.ReplyRef> {
    const address = parsePostAddress(replyTo);
    if (!address || address.collection !== POST_COLLECTION) {
      throw new PublishError(
        `${channel}: reply_to "${replyTo}" is not a Bluesky post: expected https://bsky.app/profile/<handle>/post/<id> or at://<did>/${POST_COLLECTION}/<id>.`,
        "refused",
      );
    }
    const parent = await findPost(s, address, `looking up the post reply_to names (${replyTo})`);
    if (!parent) throw new PublishError(`${channel}: the post reply_to names (${replyTo}) does not exist (deleted?).`, "refused");
    // A reply to a reply belongs to the same thread: its root is the parent's root.
    const root = (parent.value as Partial<AppBskyFeedPost.Record>).reply?.root;
    const parentRef = { uri: parent.uri, cid: parent.cid };
    return { root: root?.uri && root.cid ? { uri: root.uri, cid: root.cid } : parentRef, parent: parentRef };
  }

  /** getRecord; undefined when the PDS says there is no such record. */
  async function findPost(s: Session, address: PostAddress, action: string) {
    try {
      const { data } = await s.agent.com.atproto.repo.getRecord(address);
      if (!data.cid) throw new PublishError(`${channel}: ${action}: the answer has no CID.`, "refused");
      return { uri: data.uri, cid: data.cid, value: data.value };
    } catch (err) {
      if (isRecordNotFound(err)) return undefined;
      throw toPublishError(err, failure(action, false));
    }
  }

  async function images(s: Session, input: PublishInput): Promise<{ image: BlobRef; alt: string }[]> {
    const out: { image: BlobRef; alt: string }[] = [];
    // One at a time, in order: the order of images is the order the post shows them.
    for (const media of input.media) {
      const { data } = await call(`uploading ${media.path}`, false, () => s.agent.uploadBlob(media.bytes, { encoding: media.mimeType }));
      out.push({ image: data.blob, alt: media.alt });
    }
    return out;
  }

  return {
    newClaim(now: Date): Claim {
      return { key: recordKey(now, random), at: now.toISOString() };
    },

    async verifyAccount(): Promise<AccountCheck> {
      return accountCheck(await login());
    },

    async publish(input: PublishInput): Promise<Publication> {
      refuseUnpostableMedia(channel, input);
      const s = await loginAsConfigured();
      const text = new RichText({ text: input.text });
      const record: AppBskyFeedPost.Record = {
        $type: POST_COLLECTION,
        text: text.text,
        createdAt: new Date().toISOString(),
      };
      const detected = await facets(s, text);
      if (detected) record.facets = detected;
      if (input.replyTo) record.reply = await replyRef(s, input.replyTo);
      const uploaded = await images(s, input);
      const link = detected?.flatMap((f) => f.features).find(isLink)?.uri;
      if (uploaded.length > 0) {
        record.embed = { $type: "app.bsky.embed.images", images: uploaded };
      } else if (link) {
        // A card without fetching the page (no network beyond the PDS): the address is its title.
        record.embed = { $type: "app.bsky.embed.external", external: { uri: link, title: link, description: "" } };
      }
      const langs = [...new Set(input.languages ?? [])].slice(0, MAX_LANGS);
      if (langs.length > 0) record.langs = langs;

      const rkey = input.claim.key;
      const { data } = await call("creating the post", true, () =>
        s.agent.com.atproto.repo.createRecord({ repo: s.did, collection: POST_COLLECTION, rkey, record }),
      );
      return publication(s, data.uri, data.cid, rkey);
    },

    async resolve(input: PublishInput): Promise<Resolution> {
      const s = await loginAsConfigured();
      const rkey = input.claim.key;
      try {
        const found = await findPost(s, { repo: s.did, collection: POST_COLLECTION, rkey }, `looking up the post with key ${rkey}`);
        return found ? { state: "published", publication: publication(s, found.uri, found.cid, rkey) } : { state: "absent" };
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        return { state: "unknown", reason: scrub(reason, secret) };
      }
    },

    async remove(target: Publication): Promise<RemoveResult> {
      const address = parsePostAddress(target.refs?.uri ?? target.id);
      if (!address) throw new PublishError(`${channel}: "${target.id}" is not an at:// URI of a post; cannot remove it.`, "refused");
      const s = await loginAsConfigured();
      if (address.repo !== s.did && normaliseHandle(address.repo) !== s.handle) {
        throw new PublishError(`${channel}: ${target.url} belongs to ${address.repo}, not to ${s.did}; nothing was removed.`, "refused");
      }
      const { data } = await call(`removing ${target.url}`, true, () =>
        s.agent.com.atproto.repo.deleteRecord({ repo: s.did, collection: address.collection, rkey: address.rkey }),
      );
      // The PDS answers a commit only when it deleted something: none means it was already gone.
      return data.commit ? "removed" : "already-gone";
    },
  };
}

function normaliseHandle(handle: string): string {
  return handle.trim().replace(/^@/, "").toLowerCase();
}

function isUnresolvedMention(feature: AppBskyRichtextFacet.Main["features"][number]): boolean {
  return feature.$type === "app.bsky.richtext.facet#mention" && !(feature as AppBskyRichtextFacet.Mention).did;
}

function isLink(feature: AppBskyRichtextFacet.Main["features"][number]): feature is $Typed<AppBskyRichtextFacet.Link> {
  return feature.$type === "app.bsky.richtext.facet#link";
}

/** getRecord's "no such record": RecordNotFound, or older PDSes' InvalidRequest "Could not locate record". */
function isRecordNotFound(err: unknown): boolean {
  return (
    err instanceof XRPCError &&
    err.status === 400 &&
    (err.error === "RecordNotFound" || (err.error === "InvalidRequest" && err.message.startsWith("Could not locate record")))
  );
}

/** What the PDS would refuse anyway, refused before anything is uploaded, naming the file. */
function refuseUnpostableMedia(channel: string, input: PublishInput): void {
  if (input.media.length > MAX_IMAGES) {
    throw new PublishError(
      `${channel}: a post holds at most ${MAX_IMAGES} images; ${input.postPath} has ${input.media.length}.`,
      "refused",
    );
  }
  for (const media of input.media) {
    if (!media.mimeType.startsWith("image/")) {
      throw new PublishError(`${channel}: ${media.path} is ${media.mimeType}; a post's images must be images.`, "refused");
    }
    if (media.bytes.length > MAX_IMAGE_BYTES) {
      throw new PublishError(
        `${channel}: ${media.path} has ${media.bytes.length} bytes; Bluesky takes images of at most ${MAX_IMAGE_BYTES} bytes.`,
        "refused",
      );
    }
  }
}

/** Every request gets a deadline: a write that hangs must end as "unknown", not hold the run forever. */
function withTimeout(base: typeof fetch, timeoutMs: number): typeof fetch {
  return (input, init) => {
    const own = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const deadline = AbortSignal.timeout(timeoutMs);
    // AbortSignal.any arrived in Node 20.3; without it the deadline alone still bounds the request.
    const signal = own && typeof AbortSignal.any === "function" ? AbortSignal.any([own, deadline]) : deadline;
    return base(input, { ...init, signal });
  };
}
