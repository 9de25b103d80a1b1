import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../../src/core/learner/learner.js';
import { heatRow } from '../../../src/core/progress/cohort-heatmap.js';
import {
  HEATMAP_MAX_ROWS,
  heatmapHeight,
  renderHeatmapSvg,
  type HeatmapWords,
} from '../../../src/core/progress/cohort-heatmap-svg.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner, paused } from '../learner/learner-fixtures.js';

const plan = tinyPlan({ count: 10 }); // days 31..40
const at = (date: LocalDate): Date => new Date(`${date}T16:00:00Z`);
const TODAY = '2026-03-06'; // the calendar shows Day 35 for a 2026-03-02 start

const WORDS: HeatmapWords = {
  title: 'Cohort',
  subtitle: 'sub',
  hidden: '(hidden)',
  more: (count) => `and ${count} more`,
  legend: { done: 'Done', missed: 'Missed', paused: 'Paused', upcoming: 'Not yet', pace: 'Pace' },
};

describe('heatRow', () => {
  it('GIVEN one day done, four days in WHEN drawn THEN done, three missed, then not yet; pace on Day 35', () => {
    const row = heatRow(plan, learner({ completions: doneOn(['2026-03-02']) }), at(TODAY));
    expect(row.cells).toEqual([
      'done',
      'missed',
      'missed',
      'missed',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
      'upcoming',
    ]);
    expect(row.paceIndex).toBe(4);
    expect(renderHeatmapSvg(plan, [row], WORDS)).toContain('data-pace="4"');
  });

  it('GIVEN a learner paused since 03-04 WHEN drawn THEN their calendar stands still and the rest is paused', () => {
    const who = learner({ completions: doneOn(['2026-03-02']), pauses: [paused('2026-03-04')] });
    const row = heatRow(plan, who, at(TODAY));
    expect(row.paceIndex).toBe(2);
    expect(row.cells.slice(0, 4)).toEqual(['done', 'missed', 'paused', 'paused']);
    expect(row.cells.filter((cell) => cell === 'paused')).toHaveLength(8);
  });

  it('GIVEN a learner who began at a later day and opted out WHEN drawn THEN earlier days are none and the name is hidden', () => {
    const who = learner({
      startDay: 33,
      leaderboardOptOut: true,
      completions: doneOn(dates('2026-03-02', 2), 33),
    });
    const row = heatRow(plan, who, at(TODAY));
    expect(row.name).toBeNull();
    expect(row.cells.slice(0, 5)).toEqual(['none', 'none', 'done', 'done', 'missed']);
  });
});

describe('renderHeatmapSvg', () => {
  it('GIVEN more learners than fit WHEN drawn THEN the first rows are drawn, the rest counted, names escaped', () => {
    const rows = Array.from({ length: HEATMAP_MAX_ROWS + 5 }, (_, i) =>
      heatRow(plan, learner({ id: `u${i}`, displayName: i === 0 ? '<Ada & "Bo">' : `L${i}` }), at(TODAY)),
    );
    const svg = renderHeatmapSvg(plan, rows, WORDS);
    expect(svg.match(/data-learner=/g)).toHaveLength(HEATMAP_MAX_ROWS);
    expect(svg).toContain('and 5 more');
    expect(svg).toContain('&lt;Ada &amp; &quot;Bo&quot;&gt;');
    expect(svg).toContain(`height="${heatmapHeight(rows.length)}"`);
  });
});
