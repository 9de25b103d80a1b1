import { beforeAll, describe, expect, it } from 'vitest';
import type { Journey } from '../../../src/core/curriculum/journey.js';
import { calendarDay, currentDay, daysBehind } from '../../../src/core/learner/progress.js';
import { shift } from '../../../src/core/learner/shift.js';
import { threeCycleJourney } from '../../support/journey-fixtures.js';
import { dates, doneOn, learner } from './learner-fixtures.js';

// America/New_York; noon UTC is morning there, so each date below is that local date.
const at = (date: string) => new Date(`${date}T16:00:00Z`);

let journey: Journey;
beforeAll(async () => {
  journey = await threeCycleJourney();
});

describe('GIVEN a learner who began at cycle 2 of a journey (start day 31 on 2026-03-02)', () => {
  it('WHEN nothing is done THEN Day 31 is current, Days 1-30 are neither current nor missed', () => {
    const who = learner({ startDay: 31 });
    expect(currentDay(journey, who)).toBe(31);
    expect(calendarDay(journey, who, '2026-03-02')).toBe(31);
    expect(calendarDay(journey, who, '2026-03-05')).toBe(34);
    expect(daysBehind(journey, who, at('2026-03-02'))).toBe(0);
    expect(daysBehind(journey, who, at('2026-03-05'))).toBe(3);
  });

  it('WHEN they cross into cycle 3 THEN Day 61 follows Day 60 on their own calendar', () => {
    const who = learner({ startDay: 31, completions: doneOn(dates('2026-03-02', 30), 31) });
    expect(currentDay(journey, who)).toBe(61);
    expect(daysBehind(journey, who, at('2026-04-01'))).toBe(0);
  });

  it('WHEN they are behind and /shift THEN their calendar shows their current day today, start day kept', () => {
    const who = learner({ startDay: 31, completions: doneOn(dates('2026-03-02', 2), 31) });
    const result = shift(journey, who, at('2026-03-10'));
    if (result.kind !== 'shifted') throw new Error(result.kind);
    expect(result.day).toBe(33);
    expect(result.learner.startDay).toBe(31);
    expect(calendarDay(journey, result.learner, '2026-03-10')).toBe(33);
    expect(daysBehind(journey, result.learner, at('2026-03-10'))).toBe(0);
  });

  it('WHEN a learner has no start day THEN the journey starts at Day 1 for them, as before journeys', () => {
    expect(currentDay(journey, learner())).toBe(1);
  });
});
