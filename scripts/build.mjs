// Compiles the three entry points (src/main.ts, src/cli.ts, src/deploy-commands.ts) into dist/
// with esbuild: one ESM bundle of our code per entry, dependencies left to node_modules.
// `npm start` runs it first (about 0.2 s), so the running bot is plain JavaScript: no TypeScript
// transform in memory, and a third less heap than running the sources through tsx. The tests'
// global setup (test/support/global-setup.ts) calls buildDist() once before any test.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

/**
 * esbuild options shared by `npm run build` and the benchmarks, so both run the same code.
 * @type {import('esbuild').BuildOptions}
 */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages load from node_modules as they do under tsx; lazy imports of them stay lazy.
  packages: 'external',
  splitting: true,
  sourcemap: 'linked',
  logLevel: 'warning',
};

const ENTRY_POINTS = ['src/main.ts', 'src/cli.ts', 'src/deploy-commands.ts'];
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * Writes a file only when its content changed, through a rename, so a process starting from dist/
 * meanwhile (another shard's `npm start`) never reads a half-written file. Nothing is deleted:
 * a running process may still load an older lazy chunk.
 * @param {{ path: string; contents: Uint8Array }} file
 */
async function writeAtomically(file) {
  const current = await readFile(file.path).catch(() => undefined);
  if (current !== undefined && Buffer.compare(current, file.contents) === 0) return;
  await mkdir(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  await writeFile(temporary, file.contents);
  await rename(temporary, file.path);
}

/**
 * Bundles entry points in memory with `bundleOptions`; by default the three of dist/, which is
 * what `buildDist` writes. The tests use it to check dist/ and to compile their own child scripts.
 * @param {{ entryPoints?: string[]; outdir?: string }} [options]
 * @returns {Promise<import('esbuild').OutputFile[]>}
 */
export async function bundle({ entryPoints = ENTRY_POINTS, outdir = DIST } = {}) {
  const result = await build({ ...bundleOptions, absWorkingDir: ROOT, entryPoints, outdir, write: false });
  return result.outputFiles;
}

/**
 * Builds dist/ (or `outdir`), writing only the files that changed.
 * @param {{ entryPoints?: string[]; outdir?: string }} [options]
 */
export async function buildDist(options) {
  for (const file of await bundle(options)) await writeAtomically(file);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildDist();
