import { SingleBar } from 'cli-progress';

/** Show a bar only from this many articles on: a small check is over before a bar could help. */
export const PROGRESS_MIN_ARTICLES = 20;

/** A stream the bar can draw on: stderr, or a fake TTY in tests. */
export type ProgressStream = NodeJS.WritableStream & { isTTY?: boolean };

/** What the check loop reports as it goes; a no-op when no bar is shown. */
export interface Progress {
  /** A story was checked: its article count and finding count. */
  storyChecked(articles: number, findings: number): Promise<void>;
  stop(): void;
}

const SILENT: Progress = { storyChecked: async () => undefined, stop: () => undefined };

/**
 * A progress bar on stderr (articles read, stories checked, findings so far), only when the
 * stream is a terminal, the run is big enough and not `--quiet`: piped or logged stderr stays clean.
 */
export function createProgress(stream: ProgressStream | undefined, counts: { articles: number; stories: number }, quiet: boolean): Progress {
  if (quiet || !stream || stream.isTTY !== true || counts.articles <= PROGRESS_MIN_ARTICLES) return SILENT;
  const bar = new SingleBar({
    stream,
    format: 'crosscheck {bar} {value}/{total} articles checked | {read} read | {stories} stories checked | {findings} findings',
    hideCursor: true,
    clearOnComplete: true,
    barsize: 24,
  });
  let stories = 0;
  let findings = 0;
  let checked = 0;
  const payload = () => ({ read: counts.articles, stories: `${stories}/${counts.stories}`, findings });
  bar.start(counts.articles, 0, payload());
  return {
    async storyChecked(articles, found) {
      stories++;
      findings += found;
      checked += articles;
      bar.update(checked, payload());
      // check() is synchronous: give the bar's timer a turn to draw between stories.
      await new Promise<void>((resolve) => setImmediate(resolve));
    },
    stop: () => bar.stop(),
  };
}
