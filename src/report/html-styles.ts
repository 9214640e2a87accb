/**
 * The HTML report's style sheet, inlined so the file works offline and from file://.
 * Colours are chosen for WCAG AA contrast; meaning never rests on colour alone (badges carry
 * words, diffs strike through and underline, highlights have an underline style).
 */
export const HTML_REPORT_CSS = `
:root {
  color-scheme: light;
  --fg: #1b1f24; --muted: #4a5058; --bg: #ffffff; --panel: #f4f6f8; --line: #d3d8de;
  --link: #0b57d0; --hl: #ffe36e; --hl-multi: #ffc53d; --cp: #d3e6ff; --active: #b3400b;
  --high: #a31616; --medium: #8a4500; --low: #1f4f8f; --info: #4a5260; --head: #16202d;
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; color: var(--fg); background: var(--bg); overflow-wrap: break-word;
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
}
a { color: var(--link); }
:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }
.sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}
.skip { position: absolute; left: -9999px; top: .5rem; }
.skip:focus { left: .5rem; z-index: 10; background: #fff; color: #000; padding: .5rem .75rem; }
.wrap { max-width: 76rem; margin: 0 auto; padding: 0 1rem; }
.site-head { background: var(--head); color: #fff; padding: 1rem 0 .75rem; }
.site-head h1 { font-size: 1.6rem; line-height: 1.25; margin: 0; }
.site-head p { margin: .25rem 0 0; color: #dfe5ec; }
.site-head nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; margin: .6rem 0 0; }
.site-head a { color: #fff; }
main { padding-bottom: 3rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--line); }
h3 { line-height: 1.3; }
.lede { font-size: 1.05rem; margin: 0 0 1rem; }
.summary-grid { display: grid; gap: 1rem 2rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 52rem) { .summary-grid { grid-template-columns: minmax(0, 1fr) minmax(0, 2fr); } }
.table-scroll { overflow-x: auto; margin-bottom: 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: 700; padding: .25rem 0 .35rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem .35rem 0; border-bottom: 1px solid var(--line); }
thead th { font-size: .85rem; color: var(--muted); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; padding-right: 0; }
.kind-code { display: block; font-weight: 400; color: var(--muted); font-size: .8rem; }
@media (max-width: 40rem) {
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0, 0, 0, 0); }
  table.stack tr { display: block; padding: .5rem 0; border-bottom: 1px solid var(--line); }
  table.stack th, table.stack td { display: block; border: 0; padding: .1rem 0; text-align: left; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; color: var(--muted); }
}
.badge {
  display: inline-block; padding: .1rem .5rem; border-radius: .25rem; color: #fff; background: var(--info);
  font-size: .78rem; font-weight: 700; letter-spacing: .03em; text-transform: uppercase; line-height: 1.5;
}
.badge-high { background: var(--high); } .badge-medium { background: var(--medium); }
.badge-low { background: var(--low); } .badge-info { background: var(--info); }
.errors { border: 2px solid var(--high); border-radius: .5rem; padding: .5rem 1rem; margin: 1rem 0; }
.errors h3 { margin: .25rem 0 .5rem; font-size: 1.1rem; }
.errors ul { margin: 0; padding-left: 1.25rem; }
.filters {
  display: flex; flex-wrap: wrap; gap: .75rem 2rem; align-items: flex-start;
  background: var(--panel); border: 1px solid var(--line); border-radius: .5rem; padding: .75rem 1rem; margin-bottom: .75rem;
}
.filters fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
.filters legend { font-weight: 700; padding: 0; margin-bottom: .25rem; }
.filters label { display: inline-flex; align-items: center; gap: .4rem; margin: .1rem 1rem .1rem 0; min-height: 2rem; cursor: pointer; }
.filters input { flex: none; width: 1.15rem; height: 1.15rem; margin: 0; accent-color: var(--link); }
.filters .count { color: var(--muted); font-variant-numeric: tabular-nums; }
button {
  font: inherit; color: var(--fg); background: #fff; border: 1px solid #69717c; border-radius: .35rem;
  padding: .3rem .8rem; min-height: 2rem; cursor: pointer;
}
button:hover { background: #eef1f4; }
.filter-status { font-weight: 700; margin: .25rem 0 1rem; }
ol.findings { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
li.finding {
  --sev: var(--info); border: 1px solid var(--line); border-left: 6px solid var(--sev); border-radius: .5rem;
  padding: .75rem 1rem 1rem; background: #fff; scroll-margin-top: 1rem; min-width: 0;
}
li.finding.sev-high { --sev: var(--high); } li.finding.sev-medium { --sev: var(--medium); }
li.finding.sev-low { --sev: var(--low); }
li.finding.active { box-shadow: 0 0 0 3px var(--active); }
li.finding:focus { outline: none; }
li.finding:focus-visible { outline: 3px solid var(--link); }
.finding h3 { font-size: 1.1rem; margin: 0; display: flex; flex-wrap: wrap; gap: .25rem .6rem; align-items: baseline; }
.finding-meta { margin: .3rem 0 0; color: var(--muted); font-size: .875rem; }
.message { margin: .5rem 0 .75rem; }
.compare { display: grid; gap: .75rem; grid-template-columns: minmax(0, 1fr); }
@media (min-width: 48rem) { .compare { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); } }
.side { background: var(--panel); border-radius: .4rem; padding: .6rem .8rem; min-width: 0; }
.side h4 { margin: 0 0 .35rem; font-size: .9rem; }
.side h4 .role { text-transform: uppercase; letter-spacing: .04em; font-size: .78rem; color: var(--muted); margin-right: .35rem; }
.side h4 .outlet { font-weight: 400; color: var(--muted); }
.counterpart + .counterpart { margin-top: .6rem; padding-top: .6rem; border-top: 1px solid var(--line); }
.excerpt {
  margin: 0; white-space: pre-line; font-family: Georgia, "Times New Roman", "Liberation Serif", serif;
  font-size: 1rem; line-height: 1.6;
}
.excerpt mark { color: inherit; background: var(--hl); border-bottom: 2px solid #8a6a00; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
.counterpart .excerpt mark { background: var(--cp); border-bottom: 2px dashed #2f5b9a; }
.show { display: inline-block; margin-top: .4rem; font-weight: 600; padding: .15rem 0; }
.note { color: var(--muted); font-size: .875rem; font-style: italic; margin: .35rem 0 0; }
.diff { margin-top: .75rem; }
.diff h4 { margin: 0; font-size: .9rem; }
.legend { margin: .15rem 0 .35rem; font-size: .85rem; color: var(--muted); }
.diff-text {
  margin: 0; padding: .5rem .75rem; border: 1px solid var(--line); border-radius: .4rem; background: #fff;
  font-family: Georgia, "Times New Roman", "Liberation Serif", serif; line-height: 1.9;
}
del { background: #ffe1e1; color: #8a0f0f; text-decoration: line-through; text-decoration-thickness: 2px; padding: .05em .1em; }
ins { background: #d7f4dd; color: #0d5421; text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; padding: .05em .1em; }
.article { border-top: 1px solid var(--line); margin-top: 1.5rem; padding-top: .25rem; }
.article h3 { margin: .75rem 0 .25rem; font-size: 1.2rem; }
.article-meta { color: var(--muted); margin: 0 0 .75rem; font-size: .9rem; }
.article-text { font-family: Georgia, "Times New Roman", "Liberation Serif", serif; font-size: 1.05rem; line-height: 1.75; max-width: 46rem; }
.article-text p { margin: 0 0 .9rem; }
.hl-legend mark { padding: 0 .25rem; }
mark.hl { color: inherit; scroll-margin: 35vh 0; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
mark.hl-subject, .hl-legend .hl-subject { background: var(--hl); border-bottom: 2px solid #8a6a00; }
mark.hl-multi { background: var(--hl-multi); border-bottom: 4px double #6b4f00; }
mark.hl-counterpart, .hl-legend .hl-counterpart { background: var(--cp); border-bottom: 2px dashed #2f5b9a; }
mark.hl.muted { background: #eceef1; border-bottom-color: #9aa1ab; }
mark.hl.active { background: #ffb066; outline: 3px solid var(--active); outline-offset: 1px; }
mark.hl:focus { outline: 3px solid var(--active); }
a.ref {
  display: inline-block; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
  font-size: .72rem; font-weight: 700; line-height: 1.3; vertical-align: .35em; text-decoration: none;
  color: #fff; background: var(--head); border-radius: .25rem; padding: 0 .3rem; margin: 0 .15rem;
}
a.ref.ref-counterpart { color: var(--head); background: #fff; box-shadow: inset 0 0 0 1.5px var(--head); }
a.ref:hover { text-decoration: underline; }
del + ins, ins + del { margin-left: .25em; }
.empty { font-style: italic; }
@media (max-width: 30rem) {
  .wrap { padding: 0 .75rem; }
  li.finding { padding: .6rem .7rem .8rem; }
  .site-head h1 { font-size: 1.35rem; }
}
@media print {
  .filters, .site-head nav, .skip, .show { display: none !important; }
  li.finding { break-inside: avoid; }
}
`;
