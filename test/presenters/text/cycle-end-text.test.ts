import { describe, expect, it } from 'vitest';
import type { CycleEnd } from '../../../src/core/progress/cycle-end.js';
import { renderCycleEnd } from '../../../src/presenters/text/recap-text.js';

const end = (over: Partial<CycleEnd> = {}): CycleEnd => ({
  count: 10,
  finished: {
    number: 2,
    title: 'Days 31-60: Batch',
    days: 30,
    asked: [{ heading: 'Projects Completed', items: 1 }],
    successCriteria: '',
  },
  cohort: { learners: 0, finishedAll: 0, daysDone: 0 },
  next: { number: 3, title: 'Days 61-90: Streaming', firstDay: 61, goals: [] },
  ...over,
});

describe('GIVEN the end of a cycle', () => {
  it('WHEN no one in the server has done a day THEN it says so, and names the next cycle without goals', () => {
    expect(renderCycleEnd(end())).toBe(
      [
        'Cycle 2 of 10 is complete: Days 31-60: Batch.',
        'Its assessment asked for: Projects Completed (1 item). /assessment cycle:2 ticks yours.',
        'How the cohort did: no one here has completed a day of it yet.',
        'Next: cycle 3 of 10, Days 61-90: Streaming, from Day 61 below.',
      ].join('\n'),
    );
  });

  it('WHEN the plan text is very long THEN the message stays within one Discord message and counts what it left out', () => {
    const long = 'x'.repeat(5_000);
    const text = renderCycleEnd(
      end({
        finished: {
          number: 2,
          title: long,
          days: 30,
          asked: Array.from({ length: 20 }, (_, i) => ({ heading: `${long}${i}`, items: 3 })),
          successCriteria: long,
        },
        cohort: { learners: 40, finishedAll: 12, daysDone: 900 },
        next: { number: 3, title: long, firstDay: 61, goals: Array.from({ length: 30 }, () => long) },
      }),
    );
    expect(text.length).toBeLessThanOrEqual(2_000);
    expect(text).toContain('and 14 more checklists.');
    expect(text).toContain(
      'How the cohort did: 12 of 40 learners did all 30 days; 900 of 1200 days done together.',
    );
    expect(text.split('\n').filter((line) => line.startsWith('- '))).toHaveLength(6);
  });
});
