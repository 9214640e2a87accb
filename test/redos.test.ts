import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every regular expression in src/: literals, and `RegExp(...)` calls, which must take literals. */
function findRegexes(): { found: FoundRegex[]; dynamic: string[] } {
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles('src')) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node): string => `${relative('.', file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const lit = node.text;
        const end = lit.lastIndexOf('/');
        found.push({ where: where(node), source: lit.slice(1, end), flags: lit.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && ts.isStringLiteralLike(pattern) && (!flags || ts.isStringLiteralLike(flags))) {
          found.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
        } else {
          dynamic.push(where(node));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

/**
 * recheck's default picks the automaton checker when it can and fuzzing otherwise. Fuzzing is
 * bounded by time, and on a loaded machine it once called a linear pattern polynomial; a pattern
 * it flags is therefore settled by the exact automaton checker when that one can decide it.
 */
function verdict(source: string, flags: string): ReturnType<typeof checkSync> {
  const first = checkSync(source, flags, { timeout: 10_000, randomSeed: 1 });
  if (first.status === 'safe') return first;
  const exact = checkSync(source, flags, { checker: 'automaton', timeout: 30_000 });
  return exact.status === 'unknown' ? first : exact;
}

describe('regular expressions in src/', () => {
  const { found, dynamic } = findRegexes();

  it('are all found (the scan itself works)', () => {
    expect(found.length).toBeGreaterThan(5);
  });

  it('are built from literals only, so each can be checked', () => {
    expect(dynamic).toEqual([]);
  });

  it('are safe from catastrophic backtracking (recheck)', () => {
    const unsafe = found
      .map((r) => ({ ...r, result: verdict(r.source, r.flags.replace(/[^gimsuy]/g, '')) }))
      .filter((r) => r.result.status !== 'safe')
      .map((r) => `${r.where} /${r.source}/${r.flags}: ${r.result.status}${'complexity' in r.result && r.result.complexity ? ` (${r.result.complexity.type})` : ''}`);
    expect(unsafe).toEqual([]);
  });

  it('catches a known-unsafe pattern (the checker is live)', () => {
    expect(checkSync('[“"]([^”"]+)[”"]', '').status).toBe('vulnerable');
  });
});
