import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const src = join(root, 'src');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The src-relative folder (`app`, `core`, `adapters`, ...) of every relative import of a file. */
function importedLayers(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specifiers = [
    ...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((match) => match[1] ?? match[2] ?? '');
  return specifiers
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(src, resolve(dirname(file), specifier)).split(/[\\/]/)[0] ?? '');
}

/**
 * What each folder of src may import (ARCHITECTURE.md says the same in words). A data path
 * runs one way: entry, adapters, app, core; presenters word what the app returns.
 */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  core: ['core'],
  app: ['core', 'app'],
  presenters: ['core', 'app', 'presenters'],
  adapters: ['core', 'app', 'presenters', 'adapters'],
  cli: ['core', 'cli', 'adapters'],
  entry: ['core', 'app', 'presenters', 'adapters', 'entry', 'config.js'],
};

describe('GIVEN the folders of src and what each may import', () => {
  for (const [layer, allowed] of Object.entries(MAY_IMPORT)) {
    const files = filesUnder(join(src, layer));
    it(`WHEN reading every file under src/${layer} THEN it imports only ${allowed.join(', ')}`, () => {
      expect(files.length).toBeGreaterThan(0);
      const wrong = files.flatMap((file) =>
        importedLayers(file)
          .filter((target) => !allowed.includes(target))
          .map((target) => `${relative(root, file)} imports ${target}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it('WHEN reading src/app THEN no file imports a presenter: text belongs to the front ends', () => {
    const wrong = filesUnder(join(src, 'app')).filter((file) => importedLayers(file).includes('presenters'));
    expect(wrong).toEqual([]);
  });

  it('WHEN listing src/app THEN at most four files sit at its top; the rest live in feature folders', () => {
    const top = readdirSync(join(src, 'app')).filter((name) => name.endsWith('.ts'));
    expect(top.length).toBeLessThanOrEqual(4);
    expect(top).toContain('ports.ts');
    expect(top).toContain('create-app.ts');
  });
});

// Module-level state: a Map, WeakMap or Set made at the top of a module, or a top-level `let`.
const MODULE_STATE =
  /^(?:export\s+)?(?:let\s|var\s|const\s+\w+\s*(?::[^=]+)?=\s*new\s+(?:Map|WeakMap|Set)\b)/m;
// The one declared memo: see its file for why and its invalidation rule.
const DECLARED = [join('src', 'core', 'time', 'zone-formatters.ts')];

describe('GIVEN the rule that caches live in one named place', () => {
  it('WHEN reading every file of src THEN none keeps state at module level, apart from the declared memo', () => {
    const holders = filesUnder(src)
      .map((file) => relative(root, file))
      .filter((file) => !DECLARED.includes(file))
      .filter((file) => {
        const source = readFileSync(join(root, file), 'utf8');
        // A read-only lookup table typed as such is a constant, not state.
        return MODULE_STATE.test(
          source.replace(/^const \w+: Readonly(?:Set|Map)<[^>]+> = new (?:Set|Map)\(/gm, ''),
        );
      });
    expect(holders).toEqual([]);
  });
});
