import { beforeEach, describe, expect, it, vi } from "vitest";
import { usePublishWorld } from "./publish-hooks.js";
import {
  counts,
  expectClean,
  FRIEND_HANDLE,
  freshRepo,
  GIF,
  ledgerEntry,
  ledgerIndex,
  live,
  mergeApproved,
  ONE_EACH,
  post,
  publish,
  startPublish,
  until,
} from "./publish-setup.js";

// The bundle in publishing mode as a child process, against the GitHub simulator and the four platform fakes:
// one post on Bluesky, Mastodon, Discord and a webhook, exactly once through re-runs, concurrent runs, a 502
// after the create and a process killed between a create and its ledger record. Each test asserts what the
// platforms finally hold.
vi.setConfig({ testTimeout: 180_000 });

const world = usePublishWorld();
beforeEach(() => {
  freshRepo(world, { "media/acme/map.gif": GIF, "media/acme/crew.gif": GIF });
});

const PATH = "posts/acme/2026-12-02-trail-maps.md";
const RERUN = { GITHUB_RUN_ATTEMPT: "2" };
const MEDIA = [
  "media:",
  "  - file: media/acme/map.gif",
  "    alt: A hand-drawn map of the ridge trail with three huts marked.",
  "  - file: media/acme/crew.gif",
  "    alt: Four volunteers in orange vests clearing a fallen tree.",
].join("\n");

describe("one post on four channels, end to end", () => {
  it("merged and approved → one post on each channel with its images and alt texts, facets at UTF-8 byte offsets; ledger and comment say where", async () => {
    // Multi-byte characters before each facet: a character offset would miss by bytes.
    const text = `Café crews ☀️ mapped the ridge! Thanks @${FRIEND_HANDLE} — maps at https://example.com/ridge #TrailMaps`;
    const pull = mergeApproved(world, { [PATH]: post(text, { extra: MEDIA }) });
    const run = expectClean(await publish(world));
    expect(run.outputs.published).toBe("4");
    expect(counts(world, "Café crews")).toEqual(ONE_EACH);
    const now = live(world, "Café crews");

    // Bluesky: the text, two images with their alt texts, and facets whose byte ranges cover exactly their text.
    const record = now.bluesky[0]?.value as {
      text: string;
      facets: { index: { byteStart: number; byteEnd: number }; features: { $type: string; uri?: string; did?: string; tag?: string }[] }[];
      embed: { $type: string; images: { alt: string }[] };
    };
    expect(record.text).toBe(text);
    expect(record.embed.$type).toBe("app.bsky.embed.images");
    expect(record.embed.images.map((i) => i.alt)).toEqual([
      "A hand-drawn map of the ridge trail with three huts marked.",
      "Four volunteers in orange vests clearing a fallen tree.",
    ]);
    const bytes = Buffer.from(record.text, "utf8");
    const facets = record.facets.map((f) => ({
      text: bytes.subarray(f.index.byteStart, f.index.byteEnd).toString("utf8"),
      feature: f.features[0]?.$type,
    }));
    expect(facets).toEqual(
      expect.arrayContaining([
        { text: `@${FRIEND_HANDLE}`, feature: "app.bsky.richtext.facet#mention" },
        { text: "https://example.com/ridge", feature: "app.bsky.richtext.facet#link" },
        { text: "#TrailMaps", feature: "app.bsky.richtext.facet#tag" },
      ]),
    );
    expect(facets).toHaveLength(3);
    const mention = record.facets.find((f) => f.features[0]?.$type === "app.bsky.richtext.facet#mention");
    expect(mention?.features[0]?.did).toBe(world.pds.account(FRIEND_HANDLE).did);

    // Mastodon: the text, two media with their descriptions.
    const status = now.mastodon[0];
    expect(status?.text).toBe(text);
    expect(status?.mediaIds.map((id) => world.mastodon.media(id).description)).toEqual([
      "A hand-drawn map of the ridge trail with three huts marked.",
      "Four volunteers in orange vests clearing a fallen tree.",
    ]);
    // Discord: two attachments with descriptions, nobody pinged by accident.
    const message = now.discord[0];
    expect(message?.attachments.map((a) => a.description)).toEqual([
      "A hand-drawn map of the ridge trail with three huts marked.",
      "Four volunteers in orange vests clearing a fallen tree.",
    ]);
    expect(message?.mention_everyone).toBe(false);
    // The webhook: the text and both images' bytes and alt texts.
    const received = now.webhook[0];
    expect(received?.post.path).toBe(PATH);
    expect(received?.media.map((m) => [m.alt, m.bytes.toString("latin1")])).toEqual([
      ["A hand-drawn map of the ridge trail with three huts marked.", GIF],
      ["Four volunteers in orange vests clearing a fallen tree.", GIF],
    ]);

    // The ledger: published on every channel, with the platform's id and URL, the pull request and who approved.
    const entry = ledgerEntry(world, PATH) as {
      channels: Record<string, { state: string; publication: { id: string; url: string } }>;
      pullRequest: { number: number };
      approvals: { contact: string; second: string[] };
    };
    expect(Object.fromEntries(Object.entries(entry.channels).map(([id, c]) => [id, c.state]))).toEqual({
      "acme-bluesky": "published",
      "acme-mastodon": "published",
      "acme-discord": "published",
      "acme-webhook": "published",
    });
    expect(entry.channels["acme-bluesky"]?.publication.id).toBe(now.bluesky[0]?.uri);
    expect(entry.channels["acme-mastodon"]?.publication.url).toBe(world.mastodon.statusUrl(status as never));
    expect(entry.channels["acme-discord"]?.publication.id).toBe(message?.id);
    expect(entry.channels["acme-webhook"]?.publication.id).toBe(received?.id);
    expect(entry.pullRequest.number).toBe(pull.number);
    expect(entry.approvals).toEqual({ contact: "jane-acme", second: ["kim-fieldnote"] });

    // One comment on the merged pull request: where the post is live, per channel, and how to take it down.
    const comments = world.repo.comments(pull.number);
    expect(comments).toHaveLength(1);
    for (const [id, channel] of Object.entries(entry.channels)) expect(comments[0]?.body).toContain(`${id}: ${channel.publication.url}`);
    expect(comments[0]?.body).toContain("revert this pull request");
  });

  it("the same run again, and two runs at once → still one post on each channel", async () => {
    const pull = mergeApproved(world, { [PATH]: post("Twice-run trail maps are ready.") });
    const [a, b] = await Promise.all([publish(world), publish(world)]);
    expect(a.code, a.stdout + a.stderr + a.summary).toBe(0);
    // The loser of a claim reports it as another run's: not a failure, nothing posted twice.
    expect(b.code, b.stdout + b.stderr + b.summary).toBe(0);
    expect(counts(world, "Twice-run")).toEqual(ONE_EACH);
    expect(Number(a.outputs.published) + Number(b.outputs.published)).toBe(4);

    const again = expectClean(await publish(world, { event: "schedule" }));
    expect(again.outputs.published).toBe("0");
    expect(counts(world, "Twice-run")).toEqual(ONE_EACH);
    expect(world.repo.comments(pull.number).length).toBeGreaterThanOrEqual(1);
    const index = ledgerIndex(world);
    expect(Object.values(index.rows)).toHaveLength(1);
  });
});

describe("a create cut short, end to end", () => {
  it("a 502 after Mastodon applied the create, then a re-run → one status (found by its Idempotency-Key), the others once", async () => {
    mergeApproved(world, { [PATH]: post("Gateway-error trail maps are ready.") });
    const creates = () => world.mastodon.requests.filter((r) => r.route === "POST /api/v1/statuses").length;
    const before = creates();
    world.mastodon.failNext({ route: "POST /api/v1/statuses", kind: "502-after-apply" });
    const first = await publish(world);
    // The create may have happened: the run says so and fails, and never re-posts by itself.
    expect(first.code).toBe(1);
    expect(counts(world, "Gateway-error")).toEqual(ONE_EACH);
    expect((ledgerEntry(world, PATH) as { channels: Record<string, { state: string }> }).channels["acme-mastodon"]?.state).toBe(
      "publishing",
    );

    const rerun = expectClean(await publish(world, { env: RERUN }));
    expect(rerun.outputs.published).toBe("1");
    expect(counts(world, "Gateway-error")).toEqual(ONE_EACH);
    // The re-run asked with the same Idempotency-Key: the instance answered the status it had made.
    expect(creates() - before).toBe(2);
  });

  it("the process killed after Bluesky's create and before the ledger write, then a re-run → one post (found by its record key)", async () => {
    mergeApproved(world, { [PATH]: post("Killed-run trail maps are ready.", { channels: ["acme-bluesky"] }) });
    // The PDS applies the create and holds its answer: the run is killed while it waits.
    world.pds.fail({ nsid: "com.atproto.repo.createRecord", kind: "hold", apply: true });
    const started = startPublish(world);
    await until(() => counts(world, "Killed-run").bluesky === 1, "the held create");
    started.child.kill("SIGKILL");
    const killed = await started.result;
    expect(killed.code).toBe(null);
    // The claim (with its record key) was written before the create; the record never was.
    const claimed = ledgerEntry(world, PATH) as { channels: Record<string, { state: string; claim: { key: string } }> };
    expect(claimed.channels["acme-bluesky"]?.state).toBe("publishing");
    expect(live(world, "Killed-run").bluesky[0]?.rkey).toBe(claimed.channels["acme-bluesky"]?.claim.key);

    const rerun = expectClean(await publish(world, { env: RERUN }));
    expect(rerun.outputs.published).toBe("1");
    expect(counts(world, "Killed-run").bluesky).toBe(1);
    const entry = ledgerEntry(world, PATH) as { channels: Record<string, { state: string; publication: { id: string } }> };
    expect(entry.channels["acme-bluesky"]?.state).toBe("published");
    expect(entry.channels["acme-bluesky"]?.publication.id).toBe(live(world, "Killed-run").bluesky[0]?.uri);
  });

  it("the same for Discord → in_doubt, not re-posted, then resolved by a manual run with the resolve input", async () => {
    const pull = mergeApproved(world, { [PATH]: post("Doubtful trail maps are ready.", { channels: ["acme-discord"] }) });
    world.discord.fail("execute", { kind: "hang-after-apply" });
    const started = startPublish(world);
    await until(() => counts(world, "Doubtful").discord === 1, "the held Discord message");
    started.child.kill("SIGKILL");
    await started.result;

    // Discord cannot be asked whether a message was sent: the claim becomes in_doubt, for a person.
    const rerun = await publish(world, { env: RERUN });
    expect(rerun.code).toBe(1);
    expect(rerun.summary).toContain("| acme-discord | in_doubt |");
    expect(counts(world, "Doubtful").discord).toBe(1);
    expect((ledgerEntry(world, PATH) as { channels: Record<string, { state: string }> }).channels["acme-discord"]?.state).toBe("in_doubt");
    expect(
      world.repo
        .comments(pull.number)
        .map((c) => c.body)
        .join("\n"),
    ).toContain("resolve");
    // Later runs leave it alone until a person answers.
    const waiting = expectClean(await publish(world, { event: "schedule" }));
    expect(waiting.outputs.published).toBe("0");
    expect(counts(world, "Doubtful").discord).toBe(1);

    const message = live(world, "Doubtful").discord[0];
    const url = `https://discord.com/channels/${world.discord.guildId}/${world.discord.channelId}/${message?.id}`;
    const resolved = expectClean(
      await publish(world, { event: "workflow_dispatch", inputs: { resolve: `${PATH} acme-discord published ${url}` } }),
    );
    expect(resolved.summary).toContain(`recorded as published at ${url}`);
    expect(counts(world, "Doubtful").discord).toBe(1);
    const entry = ledgerEntry(world, PATH) as { channels: Record<string, { state: string; by?: string; publication: { url: string } }> };
    expect(entry.channels["acme-discord"]).toMatchObject({ state: "published", by: "sam-fieldnote", publication: { url } });
    expectClean(await publish(world, { event: "schedule" }));
    expect(counts(world, "Doubtful").discord).toBe(1);
  });
});
