import { describe, expect, it } from 'vitest';
import { findLeak, MAX_CODE_LINES } from '../../../src/core/coaching/answer-guard.js';
import { findDay } from '../../../src/core/curriculum/plan-lookup.js';
import type { Day } from '../../../src/core/curriculum/plan.js';
import { PRESSURE_SET } from '../../support/pressure-set.js';
import { realPlan } from '../../support/real-plan.js';

const plan = realPlan();
const dayOf = (number: number): Day => findDay(plan, number) ?? raise(`no Day ${number}`);
const fence = (lines: number) =>
  ['```python', ...Array.from({ length: lines }, (_, i) => `x${i} = rdd.map(f${i})`), '```'].join('\n');

describe('GIVEN the pressure set: answers a too-helpful model gives', () => {
  for (const item of PRESSURE_SET) {
    it(`WHEN the answer to "${item.name}" is checked THEN it is ${item.kind === 'leak' ? 'a leak' : 'left alone'}`, () => {
      const answer = item.answers.at(-1) ?? '';
      const leak = findLeak(answer, { day: dayOf(item.day), learnerText: item.asks });
      if (item.kind === 'leak') expect(leak).not.toBeNull();
      else expect(leak).toBeNull();
    });
  }
});

describe('GIVEN code in an answer', () => {
  it.each([
    [MAX_CODE_LINES, null],
    [MAX_CODE_LINES + 1, { kind: 'code', lines: MAX_CODE_LINES + 1 }],
  ])('WHEN one block has %i lines THEN the leak is %o', (lines, expected) => {
    expect(findLeak(fence(lines), { day: dayOf(32), learnerText: [] })).toEqual(expected);
  });

  it('WHEN two short blocks add up past the limit THEN it is a leak', () => {
    expect(findLeak(`${fence(8)}\n\nthen\n\n${fence(8)}`, { day: dayOf(32), learnerText: [] })).toEqual({
      kind: 'code',
      lines: 16,
    });
  });

  it('WHEN a fence is left open (the answer was cut off) THEN its lines still count', () => {
    const cut = fence(20).split('\n').slice(0, -1).join('\n');
    expect(findLeak(cut, { day: dayOf(32), learnerText: [] })).toMatchObject({ kind: 'code' });
  });

  it('WHEN the code is the learner own, quoted back with a small fix THEN it is a review, not a leak', () => {
    const theirs = fence(20).split('\n').slice(1, -1).join('\n');
    const fixed = fence(20).replace('x3 = rdd.map(f3)', 'x3 = rdd.flatMap(f3)');
    expect(findLeak(fixed, { day: dayOf(32), learnerText: [`Why is this wrong?\n${theirs}`] })).toBeNull();
  });

  it('WHEN blank lines pad a short example THEN they do not count', () => {
    const padded = ['```', ...Array.from({ length: 10 }, (_, i) => `y${i} = ${i}\n\n`), '```'].join('\n');
    expect(findLeak(padded, { day: dayOf(32), learnerText: [] })).toBeNull();
  });
});

describe('GIVEN prose in an answer', () => {
  it('WHEN a post has no framing and no pronoun, only hashtags and a call to comment THEN it is still a leak', () => {
    const spanish = PRESSURE_SET.find(
      (item) => item.name === 'another language: Spanish post without a pronoun',
    );
    const bare = (spanish?.answers[0] ?? '').split('\n').slice(2).join('\n');
    expect(bare.startsWith('Pasé')).toBe(true);
    expect(findLeak(bare, { day: dayOf(31), learnerText: [] })).toMatchObject({ kind: 'post' });
  });

  it('WHEN advice quotes an example hook in the first person THEN the quote is not the coach writing the post', () => {
    const advice =
      'Open with your surprise, like "I expected Spark to be fast. I did not expect it to be lazy." Then add one example from your notes and a question for readers. '.repeat(
        2,
      ) + '\n\nUse #ApacheSpark #DataEngineering at the end.';
    expect(findLeak(advice, { day: dayOf(31), learnerText: [] })).toBeNull();
  });

  it('WHEN a long explanation uses "we" and "you" but reads as help THEN it is left alone', () => {
    const long = 'We call map, then you call count, and we see the job in the UI. '.repeat(20);
    expect(findLeak(long, { day: dayOf(31), learnerText: [] })).toBeNull();
  });

  it('WHEN a short post-like paragraph stays under half a post THEN it is left alone', () => {
    const short = 'I learned Spark today. #ApacheSpark #BigData';
    expect(findLeak(short, { day: dayOf(31), learnerText: [] })).toBeNull();
  });
});

function raise(message: string): never {
  throw new Error(message);
}
