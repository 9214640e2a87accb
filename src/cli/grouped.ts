import { extname } from 'node:path';
import type { CheckRunOptions } from '../check.js';
import { checkMany } from '../group/check-many.js';
import type { Story } from '../ingest/files.js';
import { readJsonlStream } from '../ingest/jsonl-stream.js';
import type { Article } from '../schema/article.js';
import type { InputError, Report, StoryGroup } from '../schema/report.js';
import { checkStream } from '../stream/check-stream.js';

/** A story found by grouping, and its report. */
export interface GroupedStory {
  story: Pick<Story, 'name' | 'articles'>;
  report: Report;
}

/** How a grouped story is named in headings and file names: its id and leading terms. */
export function groupedStoryName(group: StoryGroup): string {
  return group.terms.length ? `${group.id} (${group.terms.slice(0, 5).join(', ')})` : group.id;
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
  return stories.map((group, i) => ({ story: { name: groupedStoryName(group), articles: group.articles.map((id) => byId.get(id)!) }, report: reports[i]! }));
}

/** True when every input is a JSON Lines file, which `--group` reads as a stream. */
export function allJsonl(paths: readonly string[]): boolean {
  return paths.length > 0 && paths.every((p) => ['.jsonl', '.ndjson'].includes(extname(p).toLowerCase()));
}

/**
 * Check JSON Lines files as one stream: articles are read line by line, grouped into stories as
 * they come, and each story is checked when it closes (`checkStream`). Bad lines become errors;
 * `onStory` hears of each story as it is checked.
 */
export async function checkJsonlStream(
  paths: readonly string[],
  options: CheckRunOptions,
  onStory: (story: GroupedStory) => Promise<void> | void,
): Promise<{ stories: GroupedStory[]; errors: InputError[] }> {
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
  const stories: GroupedStory[] = [];
  for await (const { story, report } of checkStream(articles(), options)) {
    const members = story.articles.map((id) => open.get(id)!);
    for (const id of story.articles) open.delete(id);
    const checked = { story: { name: groupedStoryName(story), articles: members }, report };
    stories.push(checked);
    await onStory(checked);
  }
  return { stories, errors };
}
