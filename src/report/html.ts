/**
 * The HTML report: one self-contained page an editor can open from disk. Data first, text
 * later: this module only lays out a finished `Report`; it decides nothing about findings.
 */
import type { ArticleSummary } from '../schema/article.js';
import type { Discrepancy, DiscrepancyKind, DiffPart, Severity } from '../schema/discrepancy.js';
import type { LocatedText } from '../schema/span.js';
import type { InputError, Report } from '../schema/report.js';
import { escapeHtml } from './html-escape.js';
import { renderArticleText, renderExcerpt, splitParagraphs, type HighlightSpan, type TextRange } from './html-highlight.js';
import { HTML_REPORT_SCRIPT, HTML_REPORT_SCRIPT_HASH } from './html-script.js';
import { HTML_REPORT_CSS } from './html-styles.js';

/** An article text for the HTML report; the report itself carries only offsets. */
export interface HtmlArticle {
  readonly id: string;
  readonly text: string;
}

/** Options of `toHtml`. */
export interface HtmlReportOptions {
  /** Page title and main heading. Default: `"crosscheck report"`. */
  title?: string;
}

const SEVERITIES: readonly Severity[] = ['high', 'medium', 'low', 'info'];

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};

/** Kinds in the contract's order, with words an editor reads faster than the rule id. */
const KIND_LABEL: Readonly<Record<DiscrepancyKind, string>> = {
  'paraphrase-as-quote': 'Paraphrase given as a quote',
  'quote-altered': 'Quote altered',
  'quote-speaker': 'Quote given to a different speaker',
  'quote-context': 'Quote in a different context',
  'number-mismatch': 'Number differs',
  'date-mismatch': 'Date differs',
  'polarity-conflict': 'Sources contradict each other',
  'source-misattribution': 'Credited to a source that does not say it',
  'duplicate-passage': 'Passage repeated',
  'single-source': 'Only one source',
  'name-variant': 'Name spelled differently',
};
const KIND_ORDER = Object.keys(KIND_LABEL);

/** How many characters of context an excerpt shows on each side of its span. */
const EXCERPT_CONTEXT = 260;

const esc = escapeHtml;
const kindLabel = (kind: string): string => (KIND_LABEL as Record<string, string>)[kind] ?? kind;
const severityLabel = (s: string): string => (SEVERITY_LABEL as Record<string, string>)[s] ?? s;
/** Thousands separators by hand: `toLocaleString` depends on the ICU data of the machine. */
function groupDigits(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** A span is usable when it lies inside the text and covers exactly the text the report quotes. */
function locate(texts: ReadonlyMap<string, string>, at: LocatedText): string | null {
  const text = texts.get(at.article);
  if (text === undefined) return null;
  if (!(at.start >= 0 && at.end >= at.start && at.end <= text.length)) return null;
  return text.slice(at.start, at.end) === at.text ? text : null;
}

interface Context {
  texts: ReadonlyMap<string, string>;
  summaries: ReadonlyMap<string, ArticleSummary>;
  /** Page key of each finding, by position in the report (`f1`, `f2`, …). */
  keys: readonly string[];
  /** Paragraphs of each text, split once: long articles have many findings. */
  paragraphs: ReadonlyMap<string, readonly TextRange[]>;
  /** Page key of each article, by position on the page (`a1`, `a2`, …). */
  articleKeys: ReadonlyMap<string, string>;
}

function articleName(ctx: Context, id: string): string {
  const outlet = ctx.summaries.get(id)?.outlet;
  return `<code>${esc(id)}</code>` + (outlet && outlet !== id ? ` <span class="outlet">(${esc(outlet)})</span>` : '');
}

function renderSummary(report: Report, ctx: Context): string {
  const found = report.discrepancies;
  const bySeverity = SEVERITIES.map((s) => [s, found.filter((d) => d.severity === s).length] as const);
  const kinds = presentKinds(found);
  const lede =
    found.length === 0
      ? `No discrepancies found in ${plural(report.articles.length, 'article', 'articles')}.`
      : `${plural(found.length, 'finding', 'findings')} in ${plural(report.articles.length, 'article', 'articles')}: ` +
        bySeverity
          .filter(([, n]) => n > 0)
          .map(([s, n]) => `${n} ${severityLabel(s).toLowerCase()}`)
          .join(', ') +
        '.';

  let html = `<section id="summary" aria-labelledby="summary-h">\n<h2 id="summary-h">Summary</h2>\n`;
  html += `<p class="lede">${esc(lede)}</p>\n`;
  html += renderErrors(report.errors);
  html += '<div class="summary-grid">\n';
  html += '<div class="table-scroll"><table><caption>By severity</caption>\n';
  html += '<thead><tr><th scope="col">Severity</th><th scope="col" class="num">Findings</th></tr></thead><tbody>\n';
  for (const [s, n] of bySeverity) {
    html += `<tr><th scope="row"><span class="badge badge-${esc(s)}">${esc(severityLabel(s))}</span></th><td class="num">${n}</td></tr>\n`;
  }
  html += '</tbody></table></div>\n';
  html += '<div class="table-scroll"><table><caption>By kind</caption>\n';
  html += '<thead><tr><th scope="col">Kind</th><th scope="col" class="num">Findings</th></tr></thead><tbody>\n';
  if (kinds.length === 0) html += '<tr><td colspan="2" class="empty">None</td></tr>\n';
  for (const kind of kinds) {
    const n = found.filter((d) => d.kind === kind).length;
    html += `<tr><th scope="row">${esc(kindLabel(kind))} <code class="kind-code">${esc(kind)}</code></th><td class="num">${n}</td></tr>\n`;
  }
  html += '</tbody></table></div>\n</div>\n';

  html += '<div class="table-scroll"><table class="stack"><caption>Articles</caption>\n';
  html +=
    '<thead><tr><th scope="col">Article</th><th scope="col">Outlet</th><th scope="col">Published</th>' +
    '<th scope="col">Role</th><th scope="col" class="num">Findings</th></tr></thead><tbody>\n';
  for (const a of report.articles) {
    const n = found.filter((d) => d.subject.article === a.id).length;
    const inferred = (flag: boolean): string => (flag ? ' <span class="note">(inferred)</span>' : '');
    const role = a.role
      ? esc(a.role) + (a.basedOn && a.basedOn.length > 0 ? ` of ${a.basedOn.map((b) => `<code>${esc(b)}</code>`).join(', ')}` : '')
      : '—';
    html +=
      `<tr><th scope="row"><a href="#article-${articleKey(ctx, a.id)}"><code>${esc(a.id)}</code></a></th>` +
      `<td data-label="Outlet">${a.outlet ? esc(a.outlet) + inferred(a.inferred.outlet) : '—'}</td>` +
      `<td data-label="Published">${a.published ? esc(a.published) + inferred(a.inferred.published) : '—'}</td>` +
      `<td data-label="Role">${role}</td><td class="num" data-label="Findings">${n}</td></tr>\n`;
  }
  html += '</tbody></table></div>\n</section>\n';
  return html;
}

function renderErrors(errors: readonly InputError[]): string {
  if (errors.length === 0) return '';
  let html = `<section class="errors" aria-labelledby="errors-h"><h3 id="errors-h">${esc(plural(errors.length, 'input could not be checked', 'inputs could not be checked'))}</h3><ul>\n`;
  for (const e of errors) {
    html += `<li><code>${esc(e.input)}</code>${e.line !== undefined ? `, line ${e.line}` : ''}: ${esc(e.message)} <span class="note">(${esc(e.code)})</span></li>\n`;
  }
  return html + '</ul></section>\n';
}

function presentKinds(found: readonly Discrepancy[]): string[] {
  const seen = new Set(found.map((d) => d.kind as string));
  const known = KIND_ORDER.filter((k) => seen.has(k));
  const unknown = [...seen].filter((k) => !KIND_ORDER.includes(k)).sort();
  return [...known, ...unknown];
}

function renderFilters(found: readonly Discrepancy[]): string {
  const box = (name: string, value: string, label: string, n: number): string =>
    `<label><input type="checkbox" name="${name}" value="${esc(value)}" checked> ${label} <span class="count">(${n})</span></label>\n`;
  let html = '<form id="filters" class="filters" aria-label="Filter findings" hidden>\n';
  html += '<fieldset><legend>Severity</legend>\n';
  for (const s of SEVERITIES) {
    html += box('severity', s, `<span class="badge badge-${s}">${esc(severityLabel(s))}</span>`, found.filter((d) => d.severity === s).length);
  }
  html += '</fieldset>\n<fieldset><legend>Kind</legend>\n';
  for (const k of presentKinds(found)) {
    html += box('kind', k, esc(kindLabel(k)), found.filter((d) => d.kind === k).length);
  }
  html += '</fieldset>\n<p><button type="button" id="filters-reset">Show all</button></p>\n</form>\n';
  return html;
}

function renderSide(
  ctx: Context,
  at: LocatedText,
  role: 'subject' | 'counterpart',
  token: string,
  heading: string,
): string {
  const text = locate(ctx.texts, at);
  const cls = role === 'subject' ? 'side side-subject' : 'counterpart';
  let html = `<div class="${cls}">\n<h4><span class="role">${esc(heading)}</span> ${articleName(ctx, at.article)}</h4>\n`;
  if (text !== null) {
    html += `<blockquote class="excerpt">${renderExcerpt(text, at.start, at.end, EXCERPT_CONTEXT, ctx.paragraphs.get(at.article))}</blockquote>\n`;
    html += `<a class="show" href="#span-${token}" data-show="${token}">Show in article<span class="sr-only"> ${esc(at.article)}</span></a>\n`;
  } else {
    html += `<blockquote class="excerpt"><mark>${esc(at.text)}</mark></blockquote>\n`;
    html += `<p class="note">Characters ${at.start}–${at.end} of <code>${esc(at.article)}</code> are not this text, or the article text was not given: shown as reported.</p>\n`;
  }
  return html + '</div>\n';
}

function renderDiff(d: Discrepancy, diff: readonly DiffPart[]): string {
  const other = d.counterparts[0]?.article;
  const from = other !== undefined ? `<code>${esc(other)}</code>` : 'the counterpart';
  if (diff.every((part) => part.op === 'equal')) {
    // Say so in words: an empty change list would read as a rendering fault.
    return `<div class="diff">\n<h4>Word changes</h4>\n<p class="legend">No word differs between ${from} and <code>${esc(d.subject.article)}</code>: only the quotation marks, punctuation or attribution do.</p>\n</div>\n`;
  }
  let html = '<div class="diff">\n<h4>Word changes</h4>\n';
  html +=
    `<p class="legend"><del>Struck through</del>: only in ${from}. ` +
    `<ins>Underlined</ins>: only in <code>${esc(d.subject.article)}</code>.</p>\n<p class="diff-text">`;
  for (const part of diff) {
    const text = esc(part.text);
    if (part.op === 'delete') html += `<del><span class="sr-only">[removed: </span>${text}<span class="sr-only">]</span></del>`;
    else if (part.op === 'insert') html += `<ins><span class="sr-only">[added: </span>${text}<span class="sr-only">]</span></ins>`;
    else html += text;
  }
  return html + '</p>\n</div>\n';
}

function renderFinding(ctx: Context, d: Discrepancy, key: string): string {
  const sev = esc(d.severity);
  let html =
    `<li class="finding sev-${sev}" id="finding-${key}" data-key="${key}" data-id="${esc(d.id)}"` +
    ` data-severity="${sev}" data-kind="${esc(d.kind)}" tabindex="-1">\n<article aria-labelledby="finding-${key}-h">\n`;
  html +=
    `<h3 id="finding-${key}-h"><span class="badge badge-${sev}">${esc(severityLabel(d.severity))}</span> ` +
    `<span>${esc(kindLabel(d.kind))}</span></h3>\n`;
  html += `<p class="finding-meta">Finding <code>${esc(d.id)}</code> · <code>${esc(d.kind)}</code> · in ${articleName(ctx, d.subject.article)}</p>\n`;
  html += `<p class="message">${esc(d.message)}</p>\n`;
  html += '<div class="compare">\n';
  html += renderSide(ctx, d.subject, 'subject', key, 'Subject');
  if (d.counterparts.length > 0) {
    html += '<div class="side side-counterparts">\n';
    d.counterparts.forEach((c, i) => {
      html += renderSide(ctx, c, 'counterpart', `${key}c${i + 1}`, d.counterparts.length > 1 ? `Counterpart ${i + 1}` : 'Counterpart');
    });
    html += '</div>\n';
  } else {
    html += '<div class="side side-counterparts"><p class="note">No counterpart: nothing in the other articles to compare with.</p></div>\n';
  }
  html += '</div>\n';
  if (d.diff && d.diff.length > 0) html += renderDiff(d, d.diff);
  return html + '</article>\n</li>\n';
}

function renderFindings(report: Report, ctx: Context): string {
  const found = report.discrepancies;
  let html = '<section id="findings" aria-labelledby="findings-h">\n<h2 id="findings-h">Findings</h2>\n';
  if (found.length === 0) return html + '<p class="empty">No discrepancies found.</p>\n</section>\n';
  html += renderFilters(found);
  html += `<p id="filter-status" class="filter-status" role="status" aria-live="polite">Showing ${found.length} of ${plural(found.length, 'finding', 'findings')}</p>\n`;
  html += '<p id="no-match" class="empty" hidden>No findings match these filters.</p>\n';
  html += '<ol class="findings">\n';
  found.forEach((d, i) => {
    html += renderFinding(ctx, d, ctx.keys[i] as string);
  });
  return html + '</ol>\n</section>\n';
}

function articleKey(ctx: Context, id: string): string {
  return ctx.articleKeys.get(id) ?? 'a0';
}

function renderArticles(report: Report, ctx: Context, order: readonly string[]): string {
  let html = '<section id="articles" aria-labelledby="articles-h">\n<h2 id="articles-h">Articles</h2>\n';
  html +=
    '<p class="hl-legend legend"><mark class="hl-subject">Highlighted</mark>: text a finding is about; the label after it links to the finding. ' +
    '<mark class="hl-counterpart">Dashed</mark>: text a finding compares with; its outlined label links to that finding.</p>\n';
  for (const id of order) {
    const key = articleKey(ctx, id);
    const summary = ctx.summaries.get(id);
    const text = ctx.texts.get(id);
    const spans: HighlightSpan[] = [];
    report.discrepancies.forEach((d, i) => {
      const fkey = ctx.keys[i] as string;
      d.counterparts.forEach((c, j) => {
        if (c.article === id && locate(ctx.texts, c) !== null) {
          spans.push({
            start: c.start,
            end: c.end,
            token: `${fkey}c${j + 1}`,
            role: 'counterpart',
            anchorId: `span-${fkey}c${j + 1}`,
            ref: { href: `finding-${fkey}`, label: d.id },
          });
        }
      });
      if (d.subject.article === id && locate(ctx.texts, d.subject) !== null) {
        spans.push({
          start: d.subject.start,
          end: d.subject.end,
          token: fkey,
          role: 'subject',
          anchorId: `span-${fkey}`,
          ref: { href: `finding-${fkey}`, label: d.id },
        });
      }
    });
    // Findings about other articles that point here: a source article has few findings of its own.
    const cited = report.discrepancies.filter((d) => d.subject.article !== id && d.counterparts.some((c) => c.article === id)).length;
    const meta = [
      summary?.outlet ? esc(summary.outlet) : null,
      summary?.published ? `published ${esc(summary.published)}` : null,
      summary?.role ? esc(summary.role) : null,
      text !== undefined ? `${groupDigits(text.length)} characters` : null,
      plural(spans.filter((s) => s.role === 'subject').length, 'finding', 'findings'),
      cited > 0 ? `cited by ${plural(cited, 'finding', 'findings')} on other articles` : null,
    ].filter((m): m is string => m !== null);
    html += `<article class="article" id="article-${key}" aria-labelledby="article-${key}-h">\n`;
    html += `<h3 id="article-${key}-h"><code>${esc(id)}</code></h3>\n<p class="article-meta">${meta.join(' · ')}</p>\n`;
    if (text === undefined) html += '<p class="note">Article text not given.</p>\n';
    else {
      const body = renderArticleText(text, spans, ctx.paragraphs.get(id));
      html += body === '' ? '<p class="note">Empty article.</p>\n' : `<div class="article-text">\n${body}</div>\n`;
    }
    html += '</article>\n';
  }
  return html + '</section>\n';
}

/**
 * Render a report as one self-contained HTML page for editors: a summary, the findings with
 * subject and counterparts side by side (and the word diff where there is one), filters by
 * severity and kind, and every article with the findings highlighted in place.
 *
 * The page needs no network: styles and a small script are inline, and a Content-Security-Policy
 * allows only that script (by hash). Every string from the report and the articles is escaped,
 * so hostile article text shows as text. The same input always gives the same bytes.
 *
 * @param report The result of `check()`.
 * @param articles The texts the report's offsets point into (the report does not carry them).
 * @param options Page title.
 * @returns The HTML document as a string.
 *
 * @example
 * import { writeFile } from 'node:fs/promises';
 * const report = await check(articles);
 * await writeFile('report.html', toHtml(report, articles, { title: 'Harbour strike' }));
 */
export function toHtml(report: Report, articles: readonly HtmlArticle[], options: HtmlReportOptions = {}): string {
  const title = options.title ?? 'crosscheck report';
  const texts = new Map<string, string>();
  for (const a of articles) if (!texts.has(a.id)) texts.set(a.id, a.text);
  const summaries = new Map<string, ArticleSummary>();
  for (const a of report.articles) if (!summaries.has(a.id)) summaries.set(a.id, a);
  // Articles in report order, then any text the report does not list, so nothing given is hidden.
  const order = [...summaries.keys(), ...[...texts.keys()].filter((id) => !summaries.has(id))];
  const ctx: Context = {
    texts,
    summaries,
    paragraphs: new Map([...texts].map(([id, text]) => [id, splitParagraphs(text)])),
    keys: report.discrepancies.map((_, i) => `f${i + 1}`),
    articleKeys: new Map(order.map((id, i) => [id, `a${i + 1}`])),
  };

  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src '${HTML_REPORT_SCRIPT_HASH}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="referrer" content="no-referrer">\n<meta name="generator" content="crosscheck">\n' +
    `<title>${esc(title)}</title>\n<style>${HTML_REPORT_CSS}</style>\n</head>\n<body>\n` +
    '<a class="skip" href="#findings">Skip to findings</a>\n' +
    `<header class="site-head"><div class="wrap">\n<h1>${esc(title)}</h1>\n` +
    `<p>${esc(plural(report.articles.length, 'article', 'articles'))} checked against each other · ` +
    `${esc(plural(report.discrepancies.length, 'finding', 'findings'))}</p>\n` +
    '<nav aria-label="Sections"><ul><li><a href="#summary">Summary</a></li><li><a href="#findings">Findings</a></li>' +
    '<li><a href="#articles">Articles</a></li></ul></nav>\n</div></header>\n' +
    '<main class="wrap">\n' +
    renderSummary(report, ctx) +
    renderFindings(report, ctx) +
    renderArticles(report, ctx, order) +
    '</main>\n' +
    `<script>${HTML_REPORT_SCRIPT}</script>\n</body>\n</html>\n`
  );
}
