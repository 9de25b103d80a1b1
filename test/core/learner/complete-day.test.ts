import { describe, expect, it } from 'vitest';
import { completeDay, type CompleteDayResult } from '../../../src/core/learner/complete-day.js';
import type { CheckpointAssessment, Learner, Proof } from '../../../src/core/learner/learner.js';
import { tinyPlan } from '../../support/tiny-plan.js';
import { dates, doneOn, learner } from './learner-fixtures.js';

const plan = tinyPlan(); // days 31..35
const now = new Date('2026-03-04T15:00:00Z');
const proof: Proof = { text: 'Ran the job locally', links: [] };

describe('completeDay outcomes', () => {
  it.each<[string, Learner, { proof: Proof; day?: number }, Partial<CompleteDayResult>]>([
    ['the current day with text', learner(), { proof }, { kind: 'done', day: 31, next: 32, finished: false }],
    ['the current day named', learner(), { proof, day: 31 }, { kind: 'done', day: 31, next: 32 }],
    [
      'only links',
      learner(),
      { proof: { text: '', links: ['https://github.com/ada/spark'] } },
      { kind: 'done' },
    ],
    [
      'the last day',
      learner({ completions: doneOn(dates('2026-03-02', 4)) }),
      { proof },
      { kind: 'done', day: 35, next: null, finished: true },
    ],
    [
      'a day already done',
      learner({ completions: doneOn(dates('2026-03-02', 2)) }),
      { proof, day: 32 },
      { kind: 'already-done', day: 32 },
    ],
    ['a later day', learner(), { proof, day: 33 }, { kind: 'not-current', day: 33, current: 31 }],
    [
      'any day once finished',
      learner({ completions: doneOn(dates('2026-03-02', 5)) }),
      { proof },
      { kind: 'finished' },
    ],
    ['a day the plan lacks', learner(), { proof, day: 7 }, { kind: 'no-such-day', first: 31, last: 35 }],
    [
      'blank text and no links',
      learner(),
      { proof: { text: '   ', links: [' '] } },
      { kind: 'proof-missing' },
    ],
    [
      'only invisible characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) and whitespace',
      learner(),
      { proof: { text: '\u200b \u200c\u200d\n\u2060\ufeff', links: ['\u200b'] } },
      { kind: 'proof-missing' },
    ],
    [
      'an @everyone, a role and a member mention, kept as written',
      learner(),
      { proof: { text: '@everyone <@&42> <@7> built it', links: [] } },
      { kind: 'done', day: 31 },
    ],
    [
      'the proof just given for the day before (a double submit)',
      learner({ completions: doneOn(['2026-03-04']) }),
      { proof: { text: ' Did  IT ', links: [] } },
      { kind: 'same-proof', day: 31, current: 32 },
    ],
    [
      'the same words as the day before with a new link',
      learner({ completions: doneOn(['2026-03-04']) }),
      { proof: { text: 'did it', links: ['https://github.com/ada/day32'] } },
      { kind: 'done', day: 32 },
    ],
    [
      'a proof given for an older day, not the day before',
      learner({
        completions: [
          ...doneOn(['2026-03-03']),
          ...doneOn(['2026-03-04'], 32).map((c) => ({ ...c, proof: { text: 'other', links: [] } })),
        ],
      }),
      { proof: { text: 'did it', links: [] } },
      { kind: 'done', day: 33 },
    ],
    [
      '4001 characters',
      learner(),
      { proof: { text: 'x'.repeat(4001), links: [] } },
      { kind: 'proof-too-long', max: 4000 },
    ],
    [
      'exactly 4000 characters',
      learner(),
      { proof: { text: 'x'.repeat(4000), links: [] } },
      { kind: 'done' },
    ],
    [
      'an ftp link',
      learner(),
      { proof: { text: 'see', links: ['ftp://example.com/x'] } },
      { kind: 'bad-link', link: 'ftp://example.com/x' },
    ],
    [
      'a javascript: link',
      learner(),
      { proof: { text: 'see', links: ['javascript:alert(1)'] } },
      { kind: 'bad-link', link: 'javascript:alert(1)' },
    ],
    [
      'a bare word as a link',
      learner(),
      { proof: { text: 'see', links: ['https://ok.example', 'github'] } },
      { kind: 'bad-link', link: 'github' },
    ],
  ])('GIVEN %s WHEN completing THEN the outcome matches', (_case, who, input, expected) => {
    expect(completeDay(plan, who, { ...input, now })).toMatchObject(expected);
  });
});

describe('completeDay records', () => {
  it.each([
    ['Pacific/Auckland', '2026-03-11'],
    ['America/Los_Angeles', '2026-03-10'],
  ])(
    'GIVEN a learner in %s WHEN they complete at 2026-03-10T12:00Z THEN the completion is dated %s locally',
    (timezone, localDate) => {
      const result = completeDay(plan, learner({ timezone }), {
        proof,
        now: new Date('2026-03-10T12:00:00Z'),
      });
      expect(result.kind === 'done' && result.learner.completions).toEqual([
        { day: 31, proof, at: '2026-03-10T12:00:00.000Z', localDate, assessment: null },
      ]);
    },
  );

  it('GIVEN padded proof and an assessment WHEN completing THEN the proof is trimmed and the assessment kept', () => {
    const assessment: CheckpointAssessment = {
      verdict: 'meets',
      why: 'Job ran',
      nextStep: 'Tune partitions',
    };
    const result = completeDay(plan, learner(), {
      proof: { text: '  done  ', links: [' https://example.com/a ', ''] },
      now,
      assessment,
    });
    expect(result.kind === 'done' && result.learner.completions[0]).toMatchObject({
      proof: { text: 'done', links: ['https://example.com/a'] },
      assessment,
    });
  });

  it('GIVEN a learner WHEN completing THEN the input learner is left unchanged', () => {
    const before = learner();
    completeDay(plan, before, { proof, now });
    expect(before.completions).toEqual([]);
  });
});
