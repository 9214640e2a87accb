import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IsoDateSchema } from '../schema/article.js';

/** Elements that end a paragraph of text. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3',
  'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/** The minimal DOM the walker reads; linkedom's nodes fit it. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text of a DOM subtree, one paragraph per block element, white space inside a paragraph collapsed. */
function blockText(root: DomNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName)) return;
    if (node.nodeName === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(node.nodeName);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** An article's text, title and metadata taken out of an HTML page. */
export interface HtmlPage {
  text: string;
  title: string | null;
  /** `og:site_name` (or `application-name`, JSON-LD `publisher.name`), when the page names its publisher. */
  outlet: string | null;
  /** `article:published_time`, JSON-LD `datePublished` or the first `<time datetime>`, as an ISO date. */
  published: string | null;
  /** `<link rel="canonical">`, else `og:url`: where the article lives, not where it was saved from. */
  url: string | null;
}

/** The minimal element interface the metadata reader needs. */
interface MetaElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
interface MetaDocument {
  querySelector(selector: string): MetaElement | null;
  querySelectorAll(selector: string): ArrayLike<MetaElement & { remove(): void }>;
}

/**
 * Page furniture Readability may keep because it sits inside the article container: ad slots
 * (their "Advertisement" label would become a paragraph of the article) and reader comments
 * (their quotations are not the article's). Removed before extraction.
 */
const FURNITURE = [
  '[data-ad]',
  '[class*="ad-slot"]',
  '[class*="advert"]',
  '[class*="jeg_ad"]',
  '[class~="ad"]',
  '[class~="ads"]',
  '.adsbygoogle',
  '[id^="div-gpt-ad"]',
  '#comments',
  '.comments-area',
  '.comment-list',
  '.commentlist',
].join(', ');

function removeFurniture(doc: MetaDocument): void {
  const found = doc.querySelectorAll(FURNITURE);
  for (let i = 0; i < found.length; i++) found[i]!.remove();
}

const clean = (value: string | null | undefined): string | null => value?.replace(/\s+/g, ' ').trim() || null;

/** `<meta property|name=… content=…>`: Open Graph uses `property`, many sites write `name`. */
function metaContent(doc: MetaDocument, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`);
  return clean(el?.getAttribute('content'));
}

/**
 * An ISO date the article schema accepts, from a page's date string: full timestamps are kept
 * (seconds and zone normalised), anything else with a leading calendar date is cut to that date.
 */
export function isoDateFromPage(value: string | null): string | null {
  if (!value) return null;
  const v = value.trim();
  if (IsoDateSchema.safeParse(v).success) return v;
  const time = Date.parse(v);
  // Pages write "2025-01-16 09:30:00" or "2025-01-16T09:30:00.000+0300"; Date reads both.
  if (/^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(time)) {
    const hasTime = /^\d{4}-\d{2}-\d{2}[T ]\d/.test(v);
    return hasTime ? new Date(time).toISOString() : v.slice(0, 10);
  }
  return null;
}

interface JsonLdFacts {
  published: string | null;
  outlet: string | null;
}

/** `datePublished` and `publisher.name` of the page's JSON-LD NewsArticle, where there is one. */
function jsonLdFacts(doc: MetaDocument): JsonLdFacts {
  const facts: JsonLdFacts = { published: null, outlet: null };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; the meta tags may still say it
    }
    const queue: unknown[] = [data];
    for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Record<string, unknown>;
        if (typeof o['datePublished'] === 'string') facts.published ??= o['datePublished'];
        const publisher = o['publisher'];
        if (publisher && typeof publisher === 'object' && typeof (publisher as Record<string, unknown>)['name'] === 'string') {
          facts.outlet ??= clean((publisher as Record<string, unknown>)['name'] as string);
        }
        if (o['@graph']) queue.push(o['@graph']);
      }
    }
  }
  return facts;
}

interface PageMeta {
  outlet: string | null;
  published: string | null;
  url: string | null;
}

function pageMeta(doc: MetaDocument): PageMeta {
  const ld = jsonLdFacts(doc);
  const outlet = metaContent(doc, 'og:site_name') ?? ld.outlet ?? metaContent(doc, 'application-name');
  const published =
    isoDateFromPage(metaContent(doc, 'article:published_time')) ??
    isoDateFromPage(ld.published) ??
    // The article's own <time> before any other: related links and comments carry dates too.
    isoDateFromPage(clean((doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]'))?.getAttribute('datetime')));
  const url = clean(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? metaContent(doc, 'og:url');
  return { outlet, published, url: url && /^https?:\/\//i.test(url) ? url : null };
}

/**
 * Extract an article's readable text from an HTML page with Readability (falling back to the
 * whole body), one paragraph per block separated by a blank line, the headline first.
 * The result is the article text the report's offsets point into.
 */
export function extractHtmlText(html: string): HtmlPage {
  // linkedom needs a document element: a bare fragment would otherwise parse as one stray node.
  const page = /<html[\s>]/i.test(html) ? html : `<html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  // Read metadata first: Readability takes the document apart as it goes.
  const meta = pageMeta(document as unknown as MetaDocument);
  removeFurniture(document as unknown as MetaDocument);
  const title = document.title?.trim() || null;
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    // The DOM types are not in this package's lib: linkedom's document is what Readability reads.
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    // Readability gives up on some pages; the body text is the honest fallback.
  }
  const fromContent = parsed?.content ? blockText(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as unknown as DomNode) : '';
  let body = fromContent;
  if (!body) {
    // Readability has taken the first document apart: read the body from a fresh parse.
    const fresh = parseHTML(page).document;
    removeFurniture(fresh as unknown as MetaDocument);
    body = blockText(fresh.body as unknown as DomNode);
  }
  const headline = (parsed?.title ?? title)?.replace(/\s+/g, ' ').trim() || null;
  const text = headline && !body.startsWith(headline) ? `${headline}\n\n${body}` : body;
  return { text, title: headline, ...meta };
}
