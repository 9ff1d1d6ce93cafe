// Renders the sticky pull-request comment checkpost writes for one example post (a typo left in, the contact's
// approval pending) as GitHub shows it, and screenshots it into docs/images/pr-comment.png for the README.
// The comment's Markdown comes from the shipped renderer (dist/, so run `npx tsc -p tsconfig.build.json` first);
// micromark turns it into HTML (its pipe tables by hand: GitHub's table extension is not installed), and the
// system's Chromium takes the picture through playwright-core.
// Usage: node scripts/screenshot-pr-comment.mjs [--out FILE] [--chromium PATH]
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { micromark } from "micromark";
import { chromium } from "playwright-core";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    out: { type: "string", default: path.join(repo, "docs/images/pr-comment.png") },
    chromium: { type: "string", default: "/usr/bin/chromium" },
  },
});
const dist = (module) => import(path.join(repo, "dist", module));
const { loadConfig } = await dist("check/load-config.js");
const { checkLoadedPost, PROPOSED_POST_OPTIONS } = await dist("check/check-post.js");
const { parsePost } = await dist("post/parsed-post.js");
const { renderReview } = await dist("pr/render-report.js");

const content = path.join(repo, "example-content");
const { config } = await loadConfig(path.join(content, "checkpost.yml"));
const relPath = "posts/acme/2027-12-01-winter-sale.md";
// The example's winter sale with one slip a writer makes: the comment then shows a finding where it is.
const text = readFileSync(path.join(content, relPath), "utf8").replace("upgrade your shelter", "upgrade your sheltr");
const loaded = parsePost(path.join(content, relPath), relPath, text);
const messages = await checkLoadedPost(loaded, config, { now: new Date("2027-11-20T10:00:00Z"), ruleOptions: PROPOSED_POST_OPTIONS });
const count = (severity) => messages.filter((m) => m.severity === severity).length;
const markdown = renderReview({
  headSha: "3f9c2e1a7b",
  posts: [{ change: { repoPath: relPath, relPath, status: "added" }, post: loaded.post, client: "acme", messages }],
  deleted: [],
  config: { path: "checkpost.yml", baseMessages: [] },
  resolved: config,
  // The gate's own wording for a contact who has not approved yet (src/approval/gate.ts).
  approval: { state: "pending", description: "waiting for @jane-acme (acme) to approve the latest commit" },
  errors: count("error"),
  warnings: count("warning"),
});

const html = `<!doctype html><html><head><meta charset="utf-8"><style>
  body { margin: 0; padding: 24px; background: #fff; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
  .comment { width: 860px; border: 1px solid #d1d9e0; border-radius: 6px; }
  .head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; border-radius: 6px 6px 0 0; }
  .head b { color: #1f2328; } .bot { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; margin-left: 4px; }
  .body { padding: 16px; } h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin-top: 0; } h3 { font-size: 1.25em; }
  code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; }
  pre { background: #f6f8fa; border-radius: 6px; padding: 16px; white-space: pre-wrap; font: 85% ui-monospace, SFMono-Regular, Menlo, monospace; }
  pre code { background: none; padding: 0; font-size: 100%; }
  table { border-collapse: collapse; margin: 0 0 16px; } th, td { border: 1px solid #d1d9e0; padding: 6px 13px; } th { font-weight: 600; } tr:nth-child(2n) td { background: #f6f8fa; }
  ul { padding-left: 2em; } sub { color: #59636e; }
  .sign { font-weight: bold; } .ok { color: #1a7f37; } .bad { color: #d1242f; } .wait { color: #9a6700; } .info { color: #0969da; }
</style></head><body><div class="comment"><div class="head"><b>github-actions</b><span class="bot">bot</span> commented</div>
<div class="body">${signs(toHtml(markdown))}</div></div></body></html>`;

const browser = await chromium.launch({ executablePath: values.chromium });
try {
  const page = await browser.newPage({ viewport: { width: 920, height: 800 }, deviceScaleFactor: 1 });
  await page.setContent(html);
  await page.locator(".comment").screenshot({ path: values.out });
} finally {
  await browser.close();
}
console.log(`wrote ${path.relative(process.cwd(), values.out)}`);

/** CommonMark through micromark, with each pipe table (a header row, a |---| row, body rows) made a <table>. */
function toHtml(source) {
  const lines = source.split("\n");
  const out = [];
  let prose = [];
  const flush = () => {
    if (prose.length) out.push(micromark(prose.join("\n"), { allowDangerousHtml: true }));
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith("|") && /^\|(-+\|)+$/.test(lines[i + 1] ?? "")) {
      flush();
      const cells = (line) =>
        line
          .slice(1, -1)
          .split(/(?<!\\)\|/)
          .map((cell) => inline(cell.trim()));
      const rows = [
        `<tr>${cells(lines[i])
          .map((c) => `<th>${c}</th>`)
          .join("")}</tr>`,
      ];
      for (i += 2; i < lines.length && lines[i].startsWith("|"); i++)
        rows.push(
          `<tr>${cells(lines[i])
            .map((c) => `<td>${c}</td>`)
            .join("")}</tr>`,
        );
      out.push(`<table>${rows.join("")}</table>`);
      i--;
    } else prose.push(lines[i]);
  }
  flush();
  return out.join("\n");
}

/**
 * The comment's emoji as coloured signs of the text font: a machine without an emoji font (a CI runner, this
 * project's) draws emoji as empty boxes.
 */
function signs(html) {
  const sign = { "✅": ["ok", "✔"], "❌": ["bad", "✖"], "⏳": ["wait", "●"], "⚠️": ["wait", "⚠"], ℹ️: ["info", "ℹ"] };
  return html.replace(/✅|❌|⏳|⚠️|ℹ️/g, (emoji) => `<span class="sign ${sign[emoji][0]}">${sign[emoji][1]}</span>`);
}

function inline(cell) {
  return micromark(cell.replace(/\\\|/g, "|")).replace(/^<p>|<\/p>$/g, "");
}
