import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { CrashOptions } from './crash-post.js';
import { compiledTestScript } from './run-coach.js';

const SCRIPT = compiledTestScript('crash-post');

/** The bot's posting path running in a child process (crash-post.ts), to be killed mid-send. */
export interface CrashChild {
  /** Resolves with the first event of that name the child printed; throws if it exited first. */
  event(name: string): Promise<Record<string, unknown>>;
  /** SIGKILL, as a crash or an OOM kill would end it, and waits for the exit. */
  kill9(): Promise<void>;
  readonly exited: Promise<number | null>;
}

/** Starts crash-post.ts with `options`; the child is added to `children` so a test's cleanup can kill it. */
export function startCrashChild(options: CrashOptions, children: ChildProcess[]): CrashChild {
  const child = spawn(process.execPath, [SCRIPT, JSON.stringify(options)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const events: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    events.push(JSON.parse(line) as Record<string, unknown>);
    waiters.splice(0).forEach((wake) => wake());
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const event = async (name: string): Promise<Record<string, unknown>> => {
    for (;;) {
      const found = events.find((candidate) => candidate.event === name);
      if (found) return found;
      const gone = await Promise.race([
        new Promise<false>((wake) => waiters.push(() => wake(false))),
        exited.then(() => true),
      ]);
      if (gone && !events.some((candidate) => candidate.event === name)) {
        throw new Error(`the bot exited before "${name}": ${stderr}`);
      }
    }
  };
  const kill9 = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  return { event, kill9, exited };
}
