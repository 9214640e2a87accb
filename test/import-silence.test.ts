import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

describe('importing crosscheck', () => {
  it('writes nothing to stdout or stderr and reads no .env, even with one in the working directory', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'crosscheck-import-'));
    writeFileSync(join(cwd, '.env'), 'CROSSCHECK_PROBE=1\n');
    const script = `const m = await import(${JSON.stringify(join(root, 'src/index.ts'))});
      m.check([{ id: 'a', text: 'He said, "Hello there, all of you." It rained.' }, { id: 'b', text: '"Hello there," he said.' }]);
      if (process.env.CROSSCHECK_PROBE) process.exitCode = 3;`;
    const out = execFileSync(process.execPath, ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href, '--input-type=module', '-e', script], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: '', NODE_PATH: join(root, 'node_modules') },
    });
    expect(out).toBe('');
  });
});
