import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPlanFileName, loadJourney, planFilesOf } from '../../../src/adapters/curriculum/load-journey.js';
import { parseConfig } from '../../../src/config.js';
import { fixtureText } from '../../support/plan-fixtures.js';
import { JOURNEY_DIR, JOURNEY_FILES } from '../../support/journey-fixtures.js';

describe('GIVEN CURRICULUM_FILE naming a file, a folder or a list', () => {
  it('WHEN it names a folder THEN its plan files are read by name, README.md and drafts left out', async () => {
    expect(await planFilesOf(JOURNEY_DIR)).toEqual([...JOURNEY_FILES]);
    expect(['README.md', 'readme.MD', '_draft.md', '.hidden.md', 'plan.json'].map(isPlanFileName)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(isPlanFileName('days-91-120.md')).toBe(true);
  });

  it('WHEN it names a list THEN each file is read, spaces around commas ignored; one file stays one', async () => {
    expect(await planFilesOf(` ${JOURNEY_FILES[2]} , ${JOURNEY_FILES[0]},`)).toEqual([
      JOURNEY_FILES[2],
      JOURNEY_FILES[0],
    ]);
    expect(await planFilesOf(JOURNEY_FILES[1])).toEqual([JOURNEY_FILES[1]]);
  });

  it('WHEN the environment names a folder, a list or nothing usable THEN the config keeps it and the files follow from it', async () => {
    const setting = (CURRICULUM_FILE: string) => {
      const parsed = parseConfig({ CURRICULUM_FILE });
      if (parsed.kind !== 'ok') throw new Error(parsed.message);
      return parsed.config.CURRICULUM_FILE;
    };
    expect(await planFilesOf(setting(`${JOURNEY_DIR}/`))).toEqual([...JOURNEY_FILES]);
    expect(await planFilesOf(setting(JOURNEY_FILES.join(',')))).toEqual([...JOURNEY_FILES]);
    expect(await loadJourney(setting(' , '))).toEqual({
      kind: 'invalid',
      problems: ['no plan files: a journey needs at least one'],
    });
    expect(parseConfig({ CURRICULUM_FILE: '' }).kind).toBe('invalid');
  });

  it('WHEN the folder is loaded THEN the journey has three cycles in order, each with its own assessment data', async () => {
    const loaded = await loadJourney(JOURNEY_DIR);
    if (loaded.kind !== 'ok') throw new Error(JSON.stringify(loaded));
    const { journey } = loaded;
    expect(journey.cycles.map((c) => [c.source, c.firstDay, c.lastDay, c.assessmentMap !== null])).toEqual([
      [JOURNEY_FILES[0], 1, 30, false],
      [JOURNEY_FILES[1], 31, 60, true],
      [JOURNEY_FILES[2], 61, 90, false],
    ]);
    expect(journey.days).toHaveLength(90);
  });

  it('WHEN a list leaves a gap THEN both files are named', async () => {
    const loaded = await loadJourney(`${JOURNEY_FILES[0]},${JOURNEY_FILES[2]}`);
    expect(loaded).toEqual({
      kind: 'invalid',
      problems: [
        `${JOURNEY_FILES[0]} (Days 1-30) and ${JOURNEY_FILES[2]} (Days 61-90) leave a gap: Days 31-60 are in no plan`,
      ],
    });
  });

  it('WHEN a folder holds a broken plan and two plans for the same days THEN every problem is reported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'journey-'));
    writeFileSync(join(dir, 'a.md'), fixtureText('days-61-72-flink.md'));
    writeFileSync(join(dir, 'b.md'), fixtureText('days-61-72-flink.md'));
    expect(await loadJourney(dir)).toMatchObject({
      kind: 'invalid',
      problems: [expect.stringMatching(/a\.md \(Days 61-72\) and .*b\.md \(Days 61-72\) overlap/)],
    });
    writeFileSync(join(dir, 'c.md'), fixtureText('missing-fields.md'));
    const loaded = await loadJourney(dir);
    expect(loaded.kind === 'invalid' ? loaded.problems[0] : '').toMatch(/c\.md:\d+: /);
  });

  it('WHEN the folder holds no plan or does not exist THEN it says so', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'journey-'));
    writeFileSync(join(empty, 'README.md'), '# notes\n');
    expect(await loadJourney(empty)).toEqual({
      kind: 'unreadable',
      message: `${empty} holds no plan files (*.md other than README.md)`,
    });
    expect(await loadJourney('curriculum/nope')).toMatchObject({ kind: 'unreadable' });
  });
});
