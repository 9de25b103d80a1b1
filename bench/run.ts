import { readdir } from 'node:fs/promises';
import { arch, cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { meets, renderScenario, type Benchmark } from './report.js';

// Runs every bench/*.bench.ts (or those whose name contains an argument) and prints each
// figure next to its limit. Exit code 1 when a figure misses its limit.
const wanted = process.argv.slice(2);
const files = (await readdir(import.meta.dirname)).filter((name) => name.endsWith('.bench.ts')).sort();
const chosen = files.filter((name) => wanted.length === 0 || wanted.some((word) => name.includes(word)));

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`Study Coach benchmarks · Node ${process.version} · ${cpus().length} × ${cpu} (${arch()})`);
console.log(`  ${Math.round(totalmem() / 2 ** 30)} GiB RAM · ${new Date().toISOString()}\n`);

let missed = 0;
for (const file of chosen) {
  const module = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as {
    benchmark?: Benchmark;
  };
  if (module.benchmark === undefined) throw new Error(`${file} exports no \`benchmark\``);
  console.log(`${module.benchmark.name}: ${module.benchmark.description}`);
  for (const scenario of await module.benchmark.run()) {
    console.log(renderScenario(scenario).join('\n'));
    missed += scenario.figures.filter((figure) => !meets(figure)).length;
  }
  console.log('');
}
console.log(missed === 0 ? 'All figures within their limits.' : `${missed} figure(s) missed their limits.`);
process.exitCode = missed === 0 ? 0 : 1;
