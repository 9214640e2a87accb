/**
 * A small file glob: `*` and `?` within one path segment, `**` for any number of folders, a
 * trailing `/` for folders only. Node 20 has no stable `fs.glob`; this covers what a newsroom
 * types (`"cases/*\/"`, `"*.txt"`, `"feeds/**\/*.jsonl"`) without regular expressions.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';

/** Whether a path argument is a pattern rather than a file name. */
export function hasGlobMagic(path: string): boolean {
  return path.includes('*') || path.includes('?');
}

/**
 * Whether one name matches one segment pattern with `*` (any run, also empty) and `?` (one
 * character). Greedy with a single backtrack point: O(name × pattern) at worst, never exponential.
 * Like a shell, a wildcard does not match a leading dot.
 * @example matchSegment('*.txt', 'wire.txt') // true
 */
export function matchSegment(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const c = pattern[p];
    if (c === '?' || (c !== undefined && c !== '*' && c === name[n])) {
      p++;
      n++;
    } else if (c === '*') {
      starP = p++;
      starN = n;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Options of `expandGlob`. */
export interface ExpandGlobOptions {
  /** The folder relative patterns start from. Required: the library never assumes the working directory. */
  cwd: string;
  /** Stop after this many matches. Default: 100,000. */
  limit?: number;
}

interface Entry {
  name: string;
  dir: boolean;
}

async function list(dir: string): Promise<Entry[]> {
  try {
    // Symbolic links are not followed into (`isDirectory` is false for them): no cycles under `**`.
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, dir: e.isDirectory() })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

async function kindOf(path: string): Promise<'dir' | 'file' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

/**
 * The paths a pattern matches, sorted, written as the pattern is (relative stays relative).
 * A pattern ending in `/` matches folders only. No match is an empty list.
 * @example await expandGlob('cases/*\/', { cwd: process.cwd() }) // ['cases/a/', 'cases/b/']
 */
export async function expandGlob(pattern: string, options: ExpandGlobOptions): Promise<string[]> {
  const limit = options.limit ?? 100_000;
  const dirsOnly = pattern.endsWith('/');
  const absolute = isAbsolute(pattern);
  const segments = pattern.split('/').filter((s, i) => s !== '' && !(s === '.' && i > 0));
  const root = absolute ? '/' : options.cwd;
  const out = new Set<string>();

  // `shown` is the path as the user will see it; `real` is where it is on disk.
  const walk = async (index: number, shown: string, real: string): Promise<void> => {
    if (out.size >= limit) return;
    if (index === segments.length) {
      const kind = await kindOf(real);
      if (kind && (!dirsOnly || kind === 'dir')) out.add(dirsOnly ? `${shown}/` : shown);
      return;
    }
    const segment = segments[index]!;
    const next = (name: string): string => (shown === '' ? name : shown === '/' ? `/${name}` : `${shown}/${name}`);
    if (segment === '**') {
      await walk(index + 1, shown, real); // zero folders
      for (const e of await list(real)) {
        if (e.dir && !e.name.startsWith('.')) await walk(index, next(e.name), join(real, e.name));
      }
      return;
    }
    if (!hasGlobMagic(segment)) {
      await walk(index + 1, next(segment), join(real, segment));
      return;
    }
    for (const e of await list(real)) {
      if (!matchSegment(segment, e.name)) continue;
      if (index < segments.length - 1 && !e.dir) continue;
      await walk(index + 1, next(e.name), join(real, e.name));
    }
  };
  await walk(0, absolute ? '/' : '', resolve(root));
  return [...out].sort();
}
