/**
 * The HTML report in a real browser (Debian's chromium through playwright-core): highlights
 * match the findings, links scroll to them, filters filter, hostile text stays text, and the
 * keyboard reaches everything. No browser is a failure, not a skip: CI installs one with
 * .ci/install-chromium.sh.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { toHtml } from '../../src/report/html.js';
import type { Report } from '../../src/schema/report.js';
import { buildHostileFixture, HOSTILE_TITLE, PWN_IMG, PWN_LINK, PWN_SCRIPT } from '../fixtures/hostile/hostile-fixture.js';
import { buildSeedsFixture } from '../fixtures/html-report/seeds-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const artifacts = fileURLToPath(new URL('../artifacts/', import.meta.url));
const seeds = buildSeedsFixture();
const seedsHtml = toHtml(seeds.report, seeds.articles, { title: 'Iraq FM on armed factions — crosscheck' });
const seedsFile = `${artifacts}seeds-fixture.html`;

let browser: Browser;

/**
 * The few browser globals the page functions below use: the project's tsconfig has no DOM lib,
 * and adding it for one test file would put DOM types into every file's type check.
 */
interface PageElement {
  id: string;
  tagName: string;
  matches(selector: string): boolean;
  getAttribute(name: string): string | null;
}
interface PageGlobals {
  document: { activeElement: PageElement | null; documentElement: { scrollWidth: number } };
  innerHeight: number;
  getComputedStyle(el: unknown): { outlineStyle: string; outlineWidth: string; gridTemplateColumns: string };
  __pwned?: unknown;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the HTML report tests need it. Run .ci/install-chromium.sh`);
  }
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(seedsFile, seedsHtml);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  problems: string[];
}

/** Open a page and collect anything that went wrong in it (errors, CSP refusals, requests, dialogs). */
async function open(width: number, load: (page: Page) => Promise<unknown>): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && r.url() !== 'about:blank') problems.push(`request: ${r.url()}`);
  });
  await load(page);
  return { page, problems };
}

const openSeeds = (width = 1280): Promise<Opened> => open(width, (p) => p.goto(pathToFileURL(seedsFile).href));

/** Is the element's box inside the viewport? */
async function inViewport(page: Page, selector: string): Promise<boolean> {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < (globalThis as unknown as PageGlobals).innerHeight && r.height > 0;
  });
}

describe('HTML report in chromium: seeds fixture', () => {
  it('runs its script under the CSP, makes no requests and logs no errors', async () => {
    const { page, problems } = await openSeeds();
    expect(await page.isVisible('#filters')).toBe(true);
    expect(await page.textContent('#filter-status')).toBe('Showing 9 of 9 findings');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('highlights, in the articles and in each finding, exactly the subject text', async () => {
    const { page } = await openSeeds();
    for (const [i, d] of seeds.report.discrepancies.entries()) {
      const key = `f${i + 1}`;
      const inArticle = await page.$$eval(`#articles mark[data-spans~="${key}"]`, (ms) => ms.map((m) => m.textContent).join(''));
      expect(inArticle, d.id).toBe(d.subject.text);
      const inFinding = await page.textContent(`#finding-${key} .side-subject .excerpt mark`);
      expect(inFinding, d.id).toBe(d.subject.text);
      for (const [j, c] of d.counterparts.entries()) {
        const cp = await page.$$eval(`#articles mark[data-spans~="${key}c${j + 1}"]`, (ms) => ms.map((m) => m.textContent).join(''));
        expect(cp, `${d.id} counterpart ${j + 1}`).toBe(c.text);
      }
      // Each highlight links back to its finding.
      expect(await page.getAttribute(`#articles a.ref[data-finding="${key}"]`, 'href')).toBe(`#finding-${key}`);
    }
    await page.close();
  });

  it('scrolls to the span and marks it active when a finding is clicked', async () => {
    const { page } = await openSeeds();
    const last = seeds.report.discrepancies.length;
    await page.click(`#finding-f${last} a[data-show="f${last}"]`);
    const mark = `#articles mark[data-spans~="f${last}"]`;
    expect(await inViewport(page, mark)).toBe(true);
    expect(await page.$eval(mark, (m) => m.classList.contains('active'))).toBe(true);
    expect(await page.$eval(`#finding-f${last}`, (m) => m.classList.contains('active'))).toBe(true);

    // A click on the card itself (its message) does the same for that finding; the old one goes.
    await page.click('#finding-f1 .message');
    expect(await inViewport(page, '#articles mark[data-spans~="f1"]')).toBe(true);
    expect(await page.$eval('#articles mark[data-spans~="f1"]', (m) => m.classList.contains('active'))).toBe(true);
    expect(await page.$eval(mark, (m) => m.classList.contains('active'))).toBe(false);

    // And back: the marker after the span leads to the finding.
    await page.click('#articles a.ref[data-finding="f1"]');
    expect(await inViewport(page, '#finding-f1')).toBe(true);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.id)).toBe('finding-f1');
    await page.close();
  });

  it('filters by severity and kind and keeps the count in step', async () => {
    const { page } = await openSeeds();
    const found = seeds.report.discrepancies;
    const visible = (): Promise<string[]> =>
      page.$$eval('li.finding', (ls) => ls.filter((l) => !(l as unknown as { hidden: boolean }).hidden && l.getBoundingClientRect().height > 0).map((l) => l.getAttribute('data-id') ?? ''));

    await page.uncheck('#filters input[name="severity"][value="high"]');
    const noHigh = found.filter((d) => d.severity !== 'high');
    expect(await visible()).toEqual(noHigh.map((d) => d.id));
    expect(await page.textContent('#filter-status')).toBe(`Showing ${noHigh.length} of ${found.length} findings`);

    await page.uncheck('#filters input[name="kind"][value="quote-altered"]');
    const rest = noHigh.filter((d) => d.kind !== 'quote-altered');
    expect(await visible()).toEqual(rest.map((d) => d.id));
    expect(await page.textContent('#filter-status')).toBe(`Showing ${rest.length} of ${found.length} findings`);
    // Highlights of hidden findings are toned down, not removed.
    expect(await page.$eval('#articles mark[data-spans~="f2"]', (m) => m.classList.contains('muted'))).toBe(true);
    // A span a visible finding also points at (d1 is d6's counterpart) stays bright.
    expect(await page.$eval('#articles mark[data-spans~="f1"]', (m) => m.classList.contains('muted'))).toBe(false);

    for (const s of ['medium', 'low', 'info']) await page.uncheck(`#filters input[name="severity"][value="${s}"]`);
    expect(await visible()).toEqual([]);
    expect(await page.isVisible('#no-match')).toBe(true);
    expect(await page.textContent('#filter-status')).toBe(`Showing 0 of ${found.length} findings`);

    await page.click('#filters-reset');
    expect(await visible()).toHaveLength(found.length);
    expect(await page.isVisible('#no-match')).toBe(false);
    await page.close();
  });

  it('works from the keyboard: Tab reaches a finding link with a visible focus ring, Enter follows it', async () => {
    const { page } = await openSeeds();
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.matches('li.finding a[data-show]') ?? false);
    }
    expect(reached).toBe(true);
    const token = await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.getAttribute('data-show') ?? '');
    const outline = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      const s = g.getComputedStyle(g.document.activeElement);
      return `${s.outlineStyle} ${s.outlineWidth}`;
    });
    expect(outline).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    const mark = `#articles mark[data-spans~="${token}"]`;
    expect(await inViewport(page, mark)).toBe(true);
    expect(await page.$eval(mark, (m) => m.classList.contains('active'))).toBe(true);
    // Focus moved to the span, so the next Tab continues from the article.
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).document.activeElement?.tagName)).toBe('MARK');
    await page.close();
  });

  it('fits a 375px phone screen without sideways scrolling; saves screenshots', async () => {
    const wide = await openSeeds(1280);
    await wide.page.screenshot({ path: `${artifacts}seeds-fixture.png`, fullPage: true });
    await wide.page.close();
    const narrow = await openSeeds(375);
    expect(await narrow.page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // Subject and counterpart stack on a phone and sit side by side on a wide screen.
    const columns = await narrow.page.$eval('#finding-f1 .compare', (el) => (globalThis as unknown as PageGlobals).getComputedStyle(el).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(1);
    await narrow.page.screenshot({ path: `${artifacts}seeds-fixture-375.png`, fullPage: true });
    await narrow.page.close();
    const again = await openSeeds(1280);
    const wideColumns = await again.page.$eval('#finding-f1 .compare', (el) => (globalThis as unknown as PageGlobals).getComputedStyle(el).gridTemplateColumns.split(' ').length);
    expect(wideColumns).toBe(2);
    await again.page.close();
  });
});

describe('HTML report in chromium: the real seeds report from the CLI', () => {
  const file = `${artifacts}seeds-report.html`;
  let report: Report;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const quiet = { stdout: () => {}, stderr: () => {} };
    // `crosscheck check seeds --format html --out …`, exactly as an editor would run it.
    expect(await runCli(['check', 'seeds', '--format', 'html', '--out', file, '--fail-on', 'none'], quiet)).toBe(0);
    let json = '';
    await runCli(['check', 'seeds', '--format', 'json', '--fail-on', 'none'], { stdout: (t) => (json += t), stderr: () => {} });
    report = JSON.parse(json) as Report;
  });

  const openReal = (width = 1280): Promise<Opened> => open(width, (p) => p.goto(pathToFileURL(file).href));

  it('highlights exactly each finding\'s subject text, and runs cleanly', async () => {
    const { page, problems } = await openReal();
    expect(report.discrepancies.length).toBeGreaterThan(5);
    for (const [i, d] of report.discrepancies.entries()) {
      const key = `f${i + 1}`;
      const inArticle = await page.$$eval(`#articles mark[data-spans~="${key}"]`, (ms) => ms.map((m) => m.textContent).join(''));
      expect(inArticle, d.id).toBe(d.subject.text);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the tightrope finding with both texts side by side, and scrolls to it from the list', async () => {
    const { page } = await openReal();
    const i = report.discrepancies.findIndex((d) => d.kind === 'paraphrase-as-quote' && d.subject.text.includes('walk the tightrope'));
    expect(i).toBeGreaterThanOrEqual(0);
    const d = report.discrepancies[i]!;
    const key = `f${i + 1}`;
    const card = `#finding-${key}`;
    expect(await page.textContent(`${card} .side-subject .excerpt mark`)).toBe(d.subject.text);
    const counterpart = d.counterparts.find((c) => c.article === 'reuters')!;
    expect(await page.textContent(`${card} .compare`)).toContain(counterpart.text);
    const columns = await page.$eval(`${card} .compare`, (el) => (globalThis as unknown as PageGlobals).getComputedStyle(el).gridTemplateColumns.split(' ').length);
    expect(columns).toBe(2);
    await page.click(`${card} a[data-show="${key}"]`);
    expect(await inViewport(page, `#articles mark[data-spans~="${key}"]`)).toBe(true);
    await page.$eval(card, (el) => el.scrollIntoView());
    await page.screenshot({ path: `${artifacts}seeds-tightrope.png` });
    await page.close();
  });

  it('filters the real findings by kind', async () => {
    const { page } = await openReal();
    await page.uncheck('#filters input[name="kind"][value="single-source"]');
    const rest = report.discrepancies.filter((d) => d.kind !== 'single-source');
    expect(await page.textContent('#filter-status')).toBe(`Showing ${rest.length} of ${report.discrepancies.length} findings`);
    await page.screenshot({ path: `${artifacts}seeds-report.png`, fullPage: true });
    await page.close();
  });
});

describe('HTML report in chromium: hostile input', () => {
  const hostile = buildHostileFixture();
  const html = toHtml(hostile.report, hostile.articles, { title: HOSTILE_TITLE });

  it('runs nothing from the input and shows the markup as text', async () => {
    const { page, problems } = await open(1024, (p) => p.setContent(html, { waitUntil: 'load' }));
    // Exercise every link and highlight the page has.
    for (const link of await page.$$('a[data-show], a.ref')) await link.click();
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__pwned)).toBeUndefined();
    expect(await page.$$('img, svg, iframe, object, embed, b')).toHaveLength(0);
    expect(await page.$$('a[href^="javascript:" i]')).toHaveLength(0);
    expect(await page.$$('script')).toHaveLength(1);
    const body = (await page.textContent('body')) ?? '';
    for (const s of [PWN_SCRIPT, PWN_IMG, PWN_LINK, '</mark><b>bold</b>']) expect(body).toContain(s);
    expect(await page.title()).toBe(HOSTILE_TITLE);
    // Highlights still cover exactly their text, overlapping ones included.
    for (const [i, d] of hostile.report.discrepancies.entries()) {
      const text = await page.$$eval(`#articles mark[data-spans~="f${i + 1}"]`, (ms) => ms.map((m) => m.textContent).join(''));
      expect(text).toBe(d.subject.text);
    }
    // The unknown kind filters like any other.
    await page.uncheck('#filters input[name="kind"][value="<b>new-kind</b>"]');
    expect(await page.textContent('#filter-status')).toBe('Showing 3 of 4 findings');
    expect(problems).toEqual([]);
    await page.close();
  });
});
