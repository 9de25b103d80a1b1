import { describe, expect, it } from 'vitest';
import type { CohortSchedule } from '../../../src/core/schedule/cohort.js';
import { dailyPostDue, nextPost, type DailyPostDue } from '../../../src/core/schedule/daily-post.js';
import { tinyPlan } from '../../support/tiny-plan.js';

const plan = tinyPlan(); // days 31..35
const GRACE = 30 * 60_000;
const HOUR = 3_600_000;
// 09:00 in New York is 14:00Z until 2026-03-08, 13:00Z from then on.
const cohort: CohortSchedule = {
  startDate: '2026-03-02',
  time: '09:00',
  timezone: 'America/New_York',
  paused: false,
};

describe('dailyPostDue for a cohort posting at 09:00 New York from 2026-03-02 (days 31..35)', () => {
  it.each<[string, string, Partial<CohortSchedule>, number, DailyPostDue]>([
    ['the day before the start', '2026-03-01T14:05:00Z', {}, GRACE, { kind: 'none', reason: 'before-start' }],
    [
      'the start date before 09:00',
      '2026-03-02T13:59:00Z',
      {},
      GRACE,
      { kind: 'none', reason: 'before-start' },
    ],
    [
      'the start date at 09:00',
      '2026-03-02T14:00:00Z',
      {},
      GRACE,
      { kind: 'post', slotDate: '2026-03-02', day: 31, dueAt: new Date('2026-03-02T14:00:00Z') },
    ],
    [
      'the start date at the end of grace',
      '2026-03-02T14:30:00Z',
      {},
      GRACE,
      { kind: 'post', slotDate: '2026-03-02', day: 31, dueAt: new Date('2026-03-02T14:00:00Z') },
    ],
    [
      'the start date just past grace',
      '2026-03-02T14:31:00Z',
      {},
      GRACE,
      { kind: 'none', reason: 'beyond-grace' },
    ],
    ['the next morning before 09:00', '2026-03-03T13:00:00Z', {}, GRACE, { kind: 'none', reason: 'not-yet' }],
    [
      'the last plan day',
      '2026-03-06T14:10:00Z',
      {},
      GRACE,
      { kind: 'post', slotDate: '2026-03-06', day: 35, dueAt: new Date('2026-03-06T14:00:00Z') },
    ],
    [
      'the day after the last day',
      '2026-03-07T14:00:00Z',
      {},
      GRACE,
      { kind: 'cycle-complete', slotDate: '2026-03-07', dueAt: new Date('2026-03-07T14:00:00Z') },
    ],
    [
      'the day after the last day, past grace',
      '2026-03-07T15:00:00Z',
      {},
      GRACE,
      { kind: 'none', reason: 'beyond-grace' },
    ],
    [
      'two days after the last day',
      '2026-03-08T13:05:00Z',
      {},
      GRACE,
      { kind: 'none', reason: 'after-complete' },
    ],
    ['a paused cohort', '2026-03-03T14:05:00Z', { paused: true }, GRACE, { kind: 'none', reason: 'paused' }],
    [
      'three missed days, back at 09:10 on day four',
      '2026-03-05T14:10:00Z',
      {},
      GRACE,
      { kind: 'post', slotDate: '2026-03-05', day: 34, dueAt: new Date('2026-03-05T14:00:00Z') },
    ],
    [
      'three missed days, back before 09:00 with 36 h grace',
      '2026-03-05T13:00:00Z',
      {},
      36 * HOUR,
      { kind: 'post', slotDate: '2026-03-04', day: 33, dueAt: new Date('2026-03-04T14:00:00Z') },
    ],
    [
      'three missed days, back in the evening',
      '2026-03-05T23:00:00Z',
      {},
      GRACE,
      { kind: 'none', reason: 'beyond-grace' },
    ],
    [
      '09:00 EDT on spring-forward day',
      '2026-03-08T13:00:00Z',
      { startDate: '2026-03-06' },
      GRACE,
      { kind: 'post', slotDate: '2026-03-08', day: 33, dueAt: new Date('2026-03-08T13:00:00Z') },
    ],
    [
      '08:59 EDT on spring-forward day',
      '2026-03-08T12:59:00Z',
      { startDate: '2026-03-06' },
      GRACE,
      { kind: 'none', reason: 'not-yet' },
    ],
    [
      '03:00 EDT on spring-forward day, posting at skipped 02:30',
      '2026-03-08T07:00:00Z',
      { startDate: '2026-03-07', time: '02:30' },
      GRACE,
      { kind: 'none', reason: 'not-yet' },
    ],
    [
      '03:30 EDT on spring-forward day, posting at skipped 02:30',
      '2026-03-08T07:30:00Z',
      { startDate: '2026-03-07', time: '02:30' },
      GRACE,
      { kind: 'post', slotDate: '2026-03-08', day: 32, dueAt: new Date('2026-03-08T07:30:00Z') },
    ],
    [
      'the first 01:30 (EDT) on fall-back day',
      '2026-11-01T05:30:00Z',
      { startDate: '2026-10-31', time: '01:30' },
      2 * HOUR,
      { kind: 'post', slotDate: '2026-11-01', day: 32, dueAt: new Date('2026-11-01T05:30:00Z') },
    ],
    [
      'the second 01:30 (EST) on fall-back day: the same slot',
      '2026-11-01T06:30:00Z',
      { startDate: '2026-10-31', time: '01:30' },
      2 * HOUR,
      { kind: 'post', slotDate: '2026-11-01', day: 32, dueAt: new Date('2026-11-01T05:30:00Z') },
    ],
    [
      '09:00 EST on fall-back day',
      '2026-11-01T14:00:00Z',
      { startDate: '2026-10-31' },
      GRACE,
      { kind: 'post', slotDate: '2026-11-01', day: 32, dueAt: new Date('2026-11-01T14:00:00Z') },
    ],
  ])('GIVEN %s (%s) WHEN asking what is due THEN %j', (_case, now, overrides, grace, expected) => {
    expect(dailyPostDue(plan, { ...cohort, ...overrides }, new Date(now), grace)).toEqual(expected);
  });

  it('GIVEN a tick every minute through a three-day outage and after WHEN collecting what is due THEN each slot date appears only for the latest slot, never a backlog', () => {
    const due = new Set<string>();
    for (let t = Date.parse('2026-03-05T13:50:00Z'); t < Date.parse('2026-03-05T15:00:00Z'); t += 60_000) {
      const result = dailyPostDue(plan, cohort, new Date(t), GRACE);
      if (result.kind === 'post') due.add(`${result.slotDate}:${result.day}`);
    }
    expect([...due]).toEqual(['2026-03-05:34']);
  });
});

describe('nextPost for the same cohort (days 31..35, cycle complete on 2026-03-07)', () => {
  type Expected = { kind: 'post'; day: number; at: string } | { kind: 'cycle-complete'; at: string } | null;
  it.each<[string, string, Partial<CohortSchedule>, Expected]>([
    [
      'weeks before the start',
      '2026-02-10T12:00:00Z',
      {},
      { kind: 'post', day: 31, at: '2026-03-02T14:00:00.000Z' },
    ],
    [
      'the start date before 09:00',
      '2026-03-02T13:00:00Z',
      {},
      { kind: 'post', day: 31, at: '2026-03-02T14:00:00.000Z' },
    ],
    [
      'exactly at a slot',
      '2026-03-03T14:00:00Z',
      {},
      { kind: 'post', day: 33, at: '2026-03-04T14:00:00.000Z' },
    ],
    [
      'the last day, after its slot',
      '2026-03-06T15:00:00Z',
      {},
      { kind: 'cycle-complete', at: '2026-03-07T14:00:00.000Z' },
    ],
    [
      'the end-of-cycle date, before its slot',
      '2026-03-07T13:59:00Z',
      {},
      { kind: 'cycle-complete', at: '2026-03-07T14:00:00.000Z' },
    ],
    ['exactly at the end-of-cycle slot', '2026-03-07T14:00:00Z', {}, null],
    ['the day after the end-of-cycle slot', '2026-03-08T12:00:00Z', {}, null],
    ['a paused cohort', '2026-03-03T15:00:00Z', { paused: true }, null],
    ['a paused cohort on its last day', '2026-03-06T15:00:00Z', { paused: true }, null],
    [
      'the last day before spring-forward',
      '2026-03-07T15:00:00Z',
      { startDate: '2026-03-03' },
      { kind: 'cycle-complete', at: '2026-03-08T13:00:00.000Z' },
    ],
    [
      'the day before spring-forward',
      '2026-03-07T15:00:00Z',
      { startDate: '2026-03-06' },
      { kind: 'post', day: 33, at: '2026-03-08T13:00:00.000Z' },
    ],
  ])('GIVEN %s (%s) WHEN asking for the next post THEN %j', (_case, now, overrides, expected) => {
    const next = nextPost(plan, { ...cohort, ...overrides }, new Date(now));
    const seen =
      next === null
        ? null
        : next.kind === 'post'
          ? { kind: next.kind, day: next.day, at: next.at.toISOString() }
          : { kind: next.kind, at: next.at.toISOString() };
    expect(seen).toEqual(expected);
  });

  it('GIVEN a cohort not yet started WHEN asking for the next post THEN it names day 31 and its date', () => {
    expect(nextPost(plan, cohort, new Date('2026-02-10T12:00:00Z'))).toEqual({
      kind: 'post',
      day: 31,
      slotDate: '2026-03-02',
      at: new Date('2026-03-02T14:00:00Z'),
    });
  });

  it('GIVEN the last day posted WHEN asking for the next post THEN it names the end-of-cycle date', () => {
    expect(nextPost(plan, cohort, new Date('2026-03-06T15:00:00Z'))).toEqual({
      kind: 'cycle-complete',
      slotDate: '2026-03-07',
      at: new Date('2026-03-07T14:00:00Z'),
    });
  });
});
