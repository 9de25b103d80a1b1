import { fork, type ChildProcess } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions } from '../scripts/build.mjs';
import type { BotFlags, MemoryPeaks } from './commands-under-load-bot.js';

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

/** A bot running in a child process of its own. */
export interface BotProcess {
  readonly pid: number;
  /** Stops the bot and returns the child's memory peaks over its whole life; later calls return the same. */
  stop(): Promise<MemoryPeaks>;
}

type ChildMessage = { type: 'ready' } | ({ type: 'memory' } & MemoryPeaks);

function nextMessage<K extends ChildMessage['type']>(
  child: ChildProcess,
  type: K,
  timeoutMs: number,
): Promise<Extract<ChildMessage, { type: K }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => finish(new Error(`bench bot: no "${type}" within ${timeoutMs} ms`)),
      timeoutMs,
    );
    const onMessage = (message: ChildMessage) => {
      if (message.type === type) finish(undefined, message as Extract<ChildMessage, { type: K }>);
    };
    const onExit = (code: number | null) => finish(new Error(`bench bot exited (${code}) before "${type}"`));
    const finish = (error?: Error, message?: Extract<ChildMessage, { type: K }>) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (message === undefined) reject(error);
      else resolve(message);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

// Inside the project, so the bundle finds node_modules and the shipped fonts as dist/ does.
const OUT_DIR = join(import.meta.dirname, '..', 'node_modules', '.cache', 'study-coach-bench');

/**
 * Compiles `commands-under-load-bot.ts` (and both bots behind it) with the options `npm start`
 * builds the coach with, so each bot runs as plain JavaScript, as the coach does in production.
 * Returns the entry file to fork.
 */
export async function buildBenchBot(): Promise<string> {
  await rm(OUT_DIR, { recursive: true, force: true });
  await build({
    ...bundleOptions,
    entryPoints: [join(import.meta.dirname, 'commands-under-load-bot.ts')],
    outdir: OUT_DIR,
  });
  return join(OUT_DIR, 'commands-under-load-bot.js');
}

/**
 * Forks the compiled bench bot (`buildBenchBot`) with plain node, as `npm start` runs the coach,
 * and resolves once its client is ready. Its stderr (the bot's warnings) goes to ours.
 */
export async function startBotProcess(entry: string, flags: BotFlags): Promise<BotProcess> {
  const args = Object.entries(flags).flatMap(([name, value]) => [`--${name}`, String(value)]);
  const child = fork(entry, args, {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    await nextMessage(child, 'ready', READY_TIMEOUT_MS);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  let stopped: Promise<MemoryPeaks> | undefined;
  const stop = async (): Promise<MemoryPeaks> => {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const memory = nextMessage(child, 'memory', STOP_TIMEOUT_MS);
    child.send({ type: 'stop' });
    try {
      const { type: _type, ...peaks } = await memory;
      await exited;
      return peaks;
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
  };
  return { pid: child.pid ?? 0, stop: () => (stopped ??= stop()) };
}
