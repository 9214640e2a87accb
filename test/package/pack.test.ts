/**
 * The package as people get it: packed, installed into a fresh project from the tarball, then
 * used from ESM, CJS, TypeScript (node16 resolution) and the command line. Assumes `dist/` is
 * built (CI builds before testing); packs with `--ignore-scripts` so it never rebuilds it.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const BUILT = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/report.schema.json'];

function run(cmd: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', npm_config_update_notifier: 'false' }, timeout: 110_000 });
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const WIRE = 'Dateline 2025-01-16 Northwire/ The council approved the budget on Thursday.\n\n"We have secured 12 million dollars for the repairs," Mayor Anna Berg said.\n';
const COPY = 'The council approved the budget on Thursday.\n\n"We have secured 15 million dollars for the repairs," Mayor Anna Berg said.\n';

describe('the packed package', () => {
  let work = '';
  let app = '';
  let files: string[] = [];

  beforeAll(() => {
    const missing = BUILT.filter((f) => !existsSync(join(root, f)));
    if (missing.length) throw new Error(`dist/ is not built (missing ${missing.join(', ')}): run \`npm run build\` before this test`);
    work = mkdtempSync(join(tmpdir(), 'crosscheck-pack-'));
    const packed = JSON.parse(ok(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root), 'npm pack')) as { filename: string; files: { path: string }[] }[];
    files = packed[0]!.files.map((f) => f.path).sort();
    const tarball = join(work, packed[0]!.filename);
    app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const flags = ['install', '--no-audit', '--no-fund', '--ignore-scripts=false', tarball];
    // the dependencies are in the npm cache; --prefer-offline when a strictly offline install cannot resolve one
    const offline = run('npm', [flags[0]!, '--offline', ...flags.slice(1)], app);
    if (offline.status !== 0) ok(run('npm', [flags[0]!, '--prefer-offline', ...flags.slice(1)], app), 'npm install');
    writeFileSync(join(app, 'wire.txt'), WIRE);
    writeFileSync(join(app, 'copy.txt'), COPY);
  }, 120_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('holds only dist/, README, LICENSE, CHANGELOG and package.json', () => {
    expect(files.filter((f) => !/^(dist\/|README\.md$|LICENSE$|CHANGELOG\.md$|package\.json$)/.test(f))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['dist/report.schema.json', 'dist/index.js', 'dist/index.cjs', 'dist/cli.js', 'LICENSE', 'README.md']));
  });

  it('has no install scripts, no side effects and needs Node 20', () => {
    const pkg = JSON.parse(readFileSync(join(app, 'node_modules/crosscheck/package.json'), 'utf8')) as Record<string, unknown> & { scripts?: Record<string, string> };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(pkg.scripts?.[hook]).toBeUndefined();
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.engines).toEqual({ node: '>=20' });
  });

  it('imports from ESM and checks a story', () => {
    writeFileSync(
      join(app, 'esm.mjs'),
      `import { check } from 'crosscheck';\nconst r = check([{ id: 'a', text: 'He said "yes," she said.' }, { id: 'b', text: 'He said "no," she said.' }]);\nconsole.log(JSON.stringify({ version: r.version, articles: r.articles.length }));\n`,
    );
    expect(JSON.parse(ok(run('node', ['esm.mjs'], app), 'ESM import'))).toEqual({ version: 1, articles: 2 });
  });

  it('requires from CJS', () => {
    writeFileSync(join(app, 'cjs.cjs'), `const { check, ReportSchema } = require('crosscheck');\nconst r = check([{ id: 'a', text: 'Hello there.' }]);\nconsole.log(ReportSchema.safeParse(r).success);\n`);
    expect(ok(run('node', ['cjs.cjs'], app), 'CJS require').trim()).toBe('true');
  });

  it('type-checks a TypeScript consumer with node16 resolution, from ESM and CJS', () => {
    const types = join(root, 'node_modules/@types');
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module: 'node16', moduleResolution: 'node16', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: false, typeRoots: [types], types: ['node'] },
        files: ['consumer.mts', 'consumer.cts'],
      }),
    );
    const body = `const options: CheckRunOptions = { maxArticles: 10, info: false };
const report: Report = check([{ id: 'a', text: 'Hello.' }], options);
const kinds: DiscrepancyKind[] = report.discrepancies.map((d) => d.kind);
const code: InputErrorCode | undefined = report.errors[0]?.code;
export { kinds, code };
`;
    writeFileSync(join(app, 'consumer.mts'), `import { check, type CheckRunOptions, type Report, type DiscrepancyKind, type InputErrorCode } from 'crosscheck';\n${body}`);
    writeFileSync(join(app, 'consumer.cts'), `import { check, type CheckRunOptions, type Report, type DiscrepancyKind, type InputErrorCode } from 'crosscheck';\n${body}`);
    ok(run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], app), 'tsc');
  });

  it('runs the CLI bin and prints a report that validates against the shipped JSON Schema', () => {
    const result = run('npx', ['--no-install', 'crosscheck', 'check', 'wire.txt', 'copy.txt', '--format', 'json', '--quiet'], app);
    // 0 or 1 (findings); 2 would be a usage or input error
    expect([0, 1], result.stderr).toContain(result.status);
    const report = JSON.parse(result.stdout) as { version: number; articles: { id: string }[] };
    const schema = JSON.parse(readFileSync(join(app, 'node_modules/crosscheck/dist/report.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.articles.map((a) => a.id).sort()).toEqual(['copy', 'wire']);
  });
});
