import { describe, expect, it, vi } from "vitest";
import { usePublishWorld } from "./publish-hooks.js";
import { counts, expectClean, freshRepo, ledgerIndex, mergeApproved, NONE, post, publish } from "./publish-setup.js";

// When the bundle publishes: a scheduled post before and after its time, the client's publishing window, the
// pause issue, the blast-radius limit and its confirm, and adoption on the ledger's first run. The bundle's
// clock is set through CHECKPOST_NOW, the testing seam read only by the Action's entry.
vi.setConfig({ testTimeout: 180_000 });

const world = usePublishWorld();

const PATH = "posts/acme/2026-12-02-trail-maps.md";
const at = (iso: string) => ({ env: { CHECKPOST_NOW: iso } });
/** Monday to Friday, 08:30 to 18:00 in Berlin (CET, UTC+1 in December). */
const WINDOW = `    publish_window:
      timezone: Europe/Berlin
      days: [mon, tue, wed, thu, fri]
      start: "08:30"
      end: "18:00"`;

describe("schedules, the window and the pause, end to end", () => {
  it("a scheduled post waits before its time and is published by the first run after it", async () => {
    freshRepo(world);
    mergeApproved(world, { [PATH]: post("Scheduled trail maps are ready.", { publishAt: "2026-12-03T10:00:00Z" }) });
    const early = expectClean(await publish(world, { event: "schedule", ...at("2026-12-03T09:55:00Z") }));
    expect(counts(world, "Scheduled trail maps")).toEqual(NONE);
    expect(early.summary).toContain("scheduled for 2026-12-03T10:00:00Z");
    const due = expectClean(await publish(world, { event: "schedule", ...at("2026-12-03T10:05:00Z") }));
    expect(due.outputs.published).toBe("4");
    expect(counts(world, "Scheduled trail maps")).toEqual({ bluesky: 1, mastodon: 1, discord: 1, webhook: 1 });
  });

  it("a due post outside the client's window waits for it to open, and the summary says until when", async () => {
    freshRepo(world, {}, { client: WINDOW });
    mergeApproved(world, { [PATH]: post("Weekend trail maps are ready.", { channels: ["acme-mastodon"] }) });
    // Saturday noon in Berlin: the window opens on Monday at 08:30 Berlin time, 07:30 UTC.
    const saturday = expectClean(await publish(world, at("2026-12-05T11:00:00Z")));
    expect(counts(world, "Weekend trail maps").mastodon).toBe(0);
    expect(saturday.summary).toContain("outside the publishing window (08:30–18:00 Europe/Berlin) until 2026-12-07T07:30:00.000Z");
    expectClean(await publish(world, { event: "schedule", ...at("2026-12-07T07:35:00Z") }));
    expect(counts(world, "Weekend trail maps").mastodon).toBe(1);
  });

  it("the pause issue open → nothing published, the summary names it; closed → the next run catches up", async () => {
    freshRepo(world);
    mergeApproved(world, { [PATH]: post("Paused trail maps are ready.", { channels: ["acme-webhook"] }) });
    const pause = world.repo.openIssue({ user: world.kim, title: "Stop everything: wrong prices", labels: ["checkpost:pause"] });
    const paused = expectClean(await publish(world));
    expect(counts(world, "Paused trail maps").webhook).toBe(0);
    expect(paused.summary).toContain(`paused by #${pause.number}`);
    pause.state = "closed";
    expectClean(await publish(world, { event: "schedule" }));
    expect(counts(world, "Paused trail maps").webhook).toBe(1);
  });
});

describe("the blast radius and adoption, end to end", () => {
  it("a merge adding 30 posts → nothing published without confirm; a manual run with confirm: 30 publishes all 30", async () => {
    freshRepo(world);
    const posts = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `posts/acme/bulk-${i}.md`,
        post(`Bulk post ${i} of the archive import.`, { channels: ["acme-webhook"] }),
      ]),
    );
    const pull = mergeApproved(world, posts);
    const blocked = expectClean(await publish(world));
    expect(counts(world, "of the archive import").webhook).toBe(0);
    expect(blocked.summary).toContain("**confirm: 30**");
    const confirmed = expectClean(await publish(world, { event: "workflow_dispatch", inputs: { confirm: "30" } }));
    expect(confirmed.outputs.published).toBe("30");
    expect(counts(world, "of the archive import").webhook).toBe(30);
    // One comment on the merged pull request lists all thirty, rather than thirty comments.
    const comments = world.repo.comments(pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain("these 30 posts are live now");
  });

  it("the first run in a repository with 200 posts adopts them all and publishes none", async () => {
    const existing = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`posts/acme/old-${i}.md`, post(`Old post ${i} from before the ledger.`)]),
    );
    freshRepo(world, existing, { ledger: false });
    const requestsBefore = world.sim.requests.length;
    const first = expectClean(await publish(world));
    expect(counts(world, "from before the ledger")).toEqual(NONE);
    expect(first.summary).toContain("### Adopted on the ledger's first run");
    expect(first.summary).toContain("200 post(s) were on the branch when checkpost's ledger started");
    expect(first.summary).toContain("- `posts/acme/old-0.md`");
    expect(first.summary).toContain("… and 150 more (see index.json on the ledger branch)");
    const rows = Object.values(ledgerIndex(world).rows);
    expect(rows).toHaveLength(200);
    expect(rows.every((r) => r.client === "acme" && r.adoptedOnly === true)).toBe(true);
    // Adoption reads the tree, not the posts: the run's requests do not grow with the number of posts.
    const reads = world.sim.requests.slice(requestsBefore).filter((r) => r.route?.includes("/contents/"));
    expect(reads.length).toBeLessThan(10);
    // Adopted posts are never published by a later run either.
    expectClean(await publish(world, { event: "schedule" }));
    expect(counts(world, "from before the ledger")).toEqual(NONE);
  });
});
