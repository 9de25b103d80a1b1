import { describe, expect, it } from 'vitest';
import { offlineMaterial } from '../../../src/core/coaching/offline-material.js';
import { placeOfDay } from '../../../src/core/curriculum/plan-lookup.js';
import { renderAnswer } from '../../../src/presenters/text/coaching-text.js';
import { fixturePlan } from '../../support/plan-fixtures.js';

describe('GIVEN an offline answer on a day written by hand', () => {
  const lakehouse = fixturePlan('days-91-100-lakehouse.md');

  it('WHEN the day has no objective or checkpoint THEN it gives the task and resources and says there is nothing to prove', () => {
    const place = placeOfDay(lakehouse, 98)!;
    expect(renderAnswer({ kind: 'offline', day: place, material: [], related: [] })).toBe(
      [
        'AI answers are off here, so this comes straight from the plan for Day 98 · Catalogs.',
        'Task (30 min): Register both tables in one catalog',
        'Resources:',
        '- Unity Catalog <https://www.unitycatalog.io/>',
        '- The catalog page of your cloud provider',
        'No checkpoint to prove today: /done with what you did for the task.',
      ].join('\n'),
    );
  });

  it('WHEN the question matches the Project beside a Task THEN the Project line is offered', () => {
    const day = placeOfDay(lakehouse, 95)!.day;
    expect(offlineMaterial(day, 'How should I benchmark compaction?')).toEqual([
      'Project (60 min): Benchmark of writes, reads and compaction',
    ]);
  });
});
