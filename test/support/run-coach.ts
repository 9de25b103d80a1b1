import { spawn } from 'node:child_process';
import { join } from 'node:path';

/** What a finished coach process printed. */
export interface CoachRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const root = join(import.meta.dirname, '..', '..');

/**
 * The compiled coach, as `npm start` runs it. The global setup (test/support/global-setup.ts)
 * builds dist/ once with scripts/build.mjs before any test runs.
 */
export const DIST_MAIN = join(root, 'dist', 'main.js');
/** The compiled CLI (`npm run cli`), built by the global setup with the coach. */
export const DIST_CLI = join(root, 'dist', 'cli.js');

/**
 * Where the global setup compiles the tests' own child scripts (such as crash-post.ts) with the
 * options dist/ is built with: inside the project, so they find node_modules as dist/ does.
 */
export const TEST_BUILD_DIR = join(root, 'node_modules', '.cache', 'study-coach-tests');
/** The test scripts the global setup compiles into TEST_BUILD_DIR, each run as `<name>.js`. */
export const TEST_SCRIPTS = [join(root, 'test', 'support', 'crash-post.ts')];
/** A compiled test script, by the name of its source without `.ts`. */
export const compiledTestScript = (name: string): string => join(TEST_BUILD_DIR, `${name}.js`);

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

/** Runs the compiled console coach (`node dist/main.js`, what `npm start` runs after building). */
export function runCoach(input: string, env: Record<string, string>): Promise<CoachRun> {
  return runProcess(process.execPath, [DIST_MAIN], input, cleanEnv(env));
}
