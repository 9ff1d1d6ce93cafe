import { createHash } from "node:crypto";
import type { CheckConclusion, CheckRunAnnotation, GitHubApi } from "../github/api.js";
import type { FileReport, Message } from "../types.js";

export const CHECK_RUN_NAME = "checkpost";
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
 * Creates the one `checkpost` check run of a commit, or updates it when a run (or a re-run) already
 * made it, then sends the annotations 50 at a time. GitHub appends annotations across updates and
 * cannot remove them, so a run that already carries this exact set (fingerprinted in its summary)
 * gets none again. Returns the check run id.
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
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < report.annotations.length; i += ANNOTATIONS_PER_REQUEST) {
    batches.push(report.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  }

  const existing = await api.findCheckRun(report.headSha, CHECK_RUN_NAME);
  const alreadyAnnotated = existing?.summary?.includes(fingerprint) === true && existing.annotationsCount === report.annotations.length;
  const toSend = alreadyAnnotated ? [] : batches;
  const [first = [], ...rest] = toSend;
  let id: number;
  if (existing) {
    id = existing.id;
    await api.updateCheckRun(id, { status: "completed", conclusion: report.conclusion, output: output(first) });
  } else {
    id = await api.createCheckRun({
      name: CHECK_RUN_NAME,
      headSha: report.headSha,
      status: "completed",
      conclusion: report.conclusion,
      ...(report.detailsUrl ? { detailsUrl: report.detailsUrl } : {}),
      output: output(first),
    });
  }
  for (const batch of rest) await api.updateCheckRun(id, { output: output(batch) });
  return id;
}

function fingerprintOf(annotations: CheckRunAnnotation[]): string {
  return createHash("sha256").update(JSON.stringify(annotations)).digest("hex").slice(0, 16);
}

export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = "\n\n… (cut to fit GitHub's limit)";
  return text.slice(0, max - note.length) + note;
}
