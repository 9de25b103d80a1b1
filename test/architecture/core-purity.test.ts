import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const FORBIDDEN =
  /^(discord\.js|@discordjs\/|keyv|@keyv\/|@anthropic-ai\/sdk|node-cron|@resvg\/|node:|fs$|fs\/|path$|http|https$|net$|child_process$|os$)/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const found = [
    ...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return found.map((match) => match[1] ?? match[2] ?? '');
}

describe('GIVEN the functional core under src/core', () => {
  const files = filesUnder(join(root, 'src', 'core'));

  it('WHEN listing it THEN it has files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((file) => [relative(root, file), file]))(
    'WHEN reading %s THEN it imports no I/O library and never reads the clock',
    (_name, file) => {
      const source = readFileSync(file, 'utf8');
      const bad = importsOf(source).filter((specifier) => FORBIDDEN.test(specifier));
      expect(bad).toEqual([]);
      expect(source).not.toMatch(/new Date\(\)|Date\.now\(\)|process\.env/);
    },
  );
});

describe('GIVEN the whole of src', () => {
  it('WHEN searching for process.env THEN only the config module reads it', () => {
    const readers = filesUnder(join(root, 'src'))
      .filter((file) => readFileSync(file, 'utf8').includes('process.env'))
      .map((file) => relative(root, file));
    expect(readers).toEqual([join('src', 'config.ts')]);
  });
});
