import { readFileSync } from "node:fs";
import * as core from "@actions/core";
import { createOctokitApi } from "../src/github/octokit-api.js";
import { runPublish } from "../src/publish/run-publish.js";
import { runIssueEvent } from "../src/takedown/run-issue-event.js";
import { oneLine } from "./main.js";
import { getPublishInputs } from "./publish-inputs.js";

/** The publishing entry: push to the default branch, schedule, workflow_dispatch. */
export async function runPublishAction(): Promise<void> {
  try {
    const settings = getPublishInputs();
    const api = createOctokitApi({
      token: settings.token,
      baseUrl: settings.apiUrl,
      owner: settings.owner,
      repo: settings.repo,
      warn: (message) => core.info(message),
    });
    if (settings.eventName === "issues") {
      // A retrospective's kind set (or changed) by a person: count patterns again; nothing is published.
      const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH ?? "", "utf8")) as {
        issue?: { labels?: ({ name?: string } | string)[] };
      };
      const labels = (event.issue?.labels ?? []).map((l) => (typeof l === "string" ? l : (l.name ?? "")));
      const notes = await runIssueEvent({ api, configPath: settings.configPath, workspace: settings.workspace, labels });
      core.info(`checkpost: ${notes.length} pattern note(s) added`);
      return;
    }
    const result = await runPublish({
      api,
      configPath: settings.configPath,
      workspace: settings.workspace,
      dryRun: settings.dryRun,
      ...(settings.confirm !== undefined ? { confirm: settings.confirm } : {}),
      ...(settings.resolve ? { resolve: settings.resolve } : {}),
      ...(settings.takedown ? { takedown: settings.takedown } : {}),
      ...(settings.actor ? { actor: settings.actor } : {}),
      ...(settings.run ? { run: settings.run } : {}),
      ...(settings.now ? { now: () => settings.now as Date } : {}),
      // Only the variables the config names (each channel's secret_env) are ever read, and never printed.
      secrets: (name) => {
        const value = process.env[name];
        if (value) core.setSecret(value);
        return value;
      },
    });
    await core.summary.addRaw(result.markdown).write();
    const published = (result.outcomes ?? []).filter((o) => o.kind === "published").length;
    core.setOutput("published", published);
    core.setOutput("refused", result.refusals.length);
    core.info(`checkpost publish: ${published} published, ${result.refusals.length} refused${settings.dryRun ? " (dry run)" : ""}`);
    for (const r of result.refusals) core.warning(`${r.path}${r.channel ? ` (${r.channel})` : ""} not published: ${r.reason}`);
    if (result.needsAttention) core.setFailed("checkpost publish: a publication failed or is in doubt; see the job summary");
  } catch (error) {
    core.setFailed(oneLine(error));
  }
}
