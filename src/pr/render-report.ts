import { APPROVAL_CONTEXT } from "../approval/approval-status.js";
import type { GateResult } from "../approval/gate.js";
import type { ResolvedConfig } from "../config/types.js";
import type { ValidPost } from "../post/valid-post.js";
import { plural } from "../text/plural.js";
import type { Message } from "../types.js";
import type { PostChange } from "./changed-posts.js";
import { channelPreview } from "./channel-preview.js";
import { clip } from "./check-run.js";

export interface CheckedPost {
  change: PostChange;
  /** Set when the front-matter is valid and its client exists. */
  post?: ValidPost;
  /** The `client` the post names, even when its front-matter is otherwise invalid (it still needs that client's approval). */
  client?: string;
  messages: Message[];
}

export interface ConfigReview {
  path: string;
  /** Problems of the base branch's config (then nothing else was checked). */
  baseMessages: Message[];
  /** The pull request changes the config: problems of the new one (empty when valid). */
  changedMessages?: Message[];
}

export interface ReviewView {
  headSha: string;
  posts: readonly CheckedPost[];
  deleted: readonly PostChange[];
  config: ConfigReview;
  resolved: ResolvedConfig | undefined;
  approval: GateResult | undefined;
  errors: number;
  warnings: number;
}

const ICON: Record<Message["severity"], string> = { error: "❌", warning: "⚠️", info: "ℹ️" };
const APPROVAL_ICON = { success: "✅", pending: "⏳", failure: "❌" } as const;

export function headline(view: ReviewView): string {
  const n = view.posts.length;
  return `checkpost: ${plural(n, "changed post")}, ${plural(view.errors, "error")}, ${plural(view.warnings, "warning")}`;
}

/**
 * The review as Markdown: the sticky comment, the job summary and the check run's text share it.
 * Posts that do not fit `budget` characters are listed by name only.
 */
export function renderReview(view: ReviewView, budget = 60_000): string {
  const head: string[] = [`## ${headline(view)}`, ""];
  if (view.approval) {
    head.push(
      `**Approval** (\`${APPROVAL_CONTEXT}\`): ${APPROVAL_ICON[view.approval.state]} ${view.approval.state}: ${view.approval.description}`,
      "",
    );
  }
  head.push(...renderConfig(view.config));
  if (view.deleted.length)
    head.push(
      `**Deleted posts:** ${listed(
        view.deleted.map((d) => d.repoPath),
        50,
      )}`,
      "",
    );
  if (view.posts.length === 0 && view.config.baseMessages.length === 0) head.push("No posts changed.", "");

  const out = [...head];
  let used = out.join("\n").length;
  const left: string[] = [];
  for (const checked of view.posts) {
    const section = renderPost(checked, view.resolved).join("\n");
    if (left.length === 0 && used + section.length < budget) {
      out.push(section);
      used += section.length + 1;
    } else left.push(checked.change.repoPath);
  }
  if (left.length) out.push(`… and ${left.length} more (see the check run for their findings): ${listed(left, 50)}`, "");
  out.push(`<sub>checked at ${view.headSha.slice(0, 7)}</sub>`);
  return clip(out.join("\n"), COMMENT_MAX);
}

/** GitHub refuses a comment body over 65,536 characters (a 422 would fail the whole step). */
const COMMENT_MAX = 65_000;

/** Up to `max` names as code, then how many more. */
function listed(names: readonly string[], max: number): string {
  const shown = names.slice(0, max).map((n) => `\`${n}\``);
  return names.length > max ? `${shown.join(", ")} and ${names.length - max} more` : shown.join(", ");
}

function renderConfig(config: ConfigReview): string[] {
  const out: string[] = [];
  if (config.baseMessages.length) {
    out.push(`**\`${config.path}\` on the base branch has problems**; no post was checked:`, "", ...findingList(config.baseMessages), "");
  }
  if (config.changedMessages) {
    const verdict = config.changedMessages.length
      ? `the new version has ${config.changedMessages.length} problem${config.changedMessages.length === 1 ? "" : "s"}:`
      : "the new version is valid.";
    out.push(
      `**This pull request changes \`${config.path}\`**: posts are checked and approved with the base branch's config until it is merged; ${verdict}`,
      "",
      ...findingList(config.changedMessages),
    );
    if (config.changedMessages.length) out.push("");
  }
  return out;
}

function renderPost(checked: CheckedPost, config: ResolvedConfig | undefined): string[] {
  const { change, post } = checked;
  const renamed = change.previousFilename ? ` from \`${change.previousFilename}\`` : "";
  const out = [`### \`${change.repoPath}\` (${change.status}${renamed})${post?.data.title ? `: ${cell(post.data.title)}` : ""}`, ""];
  if (post && config) {
    const data = post.data;
    const client = config.clients.get(data.client);
    out.push(
      `- **Client:** ${client ? `${cell(client.name)} (\`${client.id}\`), contact @${client.contact}` : `\`${data.client}\``}`,
      `- **Channels:** ${data.channels.map((c) => `\`${c}\``).join(", ")}`,
      `- **Schedule:** ${data.publish_at ? data.publish_at : "on merge"}`,
    );
    if (data.reply_to) out.push(`- **Reply to:** ${data.reply_to}`);
    out.push("");
    for (const channelId of data.channels) {
      const channel = config.channels.get(channelId);
      if (!channel) continue;
      const preview = channelPreview(post, channel);
      const over = preview.limit !== undefined && preview.length > preview.limit;
      const length =
        preview.limit === undefined ? `${preview.length} ${preview.unit}` : `${preview.length}/${preview.limit} ${preview.unit}`;
      out.push(
        `**${channelId}** (${preview.type}${preview.fromVariant ? ", variant" : ""}): ${length} ${over ? "❌ over the limit" : "✅"}`,
        "",
        fence(preview.text),
        "",
      );
    }
    if (data.media?.length) {
      out.push(
        "| media | alt text |",
        "|---|---|",
        ...data.media.map((m) => `| \`${cell(m.file)}\` | ${m.alt ? cell(m.alt) : "❌ missing"} |`),
        "",
      );
    }
    if (data.facts?.length) {
      out.push(
        "| fact | source | provided by |",
        "|---|---|---|",
        ...data.facts.map((f) => `| ${cell(f.claim)} | ${cell(f.source)} | ${f.provided_by}${f.note ? ` (${cell(f.note)})` : ""} |`),
        "",
      );
    }
  }
  out.push(checked.messages.length ? "**Findings:**" : "**Findings:** none ✅", "");
  if (checked.messages.length) out.push(...findingList(checked.messages), "");
  return out;
}

function findingList(messages: readonly Message[]): string[] {
  return messages.map(
    (m) =>
      `- ${ICON[m.severity]} line ${m.line}:${m.column} \`${m.ruleId}\`: ${inline(m.message)}${m.suggestions?.length ? ` (suggestions: ${m.suggestions.map(inline).join(", ")})` : ""}`,
  );
}

/** A code fence longer than any backtick run in the text, so the text cannot close it. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}text\n${text}\n${ticks}`;
}

function cell(text: string): string {
  return inline(text).replace(/\|/g, "\\|");
}

function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, " ").replace(/</g, "&lt;");
}
