import * as core from "@actions/core";

/**
 * One bundle serves both actions: publish/action.yml declares the input `mode` with the default "publish";
 * action.yml declares none, so the review runs. Publishing is loaded only when asked for, so the pull-request
 * review's start-up does not pay for it (and one bundle, not two copies of the shared code, is committed).
 */
export async function main(): Promise<void> {
  const mode = core.getInput("mode") || "review";
  if (mode === "review") {
    const { run } = await import("./main.js");
    await run();
  } else if (mode === "publish") {
    const { runPublishAction } = await import("./publish-main.js");
    await runPublishAction();
  } else {
    core.setFailed(`the "mode" input is "${mode}"; expected review or publish (use fieldnote/checkpost or fieldnote/checkpost/publish)`);
  }
}
