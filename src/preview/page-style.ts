/**
 * The preview page's style sheet, inline so the page fetches nothing. Colours are custom properties with a light
 * and a dark set (prefers-color-scheme); every text colour keeps a contrast of at least 4.5:1 on its background
 * (the browser test measures them). Platform accents are the platforms' link colours, darkened or lightened
 * where theirs fall short of that.
 */
export const PAGE_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #f6f7f9; --card: #ffffff; --fg: #1f2328; --muted: #57606a; --border: #d0d7de;
  --ok: #1a7f37; --bad: #cf222e;
  --error: #cf222e; --error-bg: #ffebe9; --warning: #9a6700; --warning-bg: #fff8c5; --info: #0969da; --info-bg: #ddf4ff;
  --badge-fg: #ffffff; --fold-bg: #eef1f4;
  --bluesky: #0a63c9; --mastodon: #563acc; --linkedin: #0a66c2; --discord: #005fcc; --x: #0f5ea8; --webhook: #57606a;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --card: #161b22; --fg: #e6edf3; --muted: #9da7b3; --border: #30363d;
    --ok: #3fb950; --bad: #ff7b72;
    --error: #ff7b72; --error-bg: #4b1d20; --warning: #e3b341; --warning-bg: #3b2e06; --info: #58a6ff; --info-bg: #0c2d4f;
    --badge-fg: #0d1117; --fold-bg: #222a35;
    --bluesky: #4ca2fe; --mastodon: #a89bff; --linkedin: #70b5f9; --discord: #5fb0ff; --x: #5cb2ff; --webhook: #9da7b3;
  }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
a { color: var(--info); }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--card); padding: 0.5rem; z-index: 1; }
.page-head, nav, main, .page-foot { max-width: 1200px; margin: 0 auto; padding: 0 1rem; }
.page-head h1 { font-size: 1.4rem; margin: 1.2rem 0 0.2rem; }
.page-head .where { color: var(--muted); font-weight: normal; }
.summary, .meta, .page-foot { color: var(--muted); }
nav ol { display: flex; flex-wrap: wrap; gap: 0.3rem 1.2rem; padding: 0; margin: 0.6rem 0 1rem; list-style: none; }
nav .counts { color: var(--bad); font-size: 0.85em; }
.post { background: transparent; border-top: 1px solid var(--border); padding: 1rem 0 1.5rem; }
.post-head h2 { margin: 0 0 0.2rem; font-size: 1.2rem; }
.meta, .schedule { margin: 0.2rem 0; }
.schedule .ok { color: var(--ok); font-weight: 600; }
.schedule .bad, .invalid, .length.over { color: var(--bad); font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 1rem; margin: 0.8rem 0; align-items: start; }
.card { background: var(--card); border: 1px solid var(--border); border-top: 4px solid var(--accent); border-radius: 10px; padding: 0.8rem 0.9rem 0.6rem; --accent: var(--webhook); }
.card.bluesky { --accent: var(--bluesky); }
.card.mastodon { --accent: var(--mastodon); }
.card.linkedin { --accent: var(--linkedin); }
.card.discord { --accent: var(--discord); }
.card.x { --accent: var(--x); }
.card-head { display: flex; align-items: center; gap: 0.5rem; }
.avatar { flex: none; width: 2.2rem; height: 2.2rem; border-radius: 50%; display: grid; place-items: center; background: var(--accent); color: var(--card); font-weight: 700; }
.card.linkedin .avatar { border-radius: 4px; }
.who { flex: 1; min-width: 0; line-height: 1.2; }
.who strong { display: block; }
.handle { color: var(--muted); font-size: 0.88em; overflow-wrap: break-word; }
.platform { color: var(--accent); font-size: 0.8em; font-weight: 700; border: 1px solid var(--accent); border-radius: 999px; padding: 0 0.5rem; }
.reply { margin: 0.6rem 0 0; font-size: 0.88em; color: var(--muted); overflow-wrap: anywhere; }
.reply a { color: var(--accent); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0.7rem 0; }
.card .link, .card .hashtag, .card .mention { color: var(--accent); text-decoration: none; }
.card.linkedin .hashtag { font-weight: 600; }
.card .link:hover { text-decoration: underline; }
.card.discord .link { text-decoration: underline; }
.invisible { display: none; }
.ellipsis::after { content: "…"; }
.after-fold { background: var(--fold-bg); }
.fold::before { content: attr(data-label); display: inline; margin: 0 0.2rem; padding: 0 0.35rem; border-radius: 4px; border: 1px dashed var(--muted); color: var(--muted); font-size: 0.85em; font-weight: 600; }
mark.finding { color: inherit; border-radius: 2px; border-bottom: 2px solid var(--info); background: var(--info-bg); }
mark.finding.error { border-bottom-color: var(--error); background: var(--error-bg); }
mark.finding.warning { border-bottom-color: var(--warning); background: var(--warning-bg); }
mark.finding[data-n]::after { content: attr(data-n); font-size: 0.7em; font-weight: 700; vertical-align: super; margin-left: 2px; padding: 0 0.3em; border-radius: 999px; color: var(--badge-fg); background: var(--info); }
mark.finding.error[data-n]::after { background: var(--error); }
mark.finding.warning[data-n]::after { background: var(--warning); }
.grid { display: grid; gap: 3px; border-radius: 10px; overflow: hidden; grid-template-columns: 1fr 1fr; grid-auto-rows: 120px; }
.grid.n1 { grid-template-columns: 1fr; grid-auto-rows: 200px; }
.grid.n3 .media:first-child { grid-row: span 2; }
.card.linkedin .grid.n3 .media:first-child, .card.linkedin .grid.n4 .media:first-child { grid-row: auto; grid-column: 1 / -1; }
.card.linkedin .grid.n4 { grid-template-columns: repeat(3, 1fr); }
.card.discord .grid, .card.webhook .grid { grid-template-columns: repeat(auto-fill, minmax(120px, 1fr)); }
.card.discord .grid.n1, .card.webhook .grid.n1 { grid-template-columns: 1fr; }
.media { position: relative; margin: 0; background: var(--border); }
.media img { width: 100%; height: 100%; object-fit: cover; display: block; }
.placeholder { display: grid; place-items: center; height: 100%; padding: 0.5rem; color: var(--fg); font-size: 0.85em; text-align: center; }
.alt-badge { position: absolute; left: 6px; bottom: 6px; background: rgba(0, 0, 0, 0.75); color: #ffffff; font-size: 0.7em; font-weight: 700; padding: 1px 5px; border-radius: 4px; }
.more { position: absolute; inset: 0; display: grid; place-items: center; background: rgba(0, 0, 0, 0.6); color: #ffffff; font-size: 1.6em; font-weight: 700; }
.alts { margin: 0.5rem 0 0; padding: 0; list-style: none; font-size: 0.85em; color: var(--muted); }
.alt-label { font-weight: 600; }
.card-foot { display: flex; flex-wrap: wrap; align-items: center; gap: 0.3rem 0.6rem; margin-top: 0.6rem; padding-top: 0.5rem; border-top: 1px solid var(--border); font-size: 0.85em; color: var(--muted); }
.card-foot meter { flex: 1; min-width: 60px; height: 0.6rem; }
.facts h3, .findings h3 { font-size: 1rem; margin: 0.8rem 0 0.3rem; }
.facts ul { margin: 0; padding-left: 1.2rem; }
.findings ol { margin: 0; padding: 0; list-style: none; }
.facts li, .findings li { margin: 0.2rem 0; }
.source, .note, .where { color: var(--muted); }
.by { font-size: 0.8em; font-weight: 600; border: 1px solid var(--border); border-radius: 999px; padding: 0 0.45rem; }
.findings .sev { font-weight: 700; }
.findings .error .sev { color: var(--error); }
.findings .warning .sev { color: var(--warning); }
.findings .info .sev { color: var(--info); }
.findings .rule, .findings .pos { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.85em; color: var(--muted); }
.clean { color: var(--muted); }
.page-foot { padding-bottom: 2rem; font-size: 0.85em; }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
`;
