import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

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

/** An article's text and title taken out of an HTML page. */
export interface HtmlPage {
  text: string;
  title: string | null;
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
  const title = document.title?.trim() || null;
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    // The DOM types are not in this package's lib: linkedom's document is what Readability reads.
    parsed = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  } catch {
    // Readability gives up on some pages; the body text is the honest fallback.
  }
  const fromContent = parsed?.content ? blockText(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as unknown as DomNode) : '';
  const body = fromContent || blockText(parseHTML(page).document.body as unknown as DomNode);
  const headline = (parsed?.title ?? title)?.replace(/\s+/g, ' ').trim() || null;
  const text = headline && !body.startsWith(headline) ? `${headline}\n\n${body}` : body;
  return { text, title: headline };
}
