import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPlanFile } from '../../../src/adapters/curriculum/load-plan.js';
import { CURRICULUM_DIR } from '../../support/real-plan.js';

describe('GIVEN a plan file whose recall cards are checked with the plan', () => {
  const real = readFileSync(join(CURRICULUM_DIR, 'days-31-60-spark-airflow.md'), 'utf8');

  it('WHEN the real plan is loaded THEN it is accepted', async () => {
    expect((await loadPlanFile(join(CURRICULUM_DIR, 'days-31-60-spark-airflow.md'))).kind).toBe('ok');
  });

  it('WHEN a checkpoint is too long to make a readable card THEN loading refuses it and names the day', async () => {
    const long = `Can explain ${'every detail of the shuffle '.repeat(14)}`;
    const text = real.replace(
      '**Checkpoint:** Analytics queries running on distributed data',
      `**Checkpoint:** ${long}`,
    );
    const file = join(mkdtempSync(join(tmpdir(), 'plan-')), 'plan.md');
    writeFileSync(file, text);
    const loaded = await loadPlanFile(file);
    expect(loaded).toEqual({
      kind: 'invalid',
      problems: [
        expect.stringMatching(
          new RegExp(
            `^${file}: Day 35: the recall card made from its checkpoint is \\d+ characters \\(at most 300\\)`,
          ),
        ),
      ],
    });
  });
});
