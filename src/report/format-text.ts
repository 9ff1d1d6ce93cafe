import type { Message, Report } from "../types.js";
import { type SummaryOptions, summaryLine } from "./format-github.js";

export interface TextStyle extends SummaryOptions {
  color: boolean;
}

const codes = { red: [31, 39], yellow: [33, 39], blue: [34, 39], dim: [2, 22], bold: [1, 22], green: [32, 39] } as const;
type Paint = (name: keyof typeof codes, text: string) => string;

/**
 * eslint-stylish-like, one finding a line as `path:line:col  severity  message  rule`,
 * so terminals and editors can jump to it; a summary line last.
 */
export function formatText(report: Report, style: TextStyle): string {
  const paint: Paint = (name, text) => (style.color ? `\u001b[${codes[name][0]}m${text}\u001b[${codes[name][1]}m` : text);
  const out: string[] = [];
  for (const file of report.files) {
    if (file.messages.length === 0) continue;
    const rows = file.messages.map((m) => row(file.path, m));
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
    for (const [i, m] of file.messages.entries()) {
      const [where = "", severity = "", message = "", rule = ""] = rows[i] ?? [];
      out.push(
        [
          where.padEnd(widths[0] ?? 0),
          paint(m.severity === "error" ? "red" : m.severity === "warning" ? "yellow" : "blue", severity.padEnd(widths[1] ?? 0)),
          message,
          paint("dim", rule),
        ].join("  "),
      );
    }
    out.push("");
  }
  const summary = summaryLine(report, style);
  const mark = report.errors ? paint("red", "✖") : report.warnings ? paint("yellow", "⚠") : paint("green", "✔");
  out.push(`${mark} ${paint("bold", summary.replace(/^checkpost: /, ""))}`);
  return out.join("\n");
}

function row(path: string, m: Message): string[] {
  const suggestion = m.suggestions?.length ? ` (did you mean ${m.suggestions.map((s) => `"${s}"`).join(", ")}?)` : "";
  return [`${path}:${m.line}:${m.column}`, m.severity, `${m.message}${suggestion}`, m.ruleId];
}
