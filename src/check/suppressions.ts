import type { ParsedPost } from "../post/parsed-post.js";
import type { Message } from "../types.js";

/**
 * Findings no comment can hide, and why: a writer's comment must not silence the checks that protect the
 * client (the approver reads the preview, not the Markdown source). The reports on suppressions themselves
 * cannot be hidden either.
 */
const UNSUPPRESSIBLE: ReadonlyMap<string, string> = new Map([
  ["schema", "fix the front-matter"],
  ["wrong-account", "a post must only go to its own client's channels"],
  ["media", "a media file must exist inside the repository"],
  ["sensitive-topic", "acknowledge the topic under sensitive: with a reason"],
  ["suppression", ""],
  ["unused-suppression", ""],
]);
const DIRECTIVE_RE = /<!--\s*checkpost-(disable-next-line|disable|enable)\b([\s\S]*?)-->/g;

interface Directive {
  kind: "disable-next-line" | "disable" | "enable";
  /** Rule ids; empty means every rule. */
  ids: string[];
  start: number;
  end: number;
  line: number;
}

interface Suppression {
  directive: Directive;
  ids: string[];
  fromLine: number;
  toLine: number;
  /** Ids (or "*") that hid at least one message. */
  used: Set<string>;
}

/**
 * Applies `<!-- checkpost-disable-next-line ids -->` and `<!-- checkpost-disable ids -->` …
 * `<!-- checkpost-enable ids -->` comments in the post body (ids separated by commas or spaces; none: every
 * rule). A disable without an enable lasts to the end of the file. Every suppression (or id of one) that hid
 * nothing is reported as info under `unused-suppression`, so stale comments do not pile up.
 */
export function applySuppressions(post: ParsedPost, messages: Message[], knownRuleIds: readonly string[]): Message[] {
  const suppressions = parseSuppressions(post);
  if (suppressions.length === 0) return messages;
  const kept = messages.filter((m) => {
    if (UNSUPPRESSIBLE.has(m.ruleId)) return true;
    let hidden = false;
    for (const s of suppressions) {
      if (m.line < s.fromLine || m.line > s.toLine) continue;
      if (s.ids.length === 0) {
        s.used.add("*");
        hidden = true;
      } else if (s.ids.includes(m.ruleId)) {
        s.used.add(m.ruleId);
        hidden = true;
      }
    }
    return !hidden;
  });
  for (const s of suppressions) {
    const where = post.spanAt(s.directive.start, s.directive.end);
    const note = (severity: Message["severity"], ruleId: string, message: string) => kept.push({ ruleId, severity, ...where, message });
    // What a comment hid is shown to reviewers (in annotations and the preview) rather than silently gone.
    if (s.used.size) {
      const what = s.used.has("*") ? "every rule" : [...s.used].map((id) => `"${id}"`).join(", ");
      note("info", "suppression", `checkpost-${s.directive.kind} hides findings of ${what} here`);
    }
    for (const id of s.ids.filter((x) => UNSUPPRESSIBLE.has(x))) {
      note("warning", "unused-suppression", `"${id}" cannot be suppressed by a comment: ${UNSUPPRESSIBLE.get(id)}`);
    }
    const unused = s.ids.length === 0 ? (s.used.size ? [] : ["*"]) : s.ids.filter((id) => !s.used.has(id) && !UNSUPPRESSIBLE.has(id));
    for (const id of unused) {
      const what = id === "*" ? "for every rule" : `for "${id}"`;
      const why = id !== "*" && !knownRuleIds.includes(id) ? ` ("${id}" is not a rule id; see checkpost rules)` : "";
      note("info", "unused-suppression", `checkpost-${s.directive.kind} ${what} suppresses nothing${why}; remove it`);
    }
  }
  return kept;
}

function parseSuppressions(post: ParsedPost): Suppression[] {
  const body = post.text.slice(post.bodyOffset);
  if (!body.includes("checkpost-")) return [];
  const directives: Directive[] = [];
  for (const m of body.matchAll(DIRECTIVE_RE)) {
    const start = post.bodyOffset + m.index;
    const end = start + m[0].length;
    directives.push({
      kind: m[1] as Directive["kind"],
      ids: (m[2] ?? "").split(/[\s,]+/).filter(Boolean),
      start,
      end,
      line: post.lines.position(end).line,
    });
  }
  const lastLine = post.lines.lineCount;
  const out: Suppression[] = [];
  directives.forEach((d, index) => {
    if (d.kind === "disable-next-line") {
      out.push({ directive: d, ids: d.ids, fromLine: d.line + 1, toLine: d.line + 1, used: new Set() });
    } else if (d.kind === "disable") {
      const closer = directives
        .slice(index + 1)
        .find((e) => e.kind === "enable" && (e.ids.length === 0 || d.ids.every((id) => e.ids.includes(id))));
      out.push({ directive: d, ids: d.ids, fromLine: d.line, toLine: closer?.line ?? lastLine, used: new Set() });
    }
  });
  return out;
}
