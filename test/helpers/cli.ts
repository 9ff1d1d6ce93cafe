import path from "node:path";
import { type CliIO, main } from "../../src/cli/main.js";

export const REPO = path.resolve(import.meta.dirname, "../..");
export const FIXTURES = path.join(REPO, "test/fixtures");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, as a terminal (tty) or a pipe would see it. */
export async function runCli(args: string[], options: { cwd?: string; tty?: boolean; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: () => options.cwd ?? REPO,
    env: options.env ?? {},
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}
