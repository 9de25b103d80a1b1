import { describe, expect, it } from 'vitest';
import { planSummary } from '../../../src/core/curriculum/plan-summary.js';
import { parsePlan } from '../../../src/core/curriculum/parse-plan.js';
import { fixtureDays, fixtureText, parsedPlan } from '../../support/plan-fixtures.js';

describe('GIVEN a whole cycle mixing every shape (days-91-100-lakehouse.md)', () => {
  const { plan, day } = fixtureDays('days-91-100-lakehouse.md');

  it('WHEN parsed THEN it has its title, goals, two weeks and days 91-100 as numbered', () => {
    expect(plan.title).toBe('Days 91-100: Lakehouse Foundations - Delta Lake + Iceberg');
    expect(plan.goals).toHaveLength(2);
    expect(plan.sections.map(({ kind, number, title, days }) => [kind, number, title, days])).toEqual([
      ['week', 13, 'Table Formats', [91, 92, 93, 94, 95]],
      ['week', 14, 'Operating a Lakehouse', [96, 97, 98, 99, 100]],
    ]);
    expect(plan.successCriteria).toBe('Can choose and operate an open table format');
  });

  it('WHEN reading the project day THEN the heading time goes to the untimed Project beside a timed Task', () => {
    expect(day(95)).toEqual({
      day: 95,
      title: 'Week 13 Project',
      objective: 'Compare the two formats on one dataset',
      activities: [
        { kind: 'task', minutes: 15, text: 'Load the same month of orders into both formats' },
        { kind: 'project', minutes: 60, text: 'Benchmark of writes, reads and compaction' },
      ],
      resources: [],
      pythonSkill: null,
      checkpoint: 'Recommendation backed by the timings',
      post: { kind: 'blog', title: 'Delta Lake or Iceberg? One Dataset, Two Formats', notes: null },
      details: { Deliverable: '- a table of timings\n- a short recommendation' },
    });
  });

  it('WHEN summarised THEN it counts posts and project days and lists the days without a checkpoint', () => {
    expect(planSummary(plan)).toEqual({
      days: 10,
      sections: 2,
      linkedinPosts: 2,
      blogPosts: 1,
      projects: 1,
      firstDay: 91,
      lastDay: 100,
      withoutCheckpoint: [94, 97, 98],
    });
    expect(day(98)?.objective).toBeNull();
  });
});

describe('GIVEN the plan with three misspelt labels of issue 10, point 24', () => {
  const text = fixtureText('refused-misspelled-labels.md');

  it('WHEN the labels are fixed THEN the post, the skill and the checkpoint are all read', () => {
    const fixed = [
      ['Pyhton Skill', 'Python Skill'],
      ['Checkpint', 'Checkpoint'],
      ['LinkdIn Post', 'LinkedIn Post'],
      ['Learning Objectve', 'Learning Objective'],
      ['Taks (30 min)', 'Task (30 min)'],
      ['Resorces', 'Resources'],
      ['Checkpont', 'Checkpoint'],
      ['Blog Psot', 'Blog Post'],
    ].reduce((plan, [typo = '', label = '']) => plan.replace(typo, label), text);
    const days = parsedPlan(fixed).days;
    expect(days[0]).toMatchObject({
      pythonSkill: 'List comprehensions',
      checkpoint: 'The plan passes the check',
      post: { kind: 'linkedin', title: 'What a spell checker for study plans taught me', notes: null },
    });
    expect(days[1]).toMatchObject({
      objective: 'Catch the rest',
      activities: [
        { kind: 'task', minutes: 30, text: 'Fix the plan' },
        { kind: 'project', minutes: 45, text: 'Plan linter' },
      ],
      checkpoint: 'The linter finds every typo',
      post: { kind: 'blog', title: 'Linting Study Plans', notes: null },
      details: { Operations: 'read, compare, suggest' },
    });
  });

  it('WHEN the labels are misspelt THEN nothing loads', () => {
    expect(parsePlan(text).kind).toBe('invalid');
  });
});
