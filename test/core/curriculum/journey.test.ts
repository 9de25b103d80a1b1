import { describe, expect, it } from 'vitest';
import {
  asJourney,
  combineCycles,
  cycleOfDay,
  cycleStartingOn,
  type CyclePart,
} from '../../../src/core/curriculum/journey.js';
import type { Plan } from '../../../src/core/curriculum/plan.js';
import { placeOfDay } from '../../../src/core/curriculum/plan-lookup.js';
import { fixturePlan } from '../../support/plan-fixtures.js';
import { realPlan } from '../../support/real-plan.js';

const real = realPlan();
const flink = fixturePlan('days-61-72-flink.md');
const lakehouse = fixturePlan('days-91-100-lakehouse.md');
const part = (source: string, plan: Plan): CyclePart => ({ source, plan, assessmentMap: null });

/** A copy of the plan with its days renumbered from `first` (sections follow). */
function shifted(plan: Plan, first: number): Plan {
  const by = first - (plan.days[0]?.day ?? 0);
  return {
    ...plan,
    days: plan.days.map((day) => ({ ...day, day: day.day + by })),
    sections: plan.sections.map((section) => ({ ...section, days: section.days.map((d) => d + by) })),
  };
}

describe('GIVEN plans that each number their own days', () => {
  it('WHEN combined in any order THEN the journey orders them by first day and runs through every day', () => {
    const result = combineCycles([part('b.md', flink), part('a.md', real)]);
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.problems));
    const { journey } = result;
    expect(journey.cycles.map((c) => [c.source, c.firstDay, c.lastDay])).toEqual([
      ['a.md', 31, 60],
      ['b.md', 61, 72],
    ]);
    expect(journey.days.map((d) => d.day)).toEqual(Array.from({ length: 42 }, (_, i) => 31 + i));
    expect(journey.sections.length).toBe(real.sections.length + flink.sections.length);
    expect(journey.title).toBe('Days 31-72 in 2 cycles');
    expect(placeOfDay(journey, 61)?.positionInPlan).toBe(31);
    expect(cycleOfDay(journey, 60)?.index).toBe(0);
    expect(cycleOfDay(journey, 61)).toMatchObject({ index: 1, count: 2 });
    expect(cycleStartingOn(journey, 61)?.cycle.source).toBe('b.md');
    expect(cycleStartingOn(journey, 62)).toBeUndefined();
  });

  it('WHEN two plans leave days uncovered THEN it is refused with both files and the missing days', () => {
    const result = combineCycles([part('a.md', real), part('c.md', lakehouse)]);
    expect(result).toEqual({
      kind: 'invalid',
      problems: ['a.md (Days 31-60) and c.md (Days 91-100) leave a gap: Days 61-90 are in no plan'],
    });
  });

  it('WHEN two plans cover the same days THEN it is refused with both files, and says how to choose', () => {
    const result = combineCycles([
      part('a.md', real),
      part('b.md', flink),
      part('again.md', shifted(flink, 70)),
    ]);
    expect(result.kind === 'invalid' ? result.problems : []).toEqual([
      'b.md (Days 61-72) and again.md (Days 70-81) overlap; keep one of them (list the files you want in CURRICULUM_FILE)',
    ]);
  });

  it('WHEN no plan is given THEN it is refused', () => {
    expect(combineCycles([]).kind).toBe('invalid');
  });

  it('WHEN one plan is used THEN the journey is that plan, with its title, goals and assessment', () => {
    const journey = asJourney(real);
    expect(journey.cycles).toHaveLength(1);
    expect(journey.title).toBe(real.title);
    expect(journey.assessment).toEqual(real.assessment);
    expect(asJourney(journey)).toBe(journey);
  });
});
