/**
 * Runs the bundled Action (action/dist/index.js) as a child process the way the GitHub runner does: event payload in
 * a file, runner variables and INPUT_* in the environment, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as files.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Simulator } from "../github-sim/server.js";
import type { SimRepo } from "../github-sim/state.js";

export const ROOT = resolve(import.meta.dirname, "../..");
export const BUNDLE = join(ROOT, "action/dist/index.js");

let installed: string | undefined;

/**
 * The runner runs the Action from its own checkout, where no node_modules exists: run a copy of action/dist
 * placed outside this repository, so a module the bundle failed to include cannot be found in ours.
 */
export function runnerBundle(): string {
  if (!installed) {
    const checkout = join(mkdtempSync(join(tmpdir(), "checkpost-action-")), "_actions/fieldnote/checkpost/v1");
    cpSync(join(ROOT, "action/dist"), join(checkout, "action/dist"), { recursive: true });
    installed = join(checkout, "action/dist/index.js");
  }
  return installed;
}
const NODE: Record<"20" | "24", string> = {
  "20": process.execPath,
  "24": join(ROOT, "test/node24/node_modules/.bin/node"),
};

export interface RunOptions {
  sim: Simulator;
  repo: SimRepo;
  event: "pull_request" | "pull_request_review" | "workflow_run" | "push" | "schedule" | "workflow_dispatch" | "issues";
  /** What the bundle (action/dist/index.js) runs: the pull-request review, or publishing (`mode: publish`, as publish/action.yml sets it). */
  entry?: "review" | "publish";
  /** More environment, e.g. the channel secrets a publishing step gets. */
  env?: Record<string, string>;
  payload: Record<string, unknown>;
  /** The checkout the runner would have made (GITHUB_WORKSPACE). */
  workspace: string;
  /** GITHUB_SHA; for pull_request events GitHub sets the merge commit, the Action must use the PR's head instead. */
  sha: string;
  inputs?: Record<string, string>;
  node?: "20" | "24";
  /** A command the run is started under, e.g. ["/usr/bin/time", "-f", "%e %U %S"] to measure its CPU time (bench/). */
  wrapper?: string[];
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Parses GITHUB_OUTPUT: `name=value` lines and the `name<<DELIMITER` … `DELIMITER` heredoc form. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = "", delimiter] = heredoc;
      const end = lines.indexOf(delimiter ?? "", i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: heredoc ${name} has no closing ${delimiter}`);
      outputs[name] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (line.includes("=")) {
      const at = line.indexOf("=");
      outputs[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return outputs;
}

export async function runAction(options: RunOptions): Promise<RunResult> {
  return startAction(options).result;
}

/** A started run: its child process (a test may kill it mid-run, as a cancelled or crashed runner would) and its result. */
export interface StartedRun {
  child: ChildProcess;
  result: Promise<RunResult>;
}

export function startAction(options: RunOptions): StartedRun {
  const dir = mkdtempSync(join(tmpdir(), "checkpost-run-"));
  const files = { event: join(dir, "event.json"), output: join(dir, "output"), summary: join(dir, "summary.md") };
  writeFileSync(files.event, JSON.stringify(options.payload));
  writeFileSync(files.output, "");
  writeFileSync(files.summary, "");
  const inputs = { "github-token": options.sim.token, config: "checkpost.yml", "dry-run": "false", ...options.inputs };
  // A clean environment: nothing from the developer's shell (tokens, GITHUB_*) leaks into the run.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: dir,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_API_URL: options.sim.url,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_GRAPHQL_URL: `${options.sim.url}/graphql`,
    GITHUB_REPOSITORY: options.repo.fullName,
    GITHUB_REPOSITORY_OWNER: options.repo.owner.login,
    GITHUB_SHA: options.sha,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_RUN_ID: "4242",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_ACTOR: "sam-fieldnote",
    GITHUB_WORKFLOW: "checkpost",
    RUNNER_TEMP: dir,
    RUNNER_OS: "Linux",
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, options.env);
  // One bundle runs both: the runner sets INPUT_MODE from publish/action.yml's default.
  if (options.entry === "publish") env.INPUT_MODE = "publish";
  const entry = runnerBundle();

  const [command, ...args] = [...(options.wrapper ?? []), NODE[options.node ?? "20"], entry];
  const child = spawn(command as string, args, { cwd: options.workspace, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => {
    stdout += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString("utf8");
  });
  const result = new Promise<number | null>((done, fail) => {
    child.on("error", fail);
    child.on("close", done);
  }).then((code) => ({
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, "utf8")),
    summary: readFileSync(files.summary, "utf8"),
  }));
  return { child, result };
}
