import type { Message, Report } from "../types.js";

/** Workflow-command escaping, as @actions/core does it: data escapes % CR LF; properties also : and ,. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const COMMAND: Record<Message["severity"], string> = { error: "error", warning: "warning", info: "notice" };

export function formatGithubAnnotation(path: string, m: Message): string {
  const props = [`file=${escapeProperty(path)}`, `line=${m.line}`, `col=${m.column}`];
  if (m.endLine !== undefined) props.push(`endLine=${m.endLine}`);
  if (m.endColumn !== undefined && (m.endLine === undefined || m.endLine === m.line)) props.push(`endColumn=${m.endColumn}`);
  props.push(`title=${escapeProperty(`checkpost ${m.ruleId}`)}`);
  const text = m.suggestions?.length ? `${m.message} (suggestions: ${m.suggestions.join(", ")})` : m.message;
  return `::${COMMAND[m.severity]} ${props.join(",")}::${escapeData(text)}`;
}

export interface SummaryOptions {
  /** The report holds checkpost.yml's own errors: no post was checked. */
  configError?: boolean;
}

export function formatGithub(report: Report, options: SummaryOptions = {}): string {
  const lines: string[] = [];
  for (const file of report.files) for (const m of file.messages) lines.push(formatGithubAnnotation(file.path, m));
  lines.push(summaryLine(report, options));
  return lines.join("\n");
}

export function summaryLine(report: Report, options: SummaryOptions = {}): string {
  const files = report.posts ?? report.files.length;
  if (options.configError) {
    return `checkpost: ${report.files.map((f) => f.path).join(", ")} has ${report.errors} ${report.errors === 1 ? "error" : "errors"}; no post was checked`;
  }
  const infos = report.files.reduce((n, f) => n + f.messages.filter((m) => m.severity === "info").length, 0);
  const parts = [
    `${report.errors} ${report.errors === 1 ? "error" : "errors"}`,
    `${report.warnings} ${report.warnings === 1 ? "warning" : "warnings"}`,
  ];
  if (infos) parts.push(`${infos} info`);
  return `checkpost: ${files} ${files === 1 ? "post" : "posts"} checked, ${parts.join(", ")}`;
}
