import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, watch, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { toPosix } from "../load/paths.js";
import { buildPreview } from "../preview/build-preview.js";
import { plural } from "../text/plural.js";

/** `checkpost preview` (its help is in main.ts; main loads this module only for this command). */
interface PreviewIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd(): string;
}

/** What the command does to the world besides writing the page: injected so tests drive --open and --watch. */
export interface PreviewDeps {
  open(file: string): void;
  /** Calls `changed` with each changed path under `root` until `signal` aborts. */
  watch(root: string, changed: (file: string) => void, signal: AbortSignal): void;
  /** Ends --watch; by default Ctrl-C. */
  signal?: AbortSignal;
  now?: () => Date;
}

/** How long --watch waits after a save before rebuilding: an editor's save is often several writes. */
export const WATCH_DEBOUNCE_MS = 150;

export async function previewCommand(argv: string[], io: PreviewIO, deps: PreviewDeps = defaultDeps()): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: "string", short: "o" },
      open: { type: "boolean" },
      watch: { type: "boolean", short: "w" },
      config: { type: "string", short: "c" },
    },
  });
  const cwd = io.cwd();
  const out = values.out ? path.resolve(cwd, values.out) : path.join(os.tmpdir(), "checkpost-preview");
  const file = path.join(out, "index.html");
  const build = async () => {
    const result = await buildPreview({
      paths: positionals,
      cwd,
      ...(values.config ? { configFile: values.config } : {}),
      ...(deps.now ? { now: deps.now() } : {}),
    });
    mkdirSync(out, { recursive: true });
    writeFileSync(file, result.html);
    const findings = result.posts.flatMap((p) => p.findings);
    const warnings = findings.filter((f) => f.severity === "warning").length;
    io.stdout.write(
      `wrote ${shown(cwd, file)}: ${plural(result.posts.length, "post")}, ${plural(result.errors, "error")}, ${plural(warnings, "warning")}\n`,
    );
    return result;
  };
  const first = await build();
  if (values.open) deps.open(file);
  if (!values.watch) return 0;

  const signal = deps.signal ?? interrupted();
  io.stdout.write(`watching ${shown(cwd, first.root) || "."} for changes (Ctrl-C to stop)\n`);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  deps.watch(
    first.root,
    (changed) => {
      // The page itself may be inside the watched folder: writing it must not trigger another build.
      if (signal.aborted || path.resolve(first.root, changed).startsWith(out + path.sep)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(build).catch((error: Error) => io.stderr.write(`checkpost: preview not rebuilt: ${error.message}\n`));
      }, WATCH_DEBOUNCE_MS);
    },
    signal,
  );
  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    signal.addEventListener("abort", () => resolve(), { once: true });
  });
  clearTimeout(timer);
  await running;
  return 0;
}

function shown(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return toPosix(relative.startsWith("..") ? file : relative);
}

function defaultDeps(): PreviewDeps {
  return { open: openInBrowser, watch: watchContent };
}

/** Folders never worth watching: installed packages (a content repository may install checkpost), git's own. */
const UNWATCHED = new Set(["node_modules", ".git"]);

/**
 * Watches the content root (checkpost.yml, words files) and each of its folders recursively, except node_modules
 * and hidden ones: Linux's recursive watch puts a watch on every folder beneath, and a node_modules has thousands.
 */
export function watchContent(root: string, changed: (file: string) => void, signal: AbortSignal): void {
  const watchFolder = (folder: string, recursive: boolean) =>
    watch(folder, { recursive, signal }, (_event, name) => {
      if (name) changed(path.join(folder, name.toString()));
    });
  watchFolder(root, false);
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory() && !UNWATCHED.has(entry.name) && !entry.name.startsWith(".")) watchFolder(path.join(root, entry.name), true);
  }
}

function interrupted(): AbortSignal {
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  return controller.signal;
}

/** The system's way to open a file in the default browser; detached, so the command does not wait for it. */
function openInBrowser(file: string): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [file]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", file]]
        : ["xdg-open", [file]];
  const child = spawn(command as string, args as string[], { detached: true, stdio: "ignore" });
  child.on("error", () => undefined);
  child.unref();
}
