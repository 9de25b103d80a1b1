import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCoach } from '../support/run-coach.js';

const dir = mkdtempSync(join(tmpdir(), 'coach-review-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let run = 0;
const env = () => {
  run += 1;
  return {
    STORE_URL: `sqlite://${join(dir, `coach-${run}.sqlite`)}`,
    LEARNER_TIMEZONE: 'UTC',
    DATA_DIR: join(dir, `data-${run}`),
  };
};

describe('GIVEN the console coach', () => {
  it('WHEN the learner types /review with a kind that does not exist THEN it is refused at once and the next line is a command again, not a draft', async () => {
    const result = await runCoach('/review medium\n/today\n', env());
    expect(result.stdout).toMatch(
      /^Choose linkedin or blog, like \/review blog, or leave it out to use the post of your day\.\nDay 31 · Spark Architecture\n/,
    );
  });

  it('WHEN a reviewed draft has one hashtag and the learner exports THEN both say it in the singular', async () => {
    const result = await runCoach('/review\nSpark is lazy until an action runs. #Spark\n.\n/export\n', env());
    expect(result.stdout).toContain('1 hashtag: add a few (3-5 suggested).');
    const markdown = /^(.+\.md): /m.exec(result.stdout)?.[1] ?? '';
    expect(readFileSync(markdown, 'utf8')).toMatch(/ days done, 1 post reviewed\./);
  });
});
