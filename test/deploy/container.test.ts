import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '..', '..');
const read = (name: string) => readFileSync(join(root, name), 'utf8');

/** The Dockerfile's stages: each FROM line with the instructions under it. */
function stagesOf(dockerfile: string) {
  const lines = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const stages: { from: string; name: string | undefined; lines: string[] }[] = [];
  for (const line of lines) {
    const from = /^FROM\s+(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from !== null) stages.push({ from: from[1] ?? '', name: from[2], lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

type Service = {
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
  healthcheck?: unknown;
};
const servicesOf = (file: string) => (parse(read(file)) as { services: Record<string, Service> }).services;

describe('GIVEN the Dockerfile', () => {
  const stages = stagesOf(read('Dockerfile'));
  const runtime = stages.at(-1);
  const startScript = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts.start;

  it('WHEN read THEN every stage is Node 20 slim, and production dependencies come from npm ci --omit=dev', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages.filter((s) => !stages.some((other) => other.name === s.from))) {
      expect(stage.from).toBe('node:20-slim');
    }
    expect(stages.flatMap((s) => s.lines).some((line) => /npm ci .*--omit=dev/.test(line))).toBe(true);
  });

  it('WHEN the runtime stage runs THEN it is not root, and starts `node dist/main.js` exactly as npm start does', () => {
    expect(runtime?.lines).toContain('USER node');
    const cmd = runtime?.lines.find((line) => line.startsWith('CMD'));
    expect(JSON.parse(cmd?.slice(3).trim() ?? '[]')).toEqual(['node', 'dist/main.js']);
    expect(startScript).toBe('node dist/main.js');
    expect(runtime?.lines.some((line) => /g\+\+|make|python3/.test(line))).toBe(false);
  });

  it('WHEN the runtime stage copies files THEN it holds exactly what the bot reads: dist, content, fonts, deps', () => {
    const copied = (runtime?.lines ?? [])
      .filter((line) => line.startsWith('COPY'))
      .map(
        (line) =>
          line
            .split(/\s+/)
            .slice(-2)[0]
            ?.replace(/^\/app\//, '') ?? '',
      );
    expect(copied.sort()).toEqual([
      'assets',
      'curriculum',
      'dist',
      'node_modules',
      'package.json',
      'prompts',
    ]);
  });
});

describe('GIVEN the compose files', () => {
  it('WHEN compose.yaml is parsed THEN the bot runs the image command on Redis, with its data on a volume', () => {
    const services = servicesOf('compose.yaml');
    expect(Object.keys(services).sort()).toEqual(['bot', 'redis']);
    expect(services.bot?.command).toEqual(['node', 'dist/main.js']);
    expect(services.bot?.environment?.STORE_URL).toBe('redis://redis:6379');
    expect(services.bot?.volumes).toContain('coach-data:/app/data');
    expect(services.redis?.healthcheck).toBeDefined();
  });

  it('WHEN compose.postgres.yaml is parsed THEN the same bot runs on PostgreSQL', () => {
    const services = servicesOf('compose.postgres.yaml');
    expect(Object.keys(services).sort()).toEqual(['bot', 'postgres']);
    expect(services.bot?.command).toEqual(['node', 'dist/main.js']);
    expect(services.bot?.environment?.STORE_URL).toMatch(/^postgresql:\/\/coach:coach@postgres:5432\/coach$/);
    expect(services.postgres?.healthcheck).toBeDefined();
  });
});

describe('GIVEN a folder laid out as the runtime image (only what the Dockerfile copies)', () => {
  const image = mkdtempSync(join(tmpdir(), 'coach-image-'));
  afterAll(() => rmSync(image, { recursive: true, force: true }));

  it('WHEN the image command runs there THEN the coach answers /today: nothing outside the copied files is needed', () => {
    // dist/ is what the image's build stage makes; the tests' global setup built it from these sources.
    for (const path of ['dist', 'curriculum', 'prompts', 'assets', 'package.json']) {
      cpSync(join(root, path), join(image, path), { recursive: true });
    }
    symlinkSync(join(root, 'node_modules'), join(image, 'node_modules'));
    const run = spawnSync(process.execPath, ['dist/main.js'], {
      cwd: image,
      input: '/today\n/quit\n',
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        STORE_URL: `sqlite://${join(image, 'data', 'coach.sqlite')}`,
        DATA_DIR: join(image, 'data'),
        LEARNER_TIMEZONE: 'UTC',
      },
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('Day 31 · Spark Architecture');
    expect(run.status).toBe(0);
  });
});
