import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const runEval = (...args: string[]) =>
  spawnSync(join(repo, 'node_modules', '.bin', 'tsx'), [join(repo, 'scripts', 'eval.ts'), ...args], { cwd: repo, encoding: 'utf8', timeout: 120_000 });
const altered = join(repo, 'test', 'cases', 'altered-quote');

describe('npm run eval -- --mutate', () => {
  it('prints rates per kind as JSON, the same for the same seed', () => {
    const a = runEval('--mutate', altered, '--seed', '3', '--json');
    expect(a.status).toBe(0);
    const out = JSON.parse(a.stdout) as { summary: { seed: number; cases: number; detection: { kind: string }[] } };
    expect(out.summary.seed).toBe(3);
    expect(out.summary.cases).toBe(1);
    expect(out.summary.detection.map((d) => d.kind)).toContain('quote-altered');
    expect(runEval('--mutate', altered, '--seed', '3', '--json').stdout).toBe(a.stdout);
  });

  it('prints the table as text and exits 1 when a limit is missed, 2 on a bad seed', () => {
    const r = runEval('--mutate', altered, '--min-detection', '1', '--max-false-rate', '0');
    expect(r.stdout).toMatch(/^crosscheck mutation eval: 1 case, seed 1\n/);
    expect(r.stdout).toMatch(/\nmeaning-preserving +false-finding rate/);
    expect(r.status).toBe(/FAILED: /.test(r.stdout) ? 1 : 0);
    expect(runEval('--mutate', altered, '--seed', 'x').status).toBe(2);
  });
});
