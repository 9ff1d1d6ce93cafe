import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOctokitApi } from "../../src/github/octokit-api.js";
import { type Simulator, startSimulator } from "../github-sim/server.js";

// The Octokit client against the GitHub simulator: which failed requests it repeats, and which never.
const CHECK_RUN = "/repos/{owner}/{repo}/check-runs/{check_run_id}";
const CHECK_RUNS = "/repos/{owner}/{repo}/check-runs";

let sim: Simulator;
beforeEach(async () => {
  sim = await startSimulator();
});
afterEach(async () => {
  expect(sim.violations).toEqual([]);
  await sim.close();
});

function setup() {
  const owner = sim.addUser("fieldnote");
  const repo = sim.createRepo(owner, "content");
  const sha = repo.commit({ "checkpost.yml": "clients: {}\n" }, { branch: "main" });
  const api = createOctokitApi({ token: sim.token, baseUrl: sim.url, owner: "fieldnote", repo: "content", retryDelayMs: 1 });
  return { api, repo, sha };
}

const annotation = (line: number) => ({
  path: "posts/a.md",
  start_line: line,
  end_line: line,
  annotation_level: "failure" as const,
  message: "bad word",
  title: "checkpost bad-word",
});

describe("createOctokitApi", () => {
  it("gives a file's size and first 32 bytes from the contents API (an empty head for an empty file), and undefined for a missing path", async () => {
    const { api, repo } = setup();
    const text = "Not a picture at all, only a shopping list: pegs, stove, map, rope.\n";
    const sha = repo.commit({ "media/list.png": text }, { branch: "main" });
    const info = await api.getPathInfo("media/list.png", sha);
    expect(info && { ...info, head: Buffer.from(info.head ?? []).toString("utf8") }).toEqual({
      type: "file",
      size: text.length,
      head: text.slice(0, 32),
    });
    expect(await api.getPathInfo("media/none.png", sha)).toBeUndefined();
    // An empty file: GitHub sends content "", and the empty head is what tells the media rule it is empty.
    const empty = repo.commit({ "media/empty.png": "" }, { branch: "main" });
    expect(await api.getPathInfo("media/empty.png", empty)).toEqual({ type: "file", size: 0, head: new Uint8Array(0) });
  });

  it("never repeats an update that carries annotations: GitHub appends them, so a retry would show them twice", async () => {
    const { api, repo, sha } = setup();
    const id = await api.createCheckRun({
      name: "checkpost",
      headSha: sha,
      status: "completed",
      conclusion: "failure",
      output: { title: "t", summary: "s" },
    });
    sim.failAfterApplying({ method: "PATCH", route: CHECK_RUN });
    await expect(
      api.updateCheckRun(id, { output: { title: "t", summary: "s", annotations: [annotation(1), annotation(2)] } }),
    ).rejects.toThrow(/502/);
    expect(sim.requestsTo("PATCH", CHECK_RUN)).toHaveLength(1);
    expect(repo.checkRuns(sha)[0]?.annotations).toHaveLength(2);
  });

  it("repeats an update without annotations after a 502, and a GET after a 500", async () => {
    const { api, sha } = setup();
    const id = await api.createCheckRun({
      name: "checkpost",
      headSha: sha,
      externalId: "checkpost:review",
      status: "completed",
      conclusion: "success",
      output: { title: "t", summary: "s" },
    });
    // A job named like the check run has a run of the same name: the external id tells them apart.
    await api.createCheckRun({
      name: "checkpost",
      headSha: sha,
      status: "completed",
      conclusion: "success",
      output: { title: "job", summary: "" },
    });
    sim.failNext({ method: "PATCH", route: CHECK_RUN, status: 502 });
    await api.updateCheckRun(id, { status: "completed", conclusion: "success", output: { title: "t2", summary: "s2" } });
    expect(sim.requestsTo("PATCH", CHECK_RUN).map((r) => r.status)).toEqual([502, 200]);
    sim.failNext({ method: "GET", route: "/repos/{owner}/{repo}/commits/{ref}/check-runs", status: 500 });
    const found = await api.findCheckRun(sha, "checkpost", "checkpost:review");
    expect(found?.id).toBe(id);
  });

  it("never repeats a POST after a 5xx: the object may exist already", async () => {
    const { api, repo, sha } = setup();
    sim.failAfterApplying({ method: "POST", route: CHECK_RUNS });
    await expect(
      api.createCheckRun({
        name: "checkpost",
        headSha: sha,
        status: "completed",
        conclusion: "success",
        output: { title: "t", summary: "s" },
      }),
    ).rejects.toThrow(/502/);
    expect(sim.requestsTo("POST", CHECK_RUNS)).toHaveLength(1);
    expect(repo.checkRuns(sha)).toHaveLength(1);
  });
});
