import type { MemoryPeaks } from './commands-under-load-bot.js';
import { percentile, type LoadRun } from './commands-under-load-rounds.js';
import type { Figure } from './report.js';

/** How much worse than the bare bot ours may be, for p99 and for peak memory. */
export const MAX_RATIO = 1.5;

const MB = 2 ** 20;

/** One bot's latencies and memory. */
export interface Measured {
  readonly load: LoadRun;
  readonly memory: MemoryPeaks;
}

/** A bot's own figures: latency percentiles over the measured rounds, the first round, memory. */
export function figuresOf({ load, memory }: Measured): Figure[] {
  return [
    { label: 'p50 dispatch → first response', value: percentile(load.measured, 50), unit: 'ms' },
    { label: 'p95', value: percentile(load.measured, 95), unit: 'ms' },
    { label: 'p99', value: percentile(load.measured, 99), unit: 'ms' },
    {
      label: 'first round p99 (learners seen for the first time)',
      value: percentile(load.firstRound, 99),
      unit: 'ms',
    },
    { label: 'peak RSS', value: memory.peakRss / MB, unit: 'MiB' },
    { label: 'peak heap used', value: memory.peakHeapUsed / MB, unit: 'MiB' },
    { label: 'live heap after a full GC, at the end', value: memory.liveHeap / MB, unit: 'MiB' },
  ];
}

/**
 * Ours against the bare bot. With `limited`, p99, peak RSS and peak heap carry the limit and
 * say PASS or FAIL; the live heap is context either way (see the bench's description).
 */
export function ratiosToBare(name: string, ours: Measured, bare: Measured, limited: boolean): Figure[] {
  const ratio = (label: string, a: number, b: number, withLimit: boolean): Figure => {
    const value = a / b;
    if (!withLimit) return { label: `${name}, ${label} (context)`, value, unit: 'x' };
    const verdict = value <= MAX_RATIO ? 'PASS' : 'FAIL';
    return {
      label: `${name}, ${label}: ${verdict}`,
      value,
      unit: 'x',
      limit: { op: '<=', bound: MAX_RATIO },
    };
  };
  const p99 = (run: Measured) => percentile(run.load.measured, 99);
  return [
    ratio('p99 vs bare bot', p99(ours), p99(bare), limited),
    ratio('peak RSS vs bare bot', ours.memory.peakRss, bare.memory.peakRss, limited),
    ratio('peak heap vs bare bot', ours.memory.peakHeapUsed, bare.memory.peakHeapUsed, limited),
    ratio('live heap vs bare bot', ours.memory.liveHeap, bare.memory.liveHeap, false),
  ];
}
