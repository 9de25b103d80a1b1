import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** What a finished coach process printed. */
export interface CoachRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const root = join(import.meta.dirname, '..', '..');
const tsxCli = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** Environment of a test run: the caller's PATH only, so no developer variables leak in. */
export function cleanEnv(extra: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...extra };
}

/** Spawns a real process, pipes `input` to its stdin and collects its output. */
export function runProcess(
  command: string,
  args: string[],
  input: string,
  env: Record<string, string>,
): Promise<CoachRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Runs the console coach from its sources (`src/main.ts` through tsx): the code `npm start` compiles and runs. */
export function runCoach(input: string, env: Record<string, string>): Promise<CoachRun> {
  return runProcess(process.execPath, [tsxCli, 'src/main.ts'], input, cleanEnv(env));
}
