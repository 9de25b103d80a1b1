import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
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

/**
 * Forks `commands-under-load-bot.ts` under tsx, as `npm start` runs the bot, and resolves once
 * its client is ready. Its stderr (the bot's warnings) goes to ours.
 */
export async function startBotProcess(flags: BotFlags): Promise<BotProcess> {
  const args = Object.entries(flags).flatMap(([name, value]) => [`--${name}`, String(value)]);
  const child = fork(join(import.meta.dirname, 'commands-under-load-bot.ts'), args, {
    execArgv: ['--import', 'tsx', '--expose-gc'],
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
