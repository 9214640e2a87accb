import { extname } from 'node:path';
import { stem, tokenWords } from '../align/tokens.js';
import type { CheckRunOptions } from '../check.js';
import { checkMany } from '../group/check-many.js';
import { foldText } from '../normalize/fold.js';
import type { Story } from '../ingest/files.js';
import { readJsonlStream } from '../ingest/jsonl-stream.js';
import type { Article } from '../schema/article.js';
import { formatJsonl } from '../report/format-jsonl.js';
import { escapeMarkdown } from '../report/format-markdown.js';
import { formatReport, type ReportFormat } from '../report/format.js';
import type { InputError, Report, StoryGroup } from '../schema/report.js';
import { checkStream } from '../stream/check-stream.js';

/** A story found by grouping, and its report. */
export interface GroupedStory {
  story: Pick<Story, 'name' | 'articles'>;
  report: Report;
}

/**
 * How a grouped story is named in headings and file names: its id and leading terms, each shown
 * as the word the story's articles use most for it ("company", not the stem "compani").
 */
export function groupedStoryName(group: StoryGroup, articles: readonly Article[]): string {
  const terms = group.terms.slice(0, 5);
  if (terms.length === 0) return group.id;
  const wanted = new Set(terms);
  const counts = new Map<string, Map<string, number>>();
  for (const a of articles) {
    for (const word of tokenWords(foldText(a.text, { map: false }).text)) {
      const term = stem(word);
      if (!wanted.has(term)) continue;
      const forms = counts.get(term) ?? new Map<string, number>();
      counts.set(term, forms);
      forms.set(word, (forms.get(word) ?? 0) + 1);
    }
  }
  // most used form; ties to the shorter, then the first in alphabetical order, so names are stable
  const shown = terms.map((t) => {
    const forms = [...(counts.get(t) ?? [])].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1));
    return forms[0]?.[0] ?? t;
  });
  return `${group.id} (${shown.join(', ')})`;
}

/**
 * The articles of every story read, as one intake with unique ids: when several stories were
 * read (folders, case folders, JSON with story names), each id is prefixed with its story's name,
 * since two folders may both hold a `reuters.txt`.
 */
export function intakeOf(stories: readonly Story[]): Article[] {
  if (stories.length <= 1) return stories.flatMap((s) => s.articles);
  return stories.flatMap((s) => s.articles.map((a) => ({ ...a, id: `${s.name}/${a.id}` })));
}

/** Group a whole intake into stories and check each (worker threads for large intakes). */
export async function checkGrouped(articles: readonly Article[], options: CheckRunOptions): Promise<GroupedStory[]> {
  const byId = new Map(articles.map((a) => [a.id, a] as const));
  const { stories, reports } = await checkMany(articles, options);
  return stories.map((group, i) => {
    const members = group.articles.map((id) => byId.get(id)!);
    return { story: { name: groupedStoryName(group, members), articles: members }, report: reports[i]! };
  });
}

/** True when every input is a JSON Lines file, which `--group` reads as a stream. */
export function allJsonl(paths: readonly string[]): boolean {
  return paths.length > 0 && paths.every((p) => ['.jsonl', '.ndjson'].includes(extname(p).toLowerCase()));
}

/**
 * Check JSON Lines files as one stream: articles are read line by line, grouped into stories as
 * they come, and each story is checked when it closes (`checkStream`). `onStory` receives each
 * story as it is checked, with the errors of the lines read since the story before; the errors
 * after the last story are returned.
 */
export async function checkJsonlStream(
  paths: readonly string[],
  options: CheckRunOptions,
  onStory: (story: GroupedStory) => Promise<void> | void,
): Promise<InputError[]> {
  const errors: InputError[] = [];
  // Articles wait here until their story closes; checkStream holds only the open stories' articles.
  const open = new Map<string, Article>();
  async function* articles(): AsyncGenerator<Article> {
    for (const path of paths) {
      for await (const read of readJsonlStream(path, options.maxArticleChars === undefined ? {} : { maxArticleChars: options.maxArticleChars })) {
        if (!('article' in read)) {
          errors.push(read);
          continue;
        }
        const id = paths.length > 1 ? `${path}/${read.article.id}` : read.article.id;
        if (open.has(id)) {
          errors.push({ code: 'duplicate-id', input: path, line: read.line, message: `${path}:${read.line}: same article id "${read.article.id}" as an earlier line` });
          continue;
        }
        const article = { ...read.article, id };
        open.set(id, article);
        yield article;
      }
    }
  }
  for await (const { story, report } of checkStream(articles(), options)) {
    const members = story.articles.map((id) => open.get(id)!);
    for (const id of story.articles) open.delete(id);
    // Lines that failed since the last story are told with the next one, as the intake goes.
    await onStory(withErrors({ story: { name: groupedStoryName(story, members), articles: members }, report }, errors.splice(0)));
  }
  return errors;
}

/** A grouped story with input errors told before its own. */
export function withErrors(item: GroupedStory, errors: readonly InputError[]): GroupedStory {
  return errors.length ? { ...item, report: { ...item.report, errors: [...errors, ...item.report.errors] } } : item;
}

/**
 * The output of grouped stories, a story at a time, so a stream's stories can go out as they are
 * checked: text and markdown head every story with its name, json is always an array of reports
 * (the same bytes as `JSON.stringify(reports, null, 2)`), jsonl one finding per line.
 */
export function formatGroupedStory(item: GroupedStory, index: number, format: ReportFormat): string {
  switch (format) {
    case 'jsonl':
      return formatJsonl([{ name: item.story.name, report: item.report }]);
    case 'json': {
      const indented = JSON.stringify(item.report, null, 2).replace(/\n/g, '\n  ');
      return `${index === 0 ? '[\n' : ',\n'}  ${indented}`;
    }
    case 'markdown':
      return `${index === 0 ? '' : '\n'}# ${escapeMarkdown(item.story.name)}\n\n${formatReport(item.report, format)}`;
    case 'text':
      return `${index === 0 ? '' : '\n'}== ${item.story.name} ==\n${formatReport(item.report, format)}`;
  }
}

/** What closes the output of `count` grouped stories. */
export function formatGroupedEnd(count: number, format: ReportFormat): string {
  if (format !== 'json') return '';
  return count === 0 ? '[]\n' : '\n]\n';
}
