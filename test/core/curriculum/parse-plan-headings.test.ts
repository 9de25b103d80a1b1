import { describe, expect, it } from 'vitest';
import { planSummary } from '../../../src/core/curriculum/plan-summary.js';
import { fixtureDays, fixtureText, parsedPlan } from '../../support/plan-fixtures.js';

describe('GIVEN days grouped by "### Week N" with "#### Day N" headings (shape-week-headings.md)', () => {
  const { plan, day } = fixtureDays('shape-week-headings.md');

  it('WHEN parsed THEN the weeks are the sections, the range checked, the days under them', () => {
    expect(plan.sections).toEqual([
      { kind: 'week', number: 1, title: 'Loading Data', days: [31, 32, 33] },
      { kind: 'week', number: 2, title: 'Modelling', days: [34, 35, 36, 37] },
    ]);
    expect(plan.goals).toEqual(['Load data into a cloud warehouse', 'Model it for analysts']);
    expect(plan.assessment).toEqual({ Skills: ['Bulk loading', 'Dimensional modelling'] });
  });

  it('WHEN reading a #### day THEN every field is as written', () => {
    expect(day(33)).toEqual({
      day: 33,
      title: 'Week 1 Project',
      objective: 'Automate a daily load',
      activities: [{ kind: 'project', minutes: 45, text: 'Scheduled load with a retry' }],
      resources: [],
      pythonSkill: null,
      checkpoint: 'Two days loaded without a manual step',
      post: null,
      details: {},
    });
  });

  it('WHEN the week range disagrees with its days THEN it is refused at the week heading', () => {
    const text = fixtureText('shape-week-headings.md').replace(
      'Week 2 – Modelling (Days 34-37)',
      'Week 2 – Modelling (Days 34-38)',
    );
    expect(() => parsedPlan(text)).toThrow('Week 2 says Days 34-38 but holds Days 34-37');
  });
});

describe('GIVEN "Day 151: Title (30 min)" headings (shape-colon-headings.md)', () => {
  const { plan, day } = fixtureDays('shape-colon-headings.md');

  it('WHEN the heading carries the time THEN the title loses it and an untimed Task takes it', () => {
    expect(plan.days.map((d) => [d.day, d.title, d.activities.map((a) => [a.kind, a.minutes])])).toEqual([
      [151, 'Exactly-Once Delivery', [['task', 30]]],
      [
        152,
        'Dead Letter Queues',
        [
          ['task', 45],
          ['project', null],
        ],
      ],
      [153, 'Backfills (Part 2)', [['task', 60]]],
      [154, 'Review', [['task', 20]]],
    ]);
    expect(day(151)?.activities[0]?.text).toBe('Make a sink idempotent with upserts');
  });
});

describe('GIVEN a plan without objectives or checkpoints (shape-no-objectives.md)', () => {
  const { plan, day } = fixtureDays('shape-no-objectives.md');

  it('WHEN parsed THEN the days load with null objective and checkpoint, and the summary lists them', () => {
    expect(day(63)).toEqual({
      day: 63,
      title: 'Make',
      objective: null,
      activities: [{ kind: 'project', minutes: 45, text: 'A Makefile that runs the whole pipeline' }],
      resources: [],
      pythonSkill: null,
      checkpoint: null,
      post: null,
      details: { Deliverable: '`make all` from a fresh clone' },
    });
    expect(plan.days.map((d) => [d.objective, d.checkpoint])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
    expect(planSummary(plan).withoutCheckpoint).toEqual([61, 62, 63]);
  });
});
