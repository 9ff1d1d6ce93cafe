import type { Report } from "../types.js";

/** The public JSON shape: `{files:[{path,messages:[...]}],errors,warnings}`. One object, one line. */
export function formatJson(report: Report): string {
  return JSON.stringify({
    files: report.files.map((f) => ({
      path: f.path,
      messages: f.messages.map((m) => ({
        ruleId: m.ruleId,
        severity: m.severity,
        line: m.line,
        column: m.column,
        ...(m.endLine !== undefined ? { endLine: m.endLine, endColumn: m.endColumn } : {}),
        message: m.message,
        ...(m.suggestions?.length ? { suggestions: m.suggestions } : {}),
      })),
    })),
    errors: report.errors,
    warnings: report.warnings,
  });
}
