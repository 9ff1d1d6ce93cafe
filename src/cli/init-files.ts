import { stringify } from "yaml";
import type { ChannelType } from "../config/types.js";
import { configSchema } from "../generated/config-schema.js";
import { NOT_PUBLISHED_YET } from "../publish/plan.js";

/**
 * What `checkpost init` writes, as text: the one source of the two workflows' shapes. example-content's workflows
 * are what these templates give for its config (a test compares them), so the docs' example and init never drift.
 */

/** The Action's repository: `uses:` lines name it with the major tag the release workflow moves. */
export const ACTION_REPOSITORY = "fieldnote/checkpost";
export const ACTION_MAJOR = "v1";

/** The files init writes, relative to the content repository's root, in the order it writes them. */
export const INIT_PATHS = {
  config: "checkpost.yml",
  words: "words.txt",
  review: ".github/workflows/checkpost.yml",
  publish: ".github/workflows/checkpost-publish.yml",
  template: ".github/pull_request_template.md",
} as const;

export interface InitChannel {
  id: string;
  type: ChannelType;
  /** The channel's public details and the names of its secrets, as checkpost.yml holds them (without type). */
  fields: Record<string, string | number | boolean>;
}

export interface InitClient {
  id: string;
  name?: string;
  contact: string;
  contactId?: number;
  /** IANA time zone: gives the client a publishing window (weekdays, 09:00 to 17:00) there. */
  timezone?: string;
  channels: InitChannel[];
}

/** The secret's NAME a channel of a type gets unless told otherwise: the id in capitals, then what the secret is. */
const SECRET_SUFFIX: Record<ChannelType, string> = {
  bluesky: "APP_PASSWORD",
  mastodon: "TOKEN",
  linkedin: "TOKEN",
  discord: "WEBHOOK_URL",
  webhook: "WEBHOOK",
  x: "TOKEN",
};

export function defaultSecretName(channelId: string, type: ChannelType): string {
  return `${channelId.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}_${SECRET_SUFFIX[type]}`;
}

/** The channel types checkpost.yml knows, from the config schema. */
export const CHANNEL_TYPES = Object.keys(SECRET_SUFFIX) as ChannelType[];

type SchemaProperty = { type?: string; description?: string };

/** The fields a channel of `type` may have (besides type), with their JSON types, from the config schema. */
export function channelFields(type: ChannelType): Record<string, SchemaProperty> {
  const defs = configSchema.$defs as unknown as Record<string, { properties: Record<string, SchemaProperty>; required: string[] }>;
  const { type: _type, checks: _checks, ...fields } = defs[`${type}Channel`]?.properties ?? {};
  return fields;
}

/** The fields a channel of `type` must have (besides type), from the config schema. */
export function requiredChannelFields(type: ChannelType): string[] {
  const defs = configSchema.$defs as unknown as Record<string, { required: string[] }>;
  return (defs[`${type}Channel`]?.required ?? []).filter((field) => field !== "type");
}

/** A YAML scalar, quoted only when YAML needs it ("@acme", "09:00"). */
function scalar(value: string | number | boolean): string {
  return stringify(value).trimEnd();
}

/** checkpost.yml for these clients: the shape of example-content's, with the editor's schema from node_modules. */
export function configText(clients: readonly InitClient[]): string {
  const lines = [
    "# yaml-language-server: $schema=./node_modules/checkpost/schemas/config.schema.json",
    "#",
    "# checkpost configuration. Secrets never go here: each channel names the environment variable",
    "# (a repository secret) that holds its credential.",
    "",
    "posts: posts/**/*.md",
    "",
    "dictionary:",
    `  file: ${INIT_PATHS.words}`,
    "",
    "clients:",
  ];
  for (const client of clients) {
    lines.push(`  ${client.id}:`);
    if (client.name) lines.push(`    name: ${scalar(client.name)}`);
    lines.push(`    # The one person at ${client.name ?? client.id} whose approval, at the latest commit, every post of theirs needs.`);
    lines.push(`    contact: ${client.contact}`);
    if (client.contactId !== undefined) {
      lines.push(`    # Their numeric GitHub user id (https://api.github.com/users/${client.contact}): a renamed login cannot approve.`);
      lines.push(`    contact_id: ${client.contactId}`);
    }
    lines.push(`    folders: [posts/${client.id}, media/${client.id}]`);
    if (client.timezone) {
      lines.push("    publish_window:", `      timezone: ${scalar(client.timezone)}`, "      days: [mon, tue, wed, thu, fri]");
      lines.push('      start: "09:00"', '      end: "17:00"');
    }
    lines.push("    channels:");
    for (const channel of client.channels) {
      lines.push(`      ${channel.id}:`, `        type: ${channel.type}`);
      for (const [key, value] of Object.entries(channel.fields)) lines.push(`        ${key}: ${scalar(value)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export const WORDS_TEXT = `# Words the spelling check accepts for every client: names, products, terms. One a line; # starts a comment.
# \`checkpost words add WORD\` adds one here (its spelling messages say so).
`;

/** The review workflow: the same for every content repository but for where checkpost.yml is. */
export function reviewWorkflow(config = "checkpost.yml"): string {
  return `# checkpost reviews every pull request that touches posts: check run with annotations,
# one preview comment, and the client-contact approval status (checkpost/approval).
name: checkpost

on:
  pull_request:
    types: [opened, synchronize, reopened, ready_for_review, edited]
  pull_request_review:
    types: [submitted, edited, dismissed]

# Only what checkpost writes; everything else is none.
permissions:
  contents: read
  pull-requests: write
  statuses: write
  checks: write

# One run per pull request; a newer push or review supersedes the running one.
concurrency:
  group: checkpost-\${{ github.event.pull_request.number }}
  cancel-in-progress: true

jobs:
  review:   # not "checkpost": that name is the check run's, which branch protection requires
    runs-on: ubuntu-latest
    steps:
      # No checkout: checkpost reads the posts and checkpost.yml through the API, never running PR code.
      - uses: ${ACTION_REPOSITORY}@${ACTION_MAJOR}
        with:
          config: ${config}
`;
}

type RawChannel = { type: string; secret_env?: string; signing_secret_env?: string };
type RawConfig = { clients?: Record<string, { channels?: Record<string, RawChannel> } | undefined> };

/** The secrets publishing reads, in the config's order: each published channel's secret_env and signing_secret_env. */
export function publishSecrets(config: RawConfig): string[] {
  const names: string[] = [];
  for (const client of Object.values(config.clients ?? {})) {
    for (const channel of Object.values(client?.channels ?? {})) {
      if (NOT_PUBLISHED_YET.has(channel.type)) continue;
      for (const name of [channel.secret_env, channel.signing_secret_env]) if (name && !names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** Every secret the config names, published or not, with its channel: what the repository's settings must hold. */
export function allSecrets(config: RawConfig): { name: string; channel: string; type: string }[] {
  const found: { name: string; channel: string; type: string }[] = [];
  for (const client of Object.values(config.clients ?? {})) {
    for (const [id, channel] of Object.entries(client?.channels ?? {})) {
      for (const name of [channel.secret_env, channel.signing_secret_env]) if (name) found.push({ name, channel: id, type: channel.type });
    }
  }
  return found;
}

/** The publishing workflow: the channels' secrets go to the publishing step only. */
export function publishWorkflow(options: { secrets: readonly string[]; branch?: string; config?: string }): string {
  const branch = options.branch ?? "main";
  // No published channel yet: no secrets to hand over, and an empty env: would not be valid.
  const env = options.secrets.length
    ? [
        "        # The channels' secrets, on this step only (the names are each channel's secret_env in checkpost.yml).",
        "        env:",
        ...options.secrets.map((name) => `          ${name}: \${{ secrets.${name} }}`),
      ].join("\n")
    : "        # No channel that checkpost publishes to yet: add its secrets here as env: entries.";
  return `# checkpost publishes merged, approved posts exactly once, on every channel they name.
# A reconciler: every run compares the posts on the default branch with the ledger (branch
# checkpost-ledger) and does the difference, so a missed or delayed run is caught up by the next.
name: checkpost-publish

on:
  push:
    branches: [${branch}]        # your default branch: a merge publishes what is due
  schedule:
    - cron: "*/15 * * * *"  # UTC; publishes scheduled posts whose time has come (runs may start late)
  issues:
    types: [labeled, edited] # a retrospective's kind of mistake set by a person: patterns are counted again
  workflow_dispatch:
    inputs:
      dry-run:
        description: Plan only; publish, record and comment nothing
        type: boolean
        default: false
      confirm:
        description: The number of posts the job summary asked to confirm (over max_posts_per_run)
        type: string
        default: ""
      resolve:
        description: "An in-doubt publication: <post path> <channel id> published <url> | <post path> <channel id> retry"
        type: string
        default: ""
      takedown:
        description: "Emergency takedown now: <post path> | confirm a manual takedown: <post path> <channel id> removed"
        type: string
        default: ""

# Only what publishing writes; everything else is none.
permissions:
  contents: write        # the ledger branch (checkpost-ledger)
  issues: write          # refusals of direct pushes, the retrospective issues; the pause issue is read
  pull-requests: write   # the "published" comment on the merged pull request

# One publisher at a time, never cancelled mid-run: a run cut between a create and its ledger record
# leaves a claim the next run must resolve.
concurrency:
  group: checkpost-publish
  cancel-in-progress: false

jobs:
  publish:
    # Issue events matter only for retrospectives (checkpost ignores the others, but skip the job cheaply).
    if: github.event_name != 'issues' || contains(github.event.issue.labels.*.name, 'checkpost:retrospective')
    runs-on: ubuntu-latest
    steps:
      # No checkout: checkpost reads the posts and checkpost.yml at the default branch's head through the API.
      - uses: ${ACTION_REPOSITORY}/publish@${ACTION_MAJOR}
        with:
          config: ${options.config ?? "checkpost.yml"}
          dry-run: \${{ inputs.dry-run || false }}
          confirm: \${{ inputs.confirm }}
          resolve: \${{ inputs.resolve }}
          takedown: \${{ inputs.takedown }}
${env}
`;
}

export const PULL_REQUEST_TEMPLATE = `<!-- checkpost reviews the posts this pull request adds or changes: its check lists what to fix, its comment
     shows each post as each channel will, and the client's contact approves the latest commit. -->

## Posts

<!-- One line per post: what it is for and when it goes out. -->

-

## Before asking for review

- [ ] \`npx checkpost check --changed\` passes on my machine
- [ ] Every claim is under \`facts\` with its source and who provided it
- [ ] Every image has alt text that says what it shows
- [ ] \`publish_at\` (if any) is in the client's publishing window, or absent to publish on merge
- [ ] The client's contact is asked to review (their approval of the latest commit is required)
`;

/** The pre-commit hook --hook installs: the changed posts, checked as the pull request's check will. */
export const PRE_COMMIT_HOOK = `#!/bin/sh
# checkpost: check the posts this commit changes before it is made (installed by checkpost init --hook).
# Skip once with: git commit --no-verify
# The first commit has nothing to compare with.
git rev-parse --verify --quiet HEAD >/dev/null || exit 0
# The project's own checkpost (npm i -D checkpost): never a download in the middle of a commit.
bin=node_modules/.bin/checkpost
if [ ! -x "$bin" ]; then
  echo "checkpost: not installed in this repository (npm i -D checkpost); the posts were not checked" >&2
  exit 0
fi
exec "$bin" check --changed
`;
