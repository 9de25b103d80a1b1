import { describe, expect, it } from 'vitest';
import { createDaySearch } from '../../../src/adapters/curriculum/day-search.js';
import { realPlan } from '../../support/real-plan.js';

const search = createDaySearch(realPlan());
const best = (question: string) => search.search(question)[0]?.day;

describe('GIVEN the day search over the real plan', () => {
  it.each([
    ['How do I create an RDD from a Python list?', 32],
    ['What does the Cluster Manager do?', 31],
    ['What is a broadcast variable?', 36],
    ['How do window functions work?', 35],
    ['How do I set up the Airflow scheduler?', 38],
  ])('WHEN asked "%s" THEN Day %i matches best', (question, day) => {
    expect(best(question)).toBe(day);
  });

  it('WHEN results come back THEN the best scores 1 and the rest less, best first', () => {
    const scores = search.search('How do I create an RDD from a Python list?').map((match) => match.score);
    expect(scores[0]).toBe(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('WHEN the question says nothing about the plan THEN nothing matches', () => {
    expect(search.search('How do I do it?')).toEqual([]);
  });
});
