/**
 * Enough of GitHub's Markdown for a person to look at a retrospective in a browser: micromark (CommonMark, with the
 * issue's own HTML such as <details>) plus the two GitHub extensions the issue uses, pipe tables and task lists,
 * and the [!WARNING] alert. Test-only: GitHub renders the real issue.
 */
import { micromark } from "micromark";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const inline = (text: string) => micromark(text, { allowDangerousHtml: false }).replace(/^<p>|<\/p>\n?$/g, "");

function table(lines: string[]): string {
  const rows = lines
    .filter((_, i) => i !== 1)
    .map((l) =>
      l
        .replace(/^\||\|$/g, "")
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, "|")),
    );
  const [head = [], ...body] = rows;
  return `<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join("")}</tr></thead><tbody>${body
    .map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>\n`;
}

export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let chunk: string[] = [];
  const flush = () => {
    if (chunk.length) out.push(micromark(chunk.join("\n"), { allowDangerousHtml: true }));
    chunk = [];
  };
  const lines = markdown
    .replace(/^(\s*[-*]) \[( |x|X)\] /gm, (_m, bullet: string, mark: string) => `${bullet} ${mark === " " ? "☐" : "☑"} `)
    .split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.startsWith("|") && lines[i + 1]?.startsWith("|---")) {
      flush();
      const rows: string[] = [];
      while (lines[i]?.startsWith("|")) rows.push(lines[i++] as string);
      i--;
      out.push(table(rows));
    } else if (line.startsWith("> [!WARNING]")) {
      flush();
      const body: string[] = [];
      while (lines[i + 1]?.startsWith("> ")) body.push((lines[++i] as string).slice(2));
      out.push(`<div class="alert"><p class="alert-title">⚠ Warning</p>${micromark(body.join("\n"))}</div>`);
    } else chunk.push(line);
  }
  flush();
  return out.join("\n");
}

export function issuePage(title: string, number: number, labels: string[], body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
body{font:14px/1.5 -apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1f2328;background:#fff;margin:0;padding:24px 32px;max-width:980px}
h1{font-size:26px;font-weight:400;margin:0 0 8px} h1 span{color:#59636e} h3{font-size:16px;border-bottom:1px solid #d1d9e0;padding-bottom:4px;margin-top:20px}
.labels span{display:inline-block;border-radius:2em;padding:0 10px;font-size:12px;font-weight:500;margin-right:4px;background:#ddf4ff;color:#0969da;border:1px solid #54aeff66}
.box{border:1px solid #d1d9e0;border-radius:6px;margin-top:16px}.box-head{background:#f6f8fa;border-bottom:1px solid #d1d9e0;padding:8px 16px;color:#59636e}.box-body{padding:8px 16px}
table{border-collapse:collapse;margin:8px 0}th,td{border:1px solid #d1d9e0;padding:4px 10px;text-align:left}th{background:#f6f8fa}
blockquote{margin:0 0 8px;padding:0 12px;color:#59636e;border-left:4px solid #d1d9e0}a{color:#0969da}code{background:#eff1f3;border-radius:4px;padding:1px 4px;font-size:85%}
.alert{border-left:4px solid #9a6700;padding:2px 12px;margin:8px 0}.alert-title{color:#9a6700;font-weight:600;margin:4px 0}ul{padding-left:24px;margin:4px 0}
</style></head><body><h1>${escapeHtml(title)} <span>#${number}</span></h1><div class="labels">${labels.map((l) => `<span>${escapeHtml(l)}</span>`).join("")}</div>
<div class="box"><div class="box-head"><strong>github-actions</strong> opened this issue</div><div class="box-body">${markdownToHtml(body)}</div></div></body></html>`;
}
