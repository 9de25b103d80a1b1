import { describe, expect, it } from 'vitest';
import { placeOfDay } from '../../../src/core/curriculum/plan-lookup.js';
import type { AtRiskNudge } from '../../../src/core/progress/at-risk-nudge.js';
import { renderAtRiskNudge } from '../../../src/presenters/text/nudge-text.js';
import { renderReminderLine } from '../../../src/presenters/text/reminder-text.js';
import { tinyPlan } from '../../support/tiny-plan.js';

describe('renderReminderLine', () => {
  it.each([
    [
      { day: 34, lastDay: 60, streak: 5, cardsDue: 3 },
      'Day 34 of 60 · 5-day streak · 3 recall cards due (/recall)',
    ],
    [
      { day: 34, lastDay: 60, streak: 1, cardsDue: 1 },
      'Day 34 of 60 · 1-day streak · 1 recall card due (/recall)',
    ],
    [{ day: 34, lastDay: 60, streak: 0, cardsDue: 2 }, 'Day 34 of 60 · 2 recall cards due (/recall)'],
    [{ day: 34, lastDay: 60, streak: 12, cardsDue: 0 }, 'Day 34 of 60 · 12-day streak'],
    [{ day: 31, lastDay: 60, streak: 0, cardsDue: 0 }, 'Day 31 of 60'],
  ])('GIVEN %o WHEN worded THEN %s (no zero streak, no zero cards)', (line, words) => {
    expect(renderReminderLine(line)).toBe(words);
  });
});

describe('renderAtRiskNudge', () => {
  const plan = tinyPlan({ count: 10 });
  const day = placeOfDay(plan, 34)!;
  const nudge = (change: Partial<AtRiskNudge>): AtRiskNudge => ({
    reason: { kind: 'idle', days: 4 },
    week: '2026-03-02',
    day,
    canShift: true,
    ...change,
  });

  it('GIVEN a learner away four days who can /shift WHEN worded THEN a fact without blame, one step for today, and the way out', () => {
    expect(renderAtRiskNudge(nudge({}))).toBe(
      [
        "Hi, it's your coach. It's been 4 days since your last study day. That happens, and everything you've done is still here.",
        'One step for today: the 30-minute task of Day 34 · Topic 34, right above (/today shows it too).',
        "If life got in the way, /shift starts your calendar again from Day 34, or /pause holds it until you're back.",
        '-# At most one of these a week.',
      ].join('\n'),
    );
  });

  it('GIVEN a learner behind who cannot /shift WHEN worded THEN the calendar line, and /pause alone', () => {
    const words = renderAtRiskNudge(nudge({ reason: { kind: 'behind', days: 3 }, canShift: false }));
    expect(words).toContain('Your calendar has run 3 days ahead of you. That happens, and nothing is lost.');
    expect(words).toContain("If life got in the way, /pause holds your calendar until you're back.");
    expect(words).not.toContain('/shift');
  });

  it('GIVEN a day whose task has no time WHEN worded THEN no minutes are made up', () => {
    const untimed = {
      ...day,
      day: { ...day.day, activities: [{ kind: 'project' as const, minutes: null, text: 'Build' }] },
    };
    expect(renderAtRiskNudge(nudge({ day: untimed }))).toContain(
      'One step for today: the project of Day 34 · Topic 34,',
    );
  });
});
