import { createHash } from "node:crypto";
import type { CheckConclusion, CheckRunAnnotation, GitHubApi } from "../github/api.js";
import type { FileReport, Message } from "../types.js";

export const CHECK_RUN_NAME = "checkpost";
/** Marks checkpost's own check run among any others of the same name on a commit. */
export const CHECK_RUN_EXTERNAL_ID = "checkpost:review";
/** GitHub takes at most 50 annotations per request; further batches are appended by updates. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on a check run's summary and text. */
const OUTPUT_MAX = 65_535;

const LEVEL: Record<Message["severity"], CheckRunAnnotation["annotation_level"]> = {
  error: "failure",
  warning: "warning",
  info: "notice",
};

export function toAnnotations(files: readonly FileReport[]): CheckRunAnnotation[] {
  const annotations: CheckRunAnnotation[] = [];
  for (const file of files) {
    for (const m of file.messages) {
      const endLine = m.endLine ?? m.line;
      annotations.push({
        path: file.path,
        start_line: m.line,
        end_line: endLine,
        // GitHub accepts columns only on single-line annotations.
        ...(endLine === m.line ? { start_column: m.column, end_column: m.endColumn ?? m.column } : {}),
        annotation_level: LEVEL[m.severity],
        message: m.suggestions?.length ? `${m.message} (suggestions: ${m.suggestions.join(", ")})` : m.message,
        title: `checkpost ${m.ruleId}`,
      });
    }
  }
  return annotations;
}

export interface CheckRunReport {
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  text?: string;
  annotations: CheckRunAnnotation[];
  detailsUrl?: string;
}

/**
 * Publishes the `checkpost` check run of a commit. GitHub appends annotations on every update and
 * cannot remove them, so an existing run is updated in place only when it already carries exactly
 * this set of annotations (fingerprinted in its summary, and all of them: an interrupted run has
 * fewer); otherwise a new run is created, and GitHub shows (and branch protection reads) the latest
 * run of a name. A re-run with the same findings therefore adds nothing, and a run whose findings
 * changed never keeps stale annotations. Returns the check run id.
 */
export async function publishCheckRun(api: GitHubApi, report: CheckRunReport): Promise<number> {
  const fingerprint = `<!-- checkpost:annotations ${fingerprintOf(report.annotations)} -->`;
  const summary = `${clip(report.summary, OUTPUT_MAX - fingerprint.length - 1)}\n${fingerprint}`;
  const output = (annotations: CheckRunAnnotation[]) => ({
    title: report.title,
    summary,
    ...(report.text ? { text: clip(report.text, OUTPUT_MAX) } : {}),
    ...(annotations.length ? { annotations } : {}),
  });

  const existing = await api.findCheckRun(report.headSha, CHECK_RUN_NAME, CHECK_RUN_EXTERNAL_ID);
  const complete = existing?.summary?.includes(fingerprint) === true && existing.annotationsCount === report.annotations.length;
  if (existing && complete) {
    await api.updateCheckRun(existing.id, { status: "completed", conclusion: report.conclusion, output: output([]) });
    return existing.id;
  }
  const [first = [], ...rest] = batchesOf(report.annotations);
  const id = await api.createCheckRun({
    name: CHECK_RUN_NAME,
    headSha: report.headSha,
    externalId: CHECK_RUN_EXTERNAL_ID,
    status: "completed",
    conclusion: report.conclusion,
    ...(report.detailsUrl ? { detailsUrl: report.detailsUrl } : {}),
    output: output(first),
  });
  for (const batch of rest) await api.updateCheckRun(id, { output: output(batch) });
  return id;
}

function batchesOf(annotations: CheckRunAnnotation[]): CheckRunAnnotation[][] {
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return batches;
}

function fingerprintOf(annotations: CheckRunAnnotation[]): string {
  return createHash("sha256").update(JSON.stringify(annotations)).digest("hex").slice(0, 16);
}

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = "\n\n… (cut to fit GitHub's limit)";
  return text.slice(0, max - note.length) + note;
}
