import { plural } from "../text/plural.js";
import { attr, escapeHtml } from "./html.js";
import { PAGE_STYLE } from "./page-style.js";
import type { CardView, FindingView, MediaView, PostView } from "./post-view.js";
import { richText } from "./rich-text.js";

export interface PageInput {
  /** What was previewed, for the heading ("example-content"). */
  title: string;
  posts: readonly PostView[];
  /** When the posts were checked, shown in the header. */
  checkedAt: Date;
}

/**
 * The whole preview page: one self-contained HTML document (inline CSS, images as data: URLs, no script, nothing
 * fetched), with landmarks, a list of the posts, and per post its schedule, one card per channel, its facts and
 * its findings. Light or dark follows the reader's system (prefers-color-scheme).
 */
export function renderPage(input: PageInput): string {
  const all = input.posts.flatMap((p) => p.findings);
  const count = (severity: FindingView["severity"]) => all.filter((f) => f.severity === severity).length;
  const summary = `${plural(input.posts.length, "post")} · ${plural(count("error"), "error")} · ${plural(count("warning"), "warning")} · ${count("info")} info`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">
<title>checkpost preview: ${escapeHtml(input.title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the posts</a>
<header class="page-head">
<h1>checkpost preview <span class="where">${escapeHtml(input.title)}</span></h1>
<p class="summary">${summary} · checked ${escapeHtml(input.checkedAt.toISOString().replace("T", " ").slice(0, 16))} UTC</p>
</header>
<nav aria-label="Posts"><ol>${input.posts.map(navItem).join("")}</ol></nav>
<main id="main">
${input.posts.map(renderPost).join("\n")}
</main>
<footer class="page-foot"><p>Each card shows the exact text its channel gets. Marks show findings where they are; the numbers match each post's list of findings.</p></footer>
</body>
</html>
`;
}

function navItem(post: PostView): string {
  return `<li><a href="#${post.id}">${escapeHtml(post.title)}</a> ${counts(post.findings)}</li>`;
}

function counts(findings: readonly FindingView[]): string {
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const parts = [errors ? plural(errors, "error") : "", warnings ? plural(warnings, "warning") : ""].filter(Boolean);
  return parts.length ? `<span class="counts">${parts.join(", ")}</span>` : "";
}

function renderPost(post: PostView): string {
  const meta = [
    `<code>${escapeHtml(post.path)}</code>`,
    post.client ? escapeHtml(post.client.name) : "",
    post.author ? `by ${escapeHtml(post.author)}` : "",
  ].filter(Boolean);
  return `<article class="post" id="${post.id}" aria-labelledby="${post.id}-title">
<header class="post-head">
<h2 id="${post.id}-title">${escapeHtml(post.title)}</h2>
<p class="meta">${meta.join(" · ")}</p>
${post.valid ? renderSchedule(post) : `<p class="invalid">This post cannot be previewed until the errors below are fixed.</p>`}
</header>
${post.cards.length ? `<div class="cards">${post.cards.map((card) => renderCard(card, post.media, post.replyTo)).join("\n")}</div>` : ""}
${renderFacts(post)}
${renderFindings(post)}
</article>`;
}

function renderSchedule(post: PostView): string {
  const s = post.schedule;
  if (!s) return `<p class="schedule">Published when merged (no <code>publish_at</code>).</p>`;
  const window = s.window
    ? s.window.inside
      ? `<span class="ok">inside the publishing window</span> (${escapeHtml(s.window.description)})`
      : `<span class="bad">outside the publishing window</span> (${escapeHtml(s.window.description)})`
    : "no publishing window";
  return `<p class="schedule">${markedWith(s.marks, `Scheduled <time>${escapeHtml(s.local)}</time> (${escapeHtml(s.timeZone)}): ${window}`)}</p>`;
}

function renderCard(card: CardView, media: readonly MediaView[], replyTo: string | undefined): string {
  const over = card.limit !== undefined && card.length > card.limit;
  const length = card.limit === undefined ? `${card.length} ${card.unit}, no limit` : `${card.length} / ${card.limit} ${card.unit}`;
  const initial = [...card.account.name][0] ?? "?";
  return `<section class="card ${card.type}" data-channel="${escapeHtml(card.channelId)}" aria-label="${escapeHtml(`${card.channelId} on ${card.look.label}`)}">
<header class="card-head"><span class="avatar" aria-hidden="true">${escapeHtml(initial)}</span><span class="who"><strong>${escapeHtml(card.account.name)}</strong> <span class="handle">${breakable(card.account.handle)}</span></span><span class="platform">${escapeHtml(card.look.label)}</span></header>
${replyTo ? `<p class="reply">Replying to <a${attr("href", replyTo)} rel="noopener noreferrer">${escapeHtml(replyTo)}</a></p>\n` : ""}<p class="text">${richText(card.text, card.look, card.marks, card.fold)}</p>
${renderMedia(card, media)}
<footer class="card-foot"><span class="length${over ? " over" : ""}">${escapeHtml(length)}${over ? ": over the limit" : ""}</span>${meter(card)}<span class="channel">${escapeHtml(card.channelId)}${card.fromVariant ? " · variant" : ""}</span></footer>
</section>`;
}

/** A handle that may wrap before its instance ("@acme" "@mastodon.social"), not in the middle of a word. */
function breakable(handle: string): string {
  return escapeHtml(handle).replace(/(?<=.)@/g, "<wbr>@");
}

function meter(card: CardView): string {
  if (card.limit === undefined) return "";
  return `<meter min="0"${attr("max", card.limit)}${attr("value", Math.min(card.length, card.limit))}${attr("high", Math.round(card.limit * 0.9))}${attr("optimum", 0)} aria-label="length against the limit"></meter>`;
}

function renderMedia(card: CardView, media: readonly MediaView[]): string {
  if (media.length === 0) return "";
  const shown = media.slice(0, card.look.grid);
  const more = media.length - shown.length;
  const figures = shown.map((item, i) => {
    const last = i === shown.length - 1 && more > 0 ? `<span class="more" aria-hidden="true">+${more}</span>` : "";
    const body = item.src
      ? `<img${attr("src", item.src)}${attr("alt", item.alt)}>`
      : `<span class="placeholder" role="img"${attr("aria-label", `${item.file}: ${item.alt}`)}>${escapeHtml(item.problem ?? item.file)}</span>`;
    return `<figure class="media">${body}<span class="alt-badge" aria-hidden="true">ALT</span>${last}</figure>`;
  });
  const alts = media.map(
    (item, i) => `<li>${markedWith(item.marks, `<span class="alt-label">Image ${i + 1} alt:</span> ${escapeHtml(item.alt)}`)}</li>`,
  );
  return `<div class="grid n${Math.min(shown.length, 4)}">${figures.join("")}</div>
<ul class="alts">${alts.join("")}</ul>`;
}

function renderFacts(post: PostView): string {
  if (!post.facts.length) return "";
  const items = post.facts.map((fact) => {
    const source = /^https?:\/\//i.test(fact.source)
      ? `<a${attr("href", fact.source)} rel="noopener noreferrer">${escapeHtml(fact.source)}</a>`
      : escapeHtml(fact.source);
    const note = fact.note ? ` <span class="note">${escapeHtml(fact.note)}</span>` : "";
    return `<li>${markedWith(fact.marks, `<q>${escapeHtml(fact.claim)}</q> <span class="source">source: ${source}</span> <span class="by by-${escapeHtml(fact.providedBy)}">provided by ${escapeHtml(fact.providedBy)}</span>${note}`)}</li>`;
  });
  return `<section class="facts" aria-labelledby="${post.id}-facts"><h3 id="${post.id}-facts">Facts</h3><ul>${items.join("")}</ul></section>`;
}

function renderFindings(post: PostView): string {
  if (!post.findings.length) return `<p class="clean">No findings.</p>`;
  const items = post.findings.map(
    (f) =>
      `<li id="${f.id}" class="${f.severity}"><span class="sev">${f.n}. ${f.severity}</span> <span class="rule">${escapeHtml(f.ruleId)}</span> <span class="pos">${f.line}:${f.column}</span> ${escapeHtml(f.message)} <span class="where">(${escapeHtml(f.markedAt)})</span></li>`,
  );
  return `<section class="findings" aria-labelledby="${post.id}-findings"><h3 id="${post.id}-findings">Findings</h3><ol>${items.join("")}</ol></section>`;
}

/** HTML marked with the findings that point at it (the worst severity colours it; each number is shown). */
function markedWith(marks: readonly FindingView[], html: string): string {
  if (!marks.length) return html;
  const order = ["error", "warning", "info"] as const;
  const worst = order.find((s) => marks.some((m) => m.severity === s)) ?? "info";
  const label = marks.map((m) => `${m.n}. ${m.severity}: ${m.message}`).join("\n");
  return `<mark class="finding ${worst}"${attr("data-n", marks.map((m) => m.n).join(","))}${attr("aria-describedby", marks.map((m) => m.id).join(" "))}${attr("title", label)}>${html}</mark>`;
}
