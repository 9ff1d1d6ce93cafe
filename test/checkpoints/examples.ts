import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Message } from "../../src/types.js";
import { BASE_CONFIG } from "./kit.js";

/**
 * A rule's examples, remark-lint style: `src/rules/<id>/examples/` holds `good.md` (no findings) and `bad.md`
 * with `bad.expected.json` (its findings), checked by src/rules/examples.test.ts and shown in docs/checkpoints.md.
 * Optional beside them: `checkpost.yml`, the config they are checked against (default: the checkpoints' base
 * config), and `examples.json`:
 * - `paths`: where an example is filed in the content repository, by file name (default posts/acme/post.md);
 * - `pngs`: files too big to commit, written at test time into the content root as a PNG signature padded
 *   with zeros to the given size in bytes.
 * The content root is a temporary copy of the examples folder, so examples can refer to media beside them.
 */
export interface RuleExamples {
  dir: string;
  config: string;
  paths: Record<string, string>;
  pngs: Record<string, number>;
}

/** A finding as the examples' expected JSON lists it: the message's place, severity, text and suggestions. */
export interface ExpectedFinding {
  line: number;
  column: number;
  severity: string;
  message: string;
  suggestions?: string[];
}

export const EXAMPLE_NAMES = ["good.md", "bad.md"] as const;

export function examplesDir(ruleId: string): string {
  return fileURLToPath(new URL(`../../src/rules/${ruleId}/examples/`, import.meta.url));
}

export function readExamples(ruleId: string): RuleExamples {
  const dir = examplesDir(ruleId);
  const optional = (name: string) => (existsSync(path.join(dir, name)) ? readFileSync(path.join(dir, name), "utf8") : undefined);
  const settings = JSON.parse(optional("examples.json") ?? "{}") as Partial<Pick<RuleExamples, "paths" | "pngs">>;
  return { dir, config: optional("checkpost.yml") ?? BASE_CONFIG, paths: settings.paths ?? {}, pngs: settings.pngs ?? {} };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Copies the examples folder to a temporary content root with the generated files; returns it and its cleanup. */
export function contentRoot(examples: RuleExamples): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), "checkpost-examples-"));
  cpSync(examples.dir, root, { recursive: true });
  for (const [file, size] of Object.entries(examples.pngs)) {
    writeFileSync(path.join(root, file), Buffer.concat([PNG_SIGNATURE, Buffer.alloc(size - PNG_SIGNATURE.length)]));
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export function expectedFinding(message: Message): ExpectedFinding {
  const { line, column, severity, message: text, suggestions } = message;
  return { line, column, severity, message: text, ...(suggestions?.length ? { suggestions } : {}) };
}
