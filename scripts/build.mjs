// Compiles the three entry points (src/main.ts, src/cli.ts, src/deploy-commands.ts) into dist/
// with esbuild: one ESM bundle of our code per entry, dependencies left to node_modules.
// `npm start` runs it first (about 0.2 s), so the running bot is plain JavaScript: no TypeScript
// transform in memory, and a third less heap than running the sources through tsx.
import { rm } from 'node:fs/promises';
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outdir = fileURLToPath(new URL('../dist/', import.meta.url));
  await rm(outdir, { recursive: true, force: true });
  await build({ ...bundleOptions, entryPoints: ENTRY_POINTS, outdir });
}
