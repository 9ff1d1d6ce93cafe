import { hashtagsIn, mentionsIn, urlsIn } from "../text/tokens.js";
import type { Severity } from "../types.js";
import { attr, escapeHtml } from "./html.js";
import type { PlatformLook } from "./platforms.js";

/** A finding marked on characters [start, end) of the text; `n` is its number in the post's list of findings. */
export interface TextMark {
  start: number;
  end: number;
  n: number;
  severity: Severity;
  /** The id of the finding's entry in the list, which the mark points at for screen readers. */
  ref: string;
  message: string;
}

type TokenKind = "url" | "hashtag" | "mention";
interface Range {
  start: number;
  end: number;
}

/**
 * A channel's text as its platform shows it, as HTML: the links, hashtags and mentions the platform links, in its
 * colour; the findings marked where they are; the fold, after which the feed hides the rest. Only markup is
 * added: the element's textContent is the text exactly (the fold's label and the findings' numbers are drawn by
 * CSS), so what the page shows is what the channel gets.
 */
export function richText(text: string, look: PlatformLook, marks: readonly TextMark[], fold: number | undefined): string {
  const tokens: (Range & { kind: TokenKind; value: string })[] = [];
  if (look.links.url)
    for (const u of urlsIn(text)) tokens.push({ start: u.index, end: u.index + u.text.length, kind: "url", value: u.text });
  if (look.links.hashtag)
    for (const h of hashtagsIn(text)) tokens.push({ start: h.index, end: h.index + h.text.length, kind: "hashtag", value: h.text });
  for (const m of look.links.mention ? mentionsIn(text) : []) {
    if (look.links.mention === "handle" && !m.text.includes(".")) continue;
    tokens.push({ start: m.index, end: m.index + m.text.length, kind: "mention", value: m.text });
  }
  const hidden: Range[] = [];
  const ellipsis: Range[] = [];
  if (look.shortUrls !== undefined) {
    for (const token of tokens) {
      if (token.kind !== "url") continue;
      const prefix = /^https?:\/\/(?:www\.)?/i.exec(token.value)?.[0].length ?? 0;
      hidden.push({ start: token.start, end: token.start + prefix });
      const visibleEnd = token.start + prefix + look.shortUrls;
      if (visibleEnd < token.end) {
        ellipsis.push({ start: visibleEnd - 1, end: visibleEnd });
        hidden.push({ start: visibleEnd, end: token.end });
      }
    }
  }
  if (look.shortMentions) {
    for (const token of tokens) {
      const domain = token.kind === "mention" ? token.value.indexOf("@", 1) : -1;
      if (domain > 0) hidden.push({ start: token.start + domain, end: token.end });
    }
    // The cursor over hidden ranges walks them in order of position.
    hidden.sort((x, y) => x.start - y.start);
  }
  const cuts = new Set([0, text.length]);
  for (const r of [...tokens, ...marks, ...hidden, ...ellipsis]) cuts.add(r.start).add(r.end);
  if (fold !== undefined) cuts.add(fold);
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((x, y) => x - y);
  // Each piece [a, b) between two cut points lies wholly inside or outside every range. Tokens, hidden and ellipsis
  // ranges never overlap one another, so a cursor per kind finds the one holding a piece; marks may overlap and are
  // kept as the set open at the piece. Linear in the text, however many tokens a pasted wall of hashtags has.
  const at = cursor([...tokens].sort((x, y) => x.start - y.start));
  const isHidden = cursor(hidden);
  const isEllipsis = cursor(ellipsis);
  const byStart = [...marks].sort((x, y) => x.start - y.start);
  let nextMark = 0;
  let active: TextMark[] = [];

  let html = "";
  // One element per token, holding its pieces (a mark or the fold may split a link into several pieces).
  let open: (typeof tokens)[number] | undefined;
  const close = () => {
    if (open) html += open.kind === "url" ? "</a>" : "</span>";
    open = undefined;
  };
  for (const [i, a] of points.entries()) {
    const token = at(a);
    if (open && open !== token) close();
    if (fold === a) {
      const label = look.fold?.label ?? "";
      html += `<span class="fold" role="note"${attr("data-label", label)}${attr("aria-label", `${label}: the feed hides what follows`)}></span>`;
    }
    const b = points[i + 1];
    if (b === undefined || b === a) continue;
    if (token && open !== token) {
      open = token;
      html +=
        token.kind === "url" ? `<a class="link"${attr("href", token.value)} rel="noopener noreferrer">` : `<span class="${token.kind}">`;
    }
    let piece = escapeHtml(text.slice(a, b));
    const classes = [
      ...(isHidden(a) ? ["invisible"] : []),
      ...(isEllipsis(a) ? ["ellipsis"] : []),
      ...(fold !== undefined && a >= fold ? ["after-fold"] : []),
    ];
    if (classes.length) piece = `<span class="${classes.join(" ")}">${piece}</span>`;
    while (nextMark < byStart.length && (byStart[nextMark] as TextMark).start <= a) active.push(byStart[nextMark++] as TextMark);
    active = active.filter((m) => m.end > a);
    for (const mark of active) {
      // The number shows after the mark's last piece only.
      const last = mark.end === b;
      piece = `<mark class="finding ${mark.severity}"${attr("data-n", last ? mark.n : undefined)}${attr("aria-describedby", mark.ref)}${attr(
        "title",
        `${mark.n}. ${mark.severity}: ${mark.message}`,
      )}>${piece}</mark>`;
    }
    html += piece;
  }
  close();
  return html;
}

/**
 * The range holding a position, for positions asked in increasing order over ranges sorted by start that do not
 * overlap: each range is passed once.
 */
function cursor<T extends Range>(ranges: readonly T[]): (position: number) => T | undefined {
  let i = 0;
  return (position) => {
    while (i < ranges.length && (ranges[i] as T).end <= position) i++;
    const range = ranges[i];
    return range && range.start <= position ? range : undefined;
  };
}
