/** What every checkpoint reports. This shape is a public interface (`--format json`): add fields, never change them. */
export type Severity = "error" | "warning" | "info";
export type SeveritySetting = Severity | "off";

export interface Message {
  ruleId: string;
  severity: Severity;
  /** 1-based line in the original file. */
  line: number;
  /** 1-based column in the original file, counted in UTF-16 code units like editors and GitHub do. */
  column: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  suggestions?: string[];
}

/**
 * File order: by line, then column, then rule id, so reports are stable. Sorts in place. Rule ids are compared
 * by code units: for ids of lower-case letters and hyphens that is localeCompare's order too, without the
 * collator it loads (about 10 ms of a one-post check, on its first tie).
 */
export function sortByPosition(messages: Message[]): Message[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

export interface FileReport {
  /** Path relative to the working directory (or the content root), with forward slashes. */
  path: string;
  messages: Message[];
}

export interface Report {
  files: FileReport[];
  errors: number;
  warnings: number;
  /** How many posts were checked, when `files` also holds checkpost.yml's own findings (default: every file). */
  posts?: number;
}

/** A position span inside a file. */
export interface Span {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** An error the user must fix before anything can run (bad config, bad usage). Never printed with a stack. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly span?: Span,
  ) {
    super(message);
    this.name = "UserError";
  }
}
