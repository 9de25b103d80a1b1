import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentPathOf, loadAssessmentFile } from '../../../src/adapters/curriculum/load-assessment.js';
import { AssessmentMapSchema, type AssessmentMap } from '../../../src/core/assessment/assessment-map.js';
import { checkAssessmentMap } from '../../../src/core/assessment/check-assessment-map.js';
import { tickAssessment } from '../../../src/core/assessment/tick-assessment.js';
import type { Plan } from '../../../src/core/curriculum/plan.js';
import { CURRICULUM_DIR, realPlan } from '../../support/real-plan.js';
import { tinyPlan } from '../../support/tiny-plan.js';

const plans = readdirSync(CURRICULUM_DIR).filter((name) => name.endsWith('.md') && name !== 'README.md');
const withChecklists = plans.filter((name) => Object.keys(realPlan(name).assessment).length > 0);

describe('GIVEN the real plans and their assessment data', () => {
  it.each(withChecklists)('WHEN %s has checklists THEN its assessment data sits next to it', (name) => {
    expect(existsSync(assessmentPathOf(join(CURRICULUM_DIR, name)))).toBe(true);
  });

  it.each(withChecklists)(
    'WHEN loading the data of %s THEN every item of every heading is fed, every day is real, no item is unknown',
    async (name) => {
      const loaded = await loadAssessmentFile(assessmentPathOf(join(CURRICULUM_DIR, name)), realPlan(name));
      expect(loaded.kind === 'invalid' ? loaded.problems : loaded.kind).toBe('ok');
    },
  );

  it('WHEN a learner has done every day and written every post THEN every item of the real plan is ticked', async () => {
    const plan = realPlan();
    const loaded = await loadAssessmentFile(
      assessmentPathOf(join(CURRICULUM_DIR, 'days-31-60-spark-airflow.md')),
      plan,
    );
    if (loaded.kind !== 'ok') throw new Error(loaded.kind);
    const all = new Set(plan.days.map((d) => d.day));
    const ticked = tickAssessment(plan, loaded.map, { doneDays: all, writtenPosts: all });
    expect(ticked.flatMap((list) => list.items).filter((item) => !item.ticked)).toEqual([]);
    expect(ticked.map((list) => list.heading)).toEqual(Object.keys(plan.assessment));
  });
});

/** Days 31..35; day 33 asks for a LinkedIn post; one checklist with two items. */
function planWithChecklist(): Plan {
  const plan = tinyPlan();
  return {
    ...plan,
    days: plan.days.map((d) =>
      d.day === 33 ? { ...d, post: { kind: 'linkedin', title: 'Post', notes: null } } : d,
    ),
    assessment: { Skills: ['Spark', 'Writing'] },
  };
}
const map = (checklists: AssessmentMap['checklists']): AssessmentMap =>
  AssessmentMapSchema.parse({ checklists });

describe('checkAssessmentMap', () => {
  it.each<[string, AssessmentMap['checklists'], string[]]>([
    ['a complete map', { Skills: { Spark: { days: [31, 32] }, Writing: { posts: [33] } } }, []],
    [
      'an item fed by nothing',
      { Skills: { Spark: { days: [31] } } },
      ['"Skills" item "Writing" is fed by no day'],
    ],
    [
      'an unknown item and heading',
      { Skills: { Spark: { days: [31] }, Writing: { days: [32] }, Flink: { days: [33] } }, Other: {} },
      ['"Skills" item "Flink" is not in the plan', 'checklist "Other" is not in the plan'],
    ],
    [
      'a day not in the plan and a post day without a post',
      { Skills: { Spark: { days: [31, 99] }, Writing: { posts: [32] } } },
      ['"Skills" item "Spark": day 99 is not in the plan', '"Skills" item "Writing": day 32 has no post'],
    ],
    [
      'a day twice and a bar too high',
      { Skills: { Spark: { days: [31, 31] }, Writing: { posts: [33], atLeast: 2 } } },
      ['"Skills" item "Spark" lists a day twice', '"Skills" item "Writing" needs 2 of 1 days'],
    ],
  ])('GIVEN %s WHEN checked THEN %j', (_case, checklists, problems) => {
    expect(checkAssessmentMap(planWithChecklist(), map(checklists))).toEqual(problems);
  });

  it('GIVEN a map missing a whole checklist WHEN checked THEN it says so', () => {
    expect(checkAssessmentMap(planWithChecklist(), map({}))).toEqual([
      'checklist "Skills" is not in the map',
    ]);
  });

  it.each([
    { checklists: { Skills: { Spark: { days: [] } } } },
    { checklists: { Skills: { Spark: { days: [31], posts: [33] } } } },
    { checklist: {} },
  ])('GIVEN the malformed data %j WHEN parsed THEN the schema refuses it', (data) => {
    expect(AssessmentMapSchema.safeParse(data).success).toBe(false);
  });
});

describe('tickAssessment', () => {
  const plan = planWithChecklist();
  const fed = map({ Skills: { Spark: { days: [31, 32, 34], atLeast: 2 }, Writing: { posts: [33] } } });

  it.each<[string, number[], number[], [boolean, number, number][]]>([
    [
      'nothing done',
      [],
      [],
      [
        [false, 0, 2],
        [false, 0, 1],
      ],
    ],
    [
      'one of the Spark days',
      [31],
      [],
      [
        [false, 1, 2],
        [false, 0, 1],
      ],
    ],
    [
      'two of three Spark days (atLeast 2)',
      [31, 34],
      [],
      [
        [true, 2, 2],
        [false, 0, 1],
      ],
    ],
    [
      'the post written',
      [],
      [33],
      [
        [false, 0, 2],
        [true, 1, 1],
      ],
    ],
  ])(
    'GIVEN %s WHEN ticked THEN [ticked, counted, needed] per item is %j',
    (_case, done, written, expected) => {
      const ticked = tickAssessment(plan, fed, { doneDays: new Set(done), writtenPosts: new Set(written) });
      expect(ticked[0]?.items.map((i) => [i.ticked, i.counted, i.needed])).toEqual(expected);
    },
  );

  it('GIVEN no assessment data WHEN ticked THEN the checklists are shown with nothing ticked', () => {
    const ticked = tickAssessment(plan, null, {
      doneDays: new Set([31, 32, 33]),
      writtenPosts: new Set([33]),
    });
    expect(ticked).toEqual([
      {
        heading: 'Skills',
        items: [
          { text: 'Spark', ticked: false, counted: 0, needed: 0 },
          { text: 'Writing', ticked: false, counted: 0, needed: 0 },
        ],
      },
    ]);
  });
});
