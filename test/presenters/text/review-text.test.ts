import { describe, expect, it } from 'vitest';
import type { ReviewOutcome, SubmitOutcome } from '../../../src/app/coaching/outcomes.js';
import { placeOfDay } from '../../../src/core/curriculum/plan-lookup.js';
import { renderReview, renderSubmitted } from '../../../src/presenters/text/review-text.js';
import { plan } from '../../app/coaching/coaching-world.js';
import { fixturePlan } from '../../support/plan-fixtures.js';
import { sampleReview } from '../../support/scripted-coach.js';

const day31 = placeOfDay(plan, 31)!;
const checks = [
  { id: 'length', status: 'pass', message: '512 of 3,000 characters.' },
  { id: 'hashtags', status: 'warn', message: '1 hashtags: add a few (3-5 suggested).' },
] as const;

type Reviewed = Extract<ReviewOutcome, { kind: 'reviewed' }>;

function reviewed(ai: Reviewed['ai'], length: Partial<Reviewed['length']> = {}): ReviewOutcome {
  return {
    kind: 'reviewed',
    day: day31,
    postKind: 'linkedin',
    postTitle: 'Moving from streaming to batch',
    checks: [...checks],
    ai,
    postsWritten: { linkedin: 2, blog: 0 },
    length: { min: 400, unit: 'characters', length: 512, counts: true, ...length },
  };
}

describe('GIVEN a review from the model', () => {
  it('WHEN rendered THEN the verdict comes first, one line per criterion, three fixes, the opening, then the checks', () => {
    const text = renderReview(reviewed({ kind: 'ok', value: sampleReview(), remaining: 4, limit: 5 }));
    const lines = text.split('\n');
    expect(lines[0]).toBe('Review of your LinkedIn post for Day 31: "Moving from streaming to batch"');
    expect(lines[1]).toBe('Verdict: Almost there');
    expect(lines.slice(2, 8)).toEqual([
      '- Covers the objective: 4/5 · Explains the driver and executors.',
      '- Technically accurate: 5/5 · Accurate.',
      '- Hook: 2/5 · The first line is generic.',
      '- Structure: 4/5 · Clear paragraphs.',
      '- Call to action: 3/5 · Ends without a question.',
      '- Fits the format: 4/5 · A good length for LinkedIn.',
    ]);
    expect(lines.slice(8, 12)).toEqual([
      'Fixes:',
      '1. Open with the surprise.',
      '2. Name the DAG.',
      '3. Ask readers a question.',
    ]);
    expect(lines[12]).toBe('Try opening with: "Spark did nothing for ten lines, then everything at once."');
    expect(text).toContain('Checks:\n✓ 512 of 3,000 characters.\n! 1 hashtags: add a few (3-5 suggested).');
    expect(text).toContain('Posts written: 2 LinkedIn, 0 blog.');
    expect(lines.at(-1)).toBe('4 AI answers left today');
  });

  it('WHEN the coach is offline THEN the checks stand alone with one line saying why', () => {
    const text = renderReview(reviewed({ kind: 'offline' }));
    expect(text).toContain('The AI review is off here (no API key); these checks still apply.');
    expect(text).not.toContain('Verdict');
  });

  it("WHEN the draft is under its kind's floor THEN it says it was saved but does not count, and by how much", () => {
    const text = renderReview(reviewed({ kind: 'offline' }, { length: 38, counts: false }));
    expect(text).toContain(
      'Saved, but too short to count as a LinkedIn post: 38 characters; it counts from 400 characters. Posts written: 2 LinkedIn, 0 blog.',
    );
  });
});

describe('GIVEN a draft over the limit', () => {
  it.each([
    [
      4_000,
      4_512,
      'That draft is 4,512 characters; I can review up to 4,000. Trim it, or attach it as a .md or .txt file (up to 20,000).',
    ],
    [
      20_000,
      25_000,
      'That draft is 25,000 characters; I can review up to 20,000. Trim it and send it again.',
    ],
  ])(
    'WHEN the limit is %i and the draft %i characters THEN one line, pointing to a file only when that helps',
    (max, length, line) => {
      expect(renderReview({ kind: 'draft-too-long', max, length })).toBe(line);
    },
  );
});

describe('GIVEN proof handed in', () => {
  const done = {
    kind: 'done',
    day: day31,
    standing: {
      learner: {} as never,
      current: placeOfDay(plan, 32)!,
      daysDone: 1,
      totalDays: 30,
      behind: 0,
      streak: {
        current: 1,
        longest: 1,
        freezesBanked: 0,
        repairedDates: [],
        repairsLeft: 2,
        repairable: null,
      },
      pausedSince: null,
    },
  } as unknown as SubmitOutcome['done'];

  it('WHEN assessed as partly THEN the completion comes first, then the verdict, why and one next step', () => {
    const text = renderSubmitted({
      done,
      feedback: {
        kind: 'ok',
        value: { verdict: 'partly', why: 'The DAG is only named.', nextStep: 'Sketch the DAG.' },
        remaining: 2,
        limit: 3,
      },
    });
    expect(text).toMatch(/^Day 31 · Spark Architecture: done\./);
    expect(text).toContain(
      'Checkpoint feedback: partly there.\nWhy: The DAG is only named.\nNext step: Sketch the DAG.\nYour day counts either way',
    );
  });

  it('WHEN offline THEN only the completion is shown', () => {
    expect(renderSubmitted({ done, feedback: { kind: 'offline' } })).not.toContain('feedback');
  });
});

describe('GIVEN proof handed in for a day without a checkpoint', () => {
  const lakehouse = fixturePlan('days-91-100-lakehouse.md');
  const done = {
    kind: 'done',
    day: placeOfDay(lakehouse, 97)!,
    standing: {
      learner: {} as never,
      current: placeOfDay(lakehouse, 98)!,
      daysDone: 7,
      totalDays: 10,
      behind: 0,
      streak: {
        current: 7,
        longest: 7,
        freezesBanked: 1,
        repairedDates: [],
        repairsLeft: 2,
        repairable: null,
      },
      pausedSince: null,
    },
  } as unknown as SubmitOutcome['done'];

  it('WHEN completed THEN /done says there was no checkpoint to prove and the feedback is on the task', () => {
    const text = renderSubmitted({
      done,
      feedback: {
        kind: 'ok',
        value: { verdict: 'meets', why: 'The error is quoted.', nextStep: 'Try a schema change.' },
        remaining: 2,
        limit: 3,
      },
    });
    expect(text.split('\n')).toEqual([
      'Day 97 · Schema Enforcement: done. Streak: 7 days (best 7) · 1 freeze banked.',
      'This day has no checkpoint to prove; your proof is saved with it as what you did for the task.',
      'Next: Day 98 · Catalogs (/today).',
      '',
      'Feedback on the task (this day has no checkpoint): the task is done.',
      'Why: The error is quoted.',
      'Next step: Try a schema change.',
      '2 AI answers left today',
    ]);
  });

  it('WHEN the quota is spent THEN the missing feedback is named as feedback on the task', () => {
    const text = renderSubmitted({
      done,
      feedback: { kind: 'quota-spent', limit: 3, resetsAt: new Date('2025-01-02T00:00:00Z') },
    });
    expect(text).toContain('No feedback on the task this time: ');
    expect(text).not.toContain('checkpoint feedback');
  });
});
