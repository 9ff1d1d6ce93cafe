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
  /** The last line each id (or "*" for every rule) is hidden on: each id ends at its own enable. */
  toLine: Map<string, number>;
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
  const { suppressions, strayEnables } = parseSuppressions(post);
  if (suppressions.length === 0 && strayEnables.length === 0) return messages;
  const kept = messages.filter((m) => {
    if (UNSUPPRESSIBLE.has(m.ruleId)) return true;
    let hidden = false;
    for (const s of suppressions) {
      const id = s.ids.length === 0 ? "*" : s.ids.includes(m.ruleId) ? m.ruleId : undefined;
      if (id === undefined || m.line < s.fromLine || m.line > (s.toLine.get(id) ?? 0)) continue;
      s.used.add(id);
      hidden = true;
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
  for (const e of strayEnables) {
    kept.push({
      ruleId: "unused-suppression",
      severity: "info",
      ...post.spanAt(e.start, e.end),
      message: `checkpost-enable${e.ids.length ? ` for ${e.ids.map((id) => `"${id}"`).join(", ")}` : ""} closes no checkpost-disable above it; remove it`,
    });
  }
  return kept;
}

function parseSuppressions(post: ParsedPost): { suppressions: Suppression[]; strayEnables: Directive[] } {
  const body = post.text.slice(post.bodyOffset);
  if (!body.includes("checkpost-")) return { suppressions: [], strayEnables: [] };
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
  const closing = new Set<Directive>();
  directives.forEach((d, index) => {
    if (d.kind === "disable-next-line") {
      const only = d.line + 1;
      out.push({
        directive: d,
        ids: d.ids,
        fromLine: only,
        toLine: new Map((d.ids.length ? d.ids : ["*"]).map((id) => [id, only])),
        used: new Set(),
      });
    } else if (d.kind === "disable") {
      // Each id ends at the first later enable naming it (or naming none); "every rule" only at an enable naming none.
      const later = directives.slice(index + 1).filter((e) => e.kind === "enable");
      const toLine = new Map<string, number>();
      for (const id of d.ids.length ? d.ids : ["*"]) {
        const enable = later.find((e) => e.ids.length === 0 || (id !== "*" && e.ids.includes(id)));
        if (enable) closing.add(enable);
        toLine.set(id, enable?.line ?? lastLine);
      }
      out.push({ directive: d, ids: d.ids, fromLine: d.line, toLine, used: new Set() });
    }
  });
  const strayEnables = directives.filter((d) => d.kind === "enable" && !closing.has(d));
  return { suppressions: out, strayEnables };
}
