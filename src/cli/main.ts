import { parseArgs } from "node:util";
import { runCheck } from "../check/run-check.js";
import { createLinkChecker } from "../links/check-links.js";
import { formatGithub } from "../report/format-github.js";
import { formatJson } from "../report/format-json.js";
import { formatText } from "../report/format-text.js";
import { rules } from "../rules/registry.js";
import { UserError } from "../types.js";
import { VERSION } from "../version.js";
import { INIT_HELP, initCommand } from "./init-command.js";
import { NEW_HELP, newCommand } from "./new-command.js";
import { previewCommand } from "./preview-command.js";
import { WORDS_HELP, wordsCommand } from "./words-command.js";

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  /** Where `init` reads its answers on a terminal. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  cwd(): string;
  env: Record<string, string | undefined>;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const HELP = `checkpost — checkpoints for social posts written as pull requests

Usage:
  checkpost check [paths...] [--config FILE] [--format text|json|github] [--check-links]
  checkpost check --changed [BASE] [--config FILE] [--format text|json|github] [--check-links]
  checkpost rules
  checkpost words add WORD… [--client ID]
  checkpost init [DIR] [--client ID --contact LOGIN --channel ID:TYPE[:KEY=VALUE…]…]… [--hook] [--force] [--yes]
  checkpost new [--client ID] [--channels A,B] [--at ISO] [TITLE]
  checkpost preview [paths...] [--out DIR] [--open] [--watch]
  checkpost --help | --version

check   Validate posts (files, or folders holding posts). No paths: the config's posts globs.
        The config (checkpost.yml) is found by walking up from the first path.
        --check-links also fetches every URL (HEAD, then GET) and reports dead links.
        --changed [BASE] checks the posts changed since BASE (committed or not; default: the remote's
        default branch, origin/HEAD, else origin/main, else main) as the pull request's check will:
        a publish_at in the past is an error there too.
rules   List every rule with its default severity.
${WORDS_HELP}
${INIT_HELP}
${NEW_HELP}
preview [paths...] [--out DIR] [--open] [--watch] [--config FILE]
        Write a page showing each post as each of its channels will show it (index.html in DIR; default: a
        checkpost-preview folder in the system's temporary folder): the exact text, the fold, images with alt
        text, length, schedule and window, facts, and every finding marked where it is. Self-contained: it
        loads nothing. --open opens it in the browser; --watch rebuilds it whenever a file is saved.
        Exits 0 once the page is written, whatever the findings (check is the gate).

Exit codes: 0 no error, 1 at least one error, 2 usage or config error.
`;

export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UserError || isUsageError(error)) {
      io.stderr.write(`checkpost: ${usageMessage(error as Error)}\n`);
      return EXIT.usage;
    }
    // Anything else is a bug of ours: say so in one line, never with a stack trace (unless asked for).
    const detail = io.env.CHECKPOST_DEBUG ? `\n${(error as Error).stack}` : "";
    io.stderr.write(`checkpost: internal error: ${error instanceof Error ? error.message : String(error)}${detail}\n`);
    return EXIT.usage;
  }
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout.write(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "--version" || command === "-v") {
    io.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (command === "rules") return listRules(io);
  if (command === "check") return check(rest, io);
  if (command === "words") return wordsCommand(rest, io);
  // Imported statically (init, new, preview): as chunks of their own they would split the bundled check into dozens of modules (a
  // module another chunk imports is not inlined), which cost every check about 7 % more CPU; parsing them costs none.
  if (command === "init") return initCommand(rest, io);
  if (command === "new") return newCommand(rest, io);
  if (command === "preview") return previewCommand(rest, io);
  throw new UserError(
    `unknown command "${command}"; expected "check", "rules", "words", "init", "new" or "preview" (see checkpost --help)`,
  );
}

async function check(argv: string[], io: CliIO): Promise<number> {
  const { args, changed } = takeChanged(argv);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: "string", short: "c" },
      format: { type: "string", short: "f", default: "text" },
      "check-links": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const format = values.format ?? "text";
  if (!["text", "json", "github"].includes(format)) {
    throw new UserError(`--format "${format}" is not supported; expected text, json or github`);
  }
  if (changed && positionals.length > 0) {
    throw new UserError(`--changed checks the posts changed since a git base; expected no paths (got ${positionals.join(", ")})`);
  }
  const outcome = await runCheck({
    paths: positionals,
    ...(changed ? { changed } : {}),
    cwd: io.cwd(),
    ...(values.config ? { configFile: values.config } : {}),
    // Fetching is opt-in: checks stay offline and deterministic unless asked.
    ...(values["check-links"] ? { ruleOptions: { link: { checker: createLinkChecker() } } } : {}),
  });
  const report = outcome.report;
  const color = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== "dumb";
  const configError = outcome.kind === "config-error";
  const text =
    format === "json"
      ? formatJson(report)
      : format === "github"
        ? formatGithub(report, { configError })
        : formatText(report, { color, configError });
  const target = outcome.kind === "config-error" && format === "text" ? io.stderr : io.stdout;
  target.write(`${text}\n`);
  if (outcome.kind === "config-error") return EXIT.usage;
  return report.errors > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * `--changed [BASE]` and `--changed=BASE`, taken out of the arguments before parseArgs (whose string options
 * cannot be optional): the word after a bare --changed is its base unless it is an option.
 */
function takeChanged(argv: readonly string[]): { args: string[]; changed?: { base?: string } } {
  const args: string[] = [];
  let changed: { base?: string } | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") {
      args.push(...argv.slice(i));
      break;
    }
    if (arg.startsWith("--changed=")) {
      const base = arg.slice("--changed=".length);
      if (!base) throw new UserError("--changed= needs a git base, e.g. --changed=origin/main (or --changed alone for the default branch)");
      changed = { base };
    } else if (arg === "--changed") {
      const next = argv[i + 1];
      changed = next !== undefined && !next.startsWith("-") ? { base: next } : {};
      if (changed.base !== undefined) i++;
    } else {
      args.push(arg);
    }
  }
  return changed ? { args, changed } : { args };
}

function listRules(io: CliIO): number {
  const width = Math.max(...rules.map((r) => r.id.length));
  for (const rule of rules) {
    io.stdout.write(`${rule.id.padEnd(width)}  ${rule.defaultSeverity.padEnd(7)}  ${rule.description}\n`);
  }
  return EXIT.ok;
}

/** node:util's parseArgs explains "--" at length; an unknown option only needs naming. */
function usageMessage(error: Error): string {
  const option = /^Unknown option '([^']+)'/.exec(error.message)?.[1];
  return option ? `unknown option "${option}"; see checkpost --help` : error.message;
}

function isUsageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS");
}
