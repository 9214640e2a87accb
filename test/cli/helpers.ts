import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const repo = join(import.meta.dirname, '..', '..');
const tsx = join(repo, 'node_modules', '.bin', 'tsx');

/** Result of one CLI run in a child process. */
export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `tsx src/cli/main.ts …args` from the repository root, as a user would. */
export function runCrosscheck(args: readonly string[], cwd = repo): Run {
  const r = spawnSync(tsx, [join(repo, 'src', 'cli', 'main.ts'), ...args], { cwd, encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
