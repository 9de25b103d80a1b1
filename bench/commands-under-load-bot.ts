import { readFile } from 'node:fs/promises';

// Child process of the commands-under-load bench: one bot per process, so its memory is its own
// and its event loop is not shared with the fake Discord or the harness. Flags come from argv;
// the parent talks over IPC: we send `ready`, it sends `stop`, we answer with our peaks.

/** What the parent tells the child on the command line. */
export interface BotFlags {
  readonly kind: 'bare' | 'coach';
  readonly api: string;
  readonly token: string;
  /** Coach only: the store URL (`sqlite://...` or `memory://`). */
  readonly store: string;
  /** Coach only: the plan file. */
  readonly plan: string;
  /** Bare only: a JSON file with the precomputed /today reply. */
  readonly reply: string;
}

/** A started bot, as the child sees it. */
export interface BenchBot {
  stop(): Promise<void>;
}

/** What the child reports when stopped. */
export interface MemoryPeaks {
  /** The kernel's high-water mark of resident memory (VmHWM), bytes. */
  readonly peakRss: number;
  /** The highest V8 heap in use seen by the sampler, bytes. */
  readonly peakHeapUsed: number;
  /** The heap still in use after a full GC at the end of the run: what the bot holds, not its garbage. */
  readonly liveHeap: number;
  readonly samples: number;
}

const SAMPLE_EVERY_MS = 10;

function parseFlags(argv: readonly string[]): BotFlags {
  const read = (name: string): string => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? '' : (argv[at + 1] ?? '');
  };
  const kind = read('kind');
  if (kind !== 'bare' && kind !== 'coach') throw new Error(`--kind must be bare or coach, not "${kind}"`);
  return {
    kind,
    api: read('api'),
    token: read('token'),
    store: read('store'),
    plan: read('plan'),
    reply: read('reply'),
  };
}

async function peakRssOfThisProcess(sampled: number): Promise<number> {
  try {
    const status = await readFile('/proc/self/status', 'utf8');
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
    return kb === undefined ? sampled : Number(kb) * 1024;
  } catch {
    return sampled;
  }
}

const peaks = { rss: 0, heapUsed: 0, samples: 0 };
const sample = (): void => {
  const usage = process.memoryUsage();
  peaks.rss = Math.max(peaks.rss, usage.rss);
  peaks.heapUsed = Math.max(peaks.heapUsed, usage.heapUsed);
  peaks.samples += 1;
};
sample();
const sampler = setInterval(sample, SAMPLE_EVERY_MS);

const flags = parseFlags(process.argv.slice(2));
// Imported only for its kind, so the bare bot never loads the coach's modules.
const bot: BenchBot =
  flags.kind === 'bare'
    ? await (await import('./commands-under-load-bare.js')).startBareBot(flags)
    : await (await import('./commands-under-load-coach.js')).startCoachBot(flags);
process.send?.({ type: 'ready' });

process.on('message', (message: { type?: string }) => {
  if (message.type !== 'stop') return;
  void (async () => {
    sample();
    clearInterval(sampler);
    // The parent starts us with --expose-gc for this one call; nothing else collects by hand.
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const liveHeap = process.memoryUsage().heapUsed;
    await bot.stop();
    const result: MemoryPeaks = {
      peakRss: await peakRssOfThisProcess(peaks.rss),
      peakHeapUsed: peaks.heapUsed,
      liveHeap,
      samples: peaks.samples,
    };
    process.send?.({ type: 'memory', ...result }, () => process.disconnect());
  })();
});
