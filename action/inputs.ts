import * as core from "@actions/core";

export interface Settings {
  token: string;
  /** checkpost.yml's path in the repository. */
  configPath: string;
  dryRun: boolean;
  comment: boolean;
  owner: string;
  repo: string;
  apiUrl: string;
  eventName: string;
  eventPath: string;
  workspace: string;
  /** The workflow run's page, linked from the check run and the status. */
  runUrl: string | undefined;
}

/** An input or environment problem, reported as one line. */
export class InputError extends Error {}

/** Reads and validates every input and the runner's environment, once. */
export function getInputs(env: NodeJS.ProcessEnv = process.env): Settings {
  const token = core.getInput("github-token");
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression users write
  if (!token) throw new InputError('the "github-token" input is empty; pass github-token: ${{ github.token }} (its default)');
  core.setSecret(token);

  const configPath = normaliseConfigPath(core.getInput("config") || "checkpost.yml");
  const dryRun = booleanInput("dry-run", false);
  const comment = booleanInput("comment", true);

  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo, ...extra] = repository.split("/");
  if (!owner || !repo || extra.length)
    throw new InputError(`GITHUB_REPOSITORY is "${repository}"; expected owner/repo (run checkpost inside GitHub Actions)`);
  const eventName = env.GITHUB_EVENT_NAME ?? "";
  const eventPath = env.GITHUB_EVENT_PATH ?? "";
  if (!eventName || !eventPath)
    throw new InputError("GITHUB_EVENT_NAME or GITHUB_EVENT_PATH is not set; run checkpost inside GitHub Actions");
  const apiUrl = env.GITHUB_API_URL || "https://api.github.com";
  if (!/^https?:\/\//.test(apiUrl)) throw new InputError(`GITHUB_API_URL is "${apiUrl}"; expected an http(s) URL`);
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  const runUrl = env.GITHUB_RUN_ID ? `${server}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
  return {
    token,
    configPath,
    dryRun,
    comment,
    owner,
    repo,
    apiUrl,
    eventName,
    eventPath,
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    runUrl,
  };
}

export function booleanInput(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === "") return fallback;
  if (value === "true") return true;
  if (value === "false") return false;
  throw new InputError(`the "${name}" input is "${value}"; expected true or false`);
}

/** The config is read through the API at a commit, so its path must stay inside the repository. */
export function normaliseConfigPath(input: string): string {
  const posix = input.trim().replace(/\\/g, "/").replace(/^\.\//, "");
  const parts = posix.split("/");
  if (posix.startsWith("/") || parts.some((p) => p === ".." || p === "" || p === ".")) {
    throw new InputError(
      `the "config" input is "${input}"; expected a path inside the repository such as checkpost.yml or content/checkpost.yml`,
    );
  }
  return posix;
}
