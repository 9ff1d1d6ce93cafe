/**
 * The job summary of a publishing run, in Markdown: what was published (with links), what waits and until when,
 * what the guard refused and why, what the first run adopted, and the blast-radius block with the confirm value.
 * Pure: built from the plan, the outcomes and the refusals.
 */
import type { Intent } from "./intents.js";
import type { Outcome } from "./run-plan.js";

export interface Refusal {
  path: string;
  /** The channel, for an account that does not match the config; absent for the whole post. */
  channel?: string;
  reason: string;
  todo: string;
}

export interface SummaryInput {
  branch: string;
  headSha: string;
  dryRun: boolean;
  intents: readonly Intent[];
  /** Undefined in a dry run: nothing was applied. */
  outcomes: readonly Outcome[] | undefined;
  refusals: readonly Refusal[];
  pause?: { issue: number; url?: string };
  /** A person's resolution applied by this run, in words. */
  resolved?: string;
  /** The retrospective issues of this run's takedowns. */
  retrospectives?: readonly { path: string; state: string; number?: number; url?: string; detail?: string; patterns?: string[] }[];
}

const ADOPTED_LISTED = 50;
const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderSummary(input: SummaryInput): string {
  const lines: string[] = [];
  const published = (input.outcomes ?? []).filter((o) => o.kind === "published");
  const waits = input.intents.filter((i): i is Extract<Intent, { kind: "wait" }> => i.kind === "wait");
  const blocked = input.intents.filter((i): i is Extract<Intent, { kind: "blocked" }> => i.kind === "blocked");
  const adopted = input.intents.filter((i): i is Extract<Intent, { kind: "adopt" }> => i.kind === "adopt");
  const planned = input.intents.filter((i) => i.kind === "publish" || i.kind === "resolve_claim");

  lines.push(`## checkpost publish: ${input.branch} at \`${input.headSha.slice(0, 7)}\``, "");
  if (input.dryRun) lines.push("> **Dry run:** the plan below was computed; nothing was published, recorded or commented.", "");
  if (input.pause)
    lines.push(`> **Paused by #${input.pause.issue}**: nothing is published while that issue is open; close it to resume.`, "");
  if (input.resolved) lines.push(`> ${input.resolved}`, "");
  const counts = [
    `${input.dryRun ? planned.length : published.length} ${input.dryRun ? "to publish" : "published"}`,
    `${waits.length} waiting`,
    `${input.refusals.length} refused`,
    `${blocked.length} blocked by the blast-radius limit`,
  ];
  lines.push(counts.join(" · "), "");

  if (blocked.length > 0) {
    const reason = blocked[0]?.reason ?? "";
    const n = /run manually with confirm: (\d+)/.exec(reason)?.[1] ?? String(blocked.length);
    lines.push(
      "### Blast radius: nothing published",
      "",
      `${cell(reason)}`,
      "",
      `If every post below should go out now, run the workflow by hand (Actions → checkpost-publish → Run workflow) with **confirm: ${n}**.`,
      "",
      ...blocked.map((b) => `- \`${b.post.path}\``),
      "",
    );
  }

  if (published.length > 0) {
    lines.push("### Published", "", "| post | channel | where |", "|---|---|---|");
    for (const o of published)
      lines.push(
        `| \`${postOf(o.intent)}\` | ${o.channel ?? ""} | ${o.publication ? `[${cell(o.publication.url)}](${o.publication.url})` : ""} |`,
      );
    lines.push("");
  }

  const down = (input.outcomes ?? []).filter((o) => o.kind === "taken_down" && o.publication);
  if (down.length > 0) {
    lines.push("### Taken down", "", "| post | channel | was at |", "|---|---|---|");
    for (const o of down) lines.push(`| \`${postOf(o.intent)}\` | ${o.channel ?? ""} | ${o.publication ? cell(o.publication.url) : ""} |`);
    lines.push("");
  }
  const corrected = (input.outcomes ?? []).filter((o) => o.kind === "corrected");
  if (corrected.length > 0) {
    lines.push("### Corrected", "", "| post | channel | how | where |", "|---|---|---|---|");
    for (const o of corrected)
      lines.push(
        `| \`${postOf(o.intent)}\` | ${o.channel ?? ""} | ${cell(o.detail ?? "")} | ${o.publication ? cell(o.publication.url) : ""} |`,
      );
    lines.push("");
  }
  const manual = (input.outcomes ?? []).filter((o) => o.kind === "manual_takedown");
  if (manual.length > 0) {
    lines.push("### Manual takedown required", "");
    for (const o of manual) lines.push(`- \`${postOf(o.intent)}\` on **${o.channel ?? ""}**: ${cell(o.detail ?? "")}`);
    lines.push(
      "",
      "Delete it on the platform by hand, then run the workflow by hand with `takedown: <post path> <channel> removed`: the ledger keeps it live until then.",
      "",
    );
  }
  const retros = input.retrospectives ?? [];
  if (retros.length > 0) {
    lines.push("### Retrospectives", "");
    for (const r of retros) {
      const link = r.number ? (r.url ? `[#${r.number}](${r.url})` : `#${r.number}`) : "";
      const words: Record<string, string> = {
        opened: `opened ${link}`,
        found: `found ${link} (opened by an earlier attempt)`,
        exists: `already open: ${link}`,
        held: "being opened by another run",
        failed: "could not be opened; the next run tries again",
        none: "no retrospective",
      };
      lines.push(`- \`${r.path}\`: ${words[r.state] ?? r.state}${r.detail ? ` (${cell(r.detail)})` : ""}`);
      for (const p of r.patterns ?? []) lines.push(`  - ${cell(p.split("\n").filter((l) => l && !l.startsWith("<!--"))[0] ?? "")}`);
    }
    lines.push("");
  }

  if (input.refusals.length > 0) {
    lines.push("### Refused by the publish guard", "", "| post | reason | what to do |", "|---|---|---|");
    for (const r of input.refusals)
      lines.push(`| \`${r.path}\`${r.channel ? ` (${r.channel})` : ""} | ${cell(r.reason)} | ${cell(r.todo)} |`);
    lines.push("");
  }

  const problems = (input.outcomes ?? []).filter((o) => ["failed", "unknown", "in_doubt"].includes(o.kind));
  if (problems.length > 0) {
    lines.push("### Needs attention", "", "| post | channel | state | detail |", "|---|---|---|---|");
    for (const o of problems) lines.push(`| \`${postOf(o.intent)}\` | ${o.channel ?? ""} | ${o.kind} | ${cell(o.detail ?? "")} |`);
    lines.push("");
    if (problems.some((o) => o.kind === "in_doubt")) {
      lines.push(
        "An in-doubt publication may or may not be live: look on the platform, then run the workflow by hand with `resolve: <post path> <channel> published <url>` or `resolve: <post path> <channel> retry`.",
        "",
      );
    }
  }

  if (waits.length > 0) {
    lines.push("### Waiting", "", "| post | until | why |", "|---|---|---|");
    for (const w of waits) lines.push(`| \`${w.post.path}\` | ${w.until ?? "—"} | ${cell(w.reason)} |`);
    lines.push("");
  }

  if (adopted.length > 0) {
    lines.push(
      "### Adopted on the ledger's first run",
      "",
      `${adopted.length} post(s) were on the branch when checkpost's ledger started: they are recorded as published by hand (or never) and will never be published by checkpost.`,
      "",
      ...adopted.slice(0, ADOPTED_LISTED).map((a) => `- \`${a.post.path}\``),
      ...(adopted.length > ADOPTED_LISTED ? [`- … and ${adopted.length - ADOPTED_LISTED} more (see index.json on the ledger branch)`] : []),
      "",
    );
  }

  const other = input.intents.filter((i) => !["wait", "blocked", "adopt", "publish", "resolve_claim", "start_ledger"].includes(i.kind));
  if (other.length > 0 || planned.length > 0) {
    lines.push("### Plan", "", "| post | what | why |", "|---|---|---|");
    for (const i of [...planned, ...other]) lines.push(`| \`${postOf(i)}\` | ${kindOf(i)} | ${cell(i.reason)} |`);
    lines.push("");
  }
  return lines.join("\n");
}

function postOf(intent: Intent): string {
  if ("post" in intent) return intent.post.path;
  return "row" in intent ? intent.row.path : "(ledger)";
}

function kindOf(intent: Intent): string {
  return "channel" in intent ? `${intent.kind} on ${intent.channel.id}` : intent.kind.replace(/_/g, " ");
}
