import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCoach } from '../support/run-coach.js';

const dir = mkdtempSync(join(tmpdir(), 'coach-card-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('GIVEN a DATA_DIR where the cards folder cannot be made (a file is in its place)', () => {
  it('WHEN the learner asks for /progress THEN the text progress is shown and it says where the card could not be written', async () => {
    writeFileSync(join(dir, 'cards'), 'not a folder');
    const result = await runCoach('/done Explained the DAG https://example.com/dag\n/progress\n', {
      STORE_URL: `sqlite://${join(dir, 'coach.sqlite')}`,
      LEARNER_TIMEZONE: 'UTC',
      DATA_DIR: dir,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Progress: 1/30 days done');
    expect(result.stdout).toContain('✓31 ▶32 ○33');
    expect(result.stdout).toMatch(
      new RegExp(
        `\\nThe progress card could not be written to ${join(dir, 'cards')}/progress-\\d{4}-\\d{2}-\\d{2}\\.png: ${join(dir, 'cards')} is a file, not a folder\\.\\n$`,
      ),
    );
    expect(result.stdout).not.toContain('Something went wrong');
  });
});
