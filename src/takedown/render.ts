/**
 * The retrospective issue, rendered by checkpost (issue forms apply only in GitHub's web UI): short, for people.
 * What went out and where, for how long, who wrote, approved and reverted it, the facts and who provided each,
 * the findings accepted or suppressed at merge, and one line to fill in: the kind of mistake, with its questions.
 * A hidden marker carries the takedown's ledger id (to find the issue again) and what patterns are counted by.
 * Pure: the data in, the title and body out.
 */
import { KINDS, type MistakeKind } from "./kinds.js";

export const RETROSPECTIVE_LABEL = "checkpost:retrospective";
export const PATTERN_LABEL = "pattern";

export interface RetroChannel {
  id: string;
  type: string;
  /** Where it was (a link, now removed). */
  url?: string;
  /** The text this channel got. */
  text?: string;
  liveFrom?: string;
  /** When it was removed; absent while a manual takedown is still needed. */
  liveTo?: string;
  /** Set when checkpost could not remove it: what a person must do. */
  manual?: string;
}

export interface RetroPerson {
  login: string;
  at?: string;
  /** A link to their review at the approved commit. */
  url?: string;
}

export interface RetroFact {
  claim: string;
  source: string;
  providedBy: string;
  note?: string;
}

export interface RetroFinding {
  rule: string;
  severity: string;
  line: number;
  message: string;
}

/** What the hidden marker carries: enough to count patterns without reading the ledger. */
export interface RetroMeta {
  id: string;
  client: string;
  author?: string;
  /** When the post was taken down (ISO 8601). */
  at: string;
  kind?: MistakeKind;
}

export interface RetrospectiveData {
  meta: RetroMeta;
  path: string;
  clientName?: string;
  channels: RetroChannel[];
  pullRequest?: { number: number; url?: string; title?: string };
  contact?: RetroPerson;
  second: RetroPerson[];
  /** Who took it down, how, and the revert's title and description. */
  takedown: {
    by?: string;
    emergency?: boolean;
    revert?: { number: number; url?: string; title?: string; body?: string };
    commit?: string;
    run?: string;
  };
  facts: RetroFact[];
  accepted: RetroFinding[];
  /** The suppression comments the post carried (`<!-- checkpost-disable … -->`). */
  suppressed: string[];
  /** When a correction changed the facts, what changed (a correction's retrospective). */
  correction?: string;
  /** Assignees GitHub refused (not assignable in this repository): said in the issue, not dropped silently. */
  refusedAssignees?: string[];
}

export const retrospectiveMarker = (meta: RetroMeta) => `<!-- checkpost:retrospective ${JSON.stringify(meta)} -->`;

/** The marker's metadata from an issue body, or undefined when the body carries none (or a broken one). */
export function parseMarker(body: string): RetroMeta | undefined {
  const found = /<!-- checkpost:retrospective (\{.*?\}) -->/.exec(body);
  if (!found) return undefined;
  try {
    const meta = JSON.parse(found[1] as string) as RetroMeta;
    return typeof meta.id === "string" && typeof meta.client === "string" && typeof meta.at === "string" ? meta : undefined;
  } catch {
    return undefined;
  }
}

const user = (p: RetroPerson | undefined) => (p ? `@${p.login}` : "unknown");
const date = (iso: string | undefined) => (iso ? iso.replace("T", " ").replace(/\.\d+Z$|Z$/, " UTC") : "—");
const quote = (text: string) =>
  text
    .split("\n")
    .map((l) => `> ${l}`)
    .join("\n");

/** How long something was live, in words: "3 h 12 min", "2 days 4 h". */
export function duration(from: string | undefined, to: string | undefined): string {
  if (!from || !to) return "—";
  const minutes = Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days} day${days === 1 ? "" : "s"}${hours ? ` ${hours} h` : ""}`;
  if (hours > 0) return `${hours} h${mins ? ` ${mins} min` : ""}`;
  return `${mins} min`;
}

export function retrospectiveTitle(data: RetrospectiveData): string {
  const what = data.correction ? "corrected" : "taken down";
  return `Retrospective: ${data.path} ${what} (${data.clientName ?? data.meta.client})`;
}

export function renderRetrospective(data: RetrospectiveData): { title: string; body: string } {
  const lines: string[] = [retrospectiveMarker(data.meta)];
  const manual = data.channels.filter((c) => c.manual);
  const how = data.takedown.emergency
    ? `an emergency takedown by @${data.takedown.by ?? "a person"}`
    : data.takedown.revert
      ? `the revert #${data.takedown.revert.number}`
      : `the removal of its file${data.takedown.by ? ` by @${data.takedown.by}` : ""}`;
  lines.push(
    data.correction
      ? `\`${data.path}\` (${data.clientName ?? data.meta.client}) was corrected after it was published: ${data.correction}`
      : `\`${data.path}\` (${data.clientName ?? data.meta.client}) was taken down after ${how}.`,
    "",
  );
  if (manual.length)
    lines.push(
      `> [!WARNING]\n> **Manual takedown required** on ${manual.map((c) => `${c.id}${c.url ? ` (${c.url})` : ""}`).join(", ")}: delete it there by hand, then confirm each with a manual run of checkpost-publish: ${manual.map((c) => `\`takedown: ${data.path} ${c.id} removed\``).join(", ")}.`,
      "",
    );

  lines.push("### What went out", "", "| channel | where | live from | to | for |", "|---|---|---|---|---|");
  for (const c of data.channels)
    lines.push(
      `| ${c.id} (${c.type}) | ${c.url ? `[link](${c.url})${c.manual ? " **still live**" : c.liveTo ? " (removed)" : ""}` : "—"} | ${date(c.liveFrom)} | ${c.manual ? "**still live**" : date(c.liveTo)} | ${c.manual ? "—" : duration(c.liveFrom, c.liveTo)} |`,
    );
  lines.push("");
  const texts = new Map<string, string[]>();
  for (const c of data.channels) if (c.text !== undefined) texts.set(c.text, [...(texts.get(c.text) ?? []), c.id]);
  for (const [text, ids] of texts) lines.push(`The text ${ids.join(", ")} got:`, "", quote(text), "");

  lines.push("### Who", "");
  lines.push(`- **Wrote it:** ${data.meta.author ? `@${data.meta.author}` : "unknown (no author in the front-matter)"}`);
  const approval = (p: RetroPerson) => `${user(p)}${p.at ? ` on ${date(p.at)}` : ""}${p.url ? ` ([review](${p.url}))` : ""}`;
  lines.push(`- **Approved it (client contact):** ${data.contact ? approval(data.contact) : "—"}`);
  lines.push(`- **Second approver:** ${data.second.length ? data.second.map(approval).join(", ") : "—"}`);
  if (data.pullRequest)
    lines.push(
      `- **Merged through:** ${data.pullRequest.url ? `[#${data.pullRequest.number}](${data.pullRequest.url})` : `#${data.pullRequest.number}`}${data.pullRequest.title ? ` ${data.pullRequest.title}` : ""}`,
    );
  const revert = data.takedown.revert;
  if (data.takedown.emergency)
    lines.push(
      `- **Taken down by:** @${data.takedown.by ?? "unknown"} (emergency run${data.takedown.run ? `, [run](${data.takedown.run})` : ""})`,
    );
  else if (revert) {
    lines.push(
      `- **Reverted by:** ${data.takedown.by ? `@${data.takedown.by}` : "unknown"} in ${revert.url ? `[#${revert.number}](${revert.url})` : `#${revert.number}`}: **${revert.title ?? ""}**`,
    );
    if (revert.body?.trim()) lines.push("", quote(revert.body.trim()));
  } else
    lines.push(
      `- **Removed by:** ${data.takedown.by ? `@${data.takedown.by}` : "unknown"}${data.takedown.commit ? ` in ${data.takedown.commit.slice(0, 7)}` : ""} (no pull request)`,
    );
  lines.push("");

  lines.push("### Facts", "");
  if (data.facts.length === 0) lines.push("The post listed no facts.");
  for (const f of data.facts)
    lines.push(`- ${f.claim} — provided by **${f.providedBy}**, source: ${f.source}${f.note ? ` (${f.note})` : ""}`);
  lines.push("");

  lines.push("### Checks at merge", "");
  if (data.accepted.length === 0 && data.suppressed.length === 0) lines.push("No finding was accepted or suppressed.");
  for (const f of data.accepted) lines.push(`- accepted ${f.severity} \`${f.rule}\` (line ${f.line}): ${f.message}`);
  for (const s of data.suppressed) lines.push(`- suppressed: \`${s}\``);
  lines.push("");

  lines.push("### What kind of mistake? (tick one, or add a `mistake:<kind>` label)", "");
  for (const k of KINDS) lines.push(`- [${data.meta.kind === k.kind ? "x" : " "}] ${k.title}`);
  lines.push("", "<details><summary>Questions for that kind (answer in a comment, a few lines)</summary>", "");
  for (const k of KINDS) lines.push(`**${k.title}**`, ...k.questions.map((q) => `- ${q}`), "");
  lines.push("</details>", "");
  if (data.refusedAssignees?.length)
    lines.push(
      `Not assigned (GitHub does not allow assigning them in this repository): ${data.refusedAssignees.map((l) => `@${l}`).join(", ")}.`,
      "",
    );
  return { title: retrospectiveTitle(data), body: lines.join("\n") };
}
