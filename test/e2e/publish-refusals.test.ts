import { beforeEach, describe, expect, it, vi } from "vitest";
import { usePublishWorld } from "./publish-hooks.js";
import { counts, expectClean, freshRepo, mergeApproved, NONE, openPull, post, publish, STRANGER_HANDLE } from "./publish-setup.js";

// The publish guard and the account check, end to end through the bundle: whatever GitHub's branch settings
// allowed, a post that was not approved as it stands, or a secret that opens another account, is not published,
// and the job summary says why.
vi.setConfig({ testTimeout: 180_000 });

const world = usePublishWorld();
beforeEach(() => {
  freshRepo(world);
});

const PATH = "posts/acme/2026-12-02-trail-maps.md";

describe("refused by the publish guard, end to end", () => {
  it("a post changed after approval (by the merge itself) → nothing published; the summary and the pull request say why", async () => {
    const pull = openPull(world, { [PATH]: post("Approved trail maps, as reviewed.") });
    world.repo.addReview(pull.number, { user: world.jane, state: "APPROVED" });
    world.repo.addReview(pull.number, { user: world.kim, state: "APPROVED" });
    world.repo.mergePull(pull.number, { edit: { [PATH]: post("Approved trail maps, then quietly changed.") } });
    const run = expectClean(await publish(world));
    expect(counts(world, "Approved trail maps")).toEqual(NONE);
    expect(run.outputs.refused).toBe("1");
    expect(run.summary).toContain("Refused by the publish guard");
    expect(run.summary).toContain("changed after approval");
    expect(
      world.repo
        .comments(pull.number)
        .map((c) => c.body)
        .join("\n"),
    ).toContain("changed after approval");
  });

  it("a pull request merged without the contact's approval → nothing published", async () => {
    mergeApproved(world, { [PATH]: post("Unapproved trail maps are ready.") }, [world.kim]);
    const run = expectClean(await publish(world));
    expect(counts(world, "Unapproved trail maps")).toEqual(NONE);
    expect(run.summary).toContain("merged without the approval checkpost requires");
  });

  it("a forged checkpost/approval success status does not count: nothing published", async () => {
    const pull = openPull(world, { [PATH]: post("Forged trail maps are ready.") });
    // Anyone with write access can set a status on the head commit; only the reviews count.
    const response = await fetch(`${world.sim.url}/repos/${world.repo.fullName}/statuses/${pull.headSha}`, {
      method: "POST",
      headers: { authorization: `token ${world.sim.token}`, "content-type": "application/json" },
      body: JSON.stringify({ state: "success", context: "checkpost/approval", description: "Approved by jane-acme" }),
    });
    expect(response.status).toBe(201);
    world.repo.addReview(pull.number, { user: world.kim, state: "APPROVED" });
    world.repo.mergePull(pull.number);
    const run = expectClean(await publish(world));
    expect(counts(world, "Forged trail maps")).toEqual(NONE);
    expect(run.summary).toContain("a checkpost/approval status does not count");
  });

  it("secrets that log into other accounts → nothing published on those channels, and the summary names whose they are", async () => {
    mergeApproved(world, { [PATH]: post("Wrong-account trail maps are ready.", { channels: ["acme-bluesky", "acme-mastodon"] }) });
    world.pds.loginAs(STRANGER_HANDLE);
    try {
      const run = expectClean(await publish(world, { env: { ACME_MASTODON_TOKEN: world.mastodon.stranger.token } }));
      expect(counts(world, "Wrong-account")).toEqual(NONE);
      expect(world.pds.records(STRANGER_HANDLE)).toEqual([]);
      expect(world.mastodon.statusesOf(world.mastodon.stranger)).toEqual([]);
      expect(run.outputs.refused).toBe("2");
      expect(run.summary).toContain(`the secret of acme-bluesky logs into @${STRANGER_HANDLE}`);
      expect(run.summary).toContain("the secret of acme-mastodon logs into @someone_else@");
      // The token itself never shows in the log or the summary.
      expect(`${run.stdout}\n${run.summary}`.replace(/::add-mask::.*/g, "")).not.toContain(world.mastodon.stranger.token);
    } finally {
      world.pds.loginAs(undefined);
    }
    // The right secrets next time: published then, once each.
    expectClean(await publish(world));
    expect(counts(world, "Wrong-account")).toMatchObject({ bluesky: 1, mastodon: 1 });
  });
});
