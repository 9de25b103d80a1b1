import { describe, expect, it } from 'vitest';
import { renderDayEmbed, type DayEmbedContext } from '../../../../src/adapters/discord/render/day-embed.js';
import { EMBED_LIMITS, totalEmbedLength } from '../../../../src/adapters/discord/render/embed-limits.js';
import { placeOfDay } from '../../../../src/core/curriculum/plan-lookup.js';
import type { Day } from '../../../../src/core/curriculum/plan.js';
import { fixturePlan } from '../../../support/plan-fixtures.js';
import { day31, day32, day37, module5 } from '../../../support/module-5-days.js';

const SPARK_ORANGE = 0xe25a1c;

function contextFor(day: Day, overrides: Partial<DayEmbedContext> = {}): DayEmbedContext {
  return {
    section: module5,
    positionInSection: module5.days.indexOf(day.day) + 1,
    sectionDayCount: module5.days.length,
    dayIndexInPlan: day.day - 30,
    planDays: 30,
    color: SPARK_ORANGE,
    ...overrides,
  };
}

describe('renderDayEmbed', () => {
  it('GIVEN the real Day 31 WHEN rendered THEN it matches the daily post in ux.md', () => {
    expect(renderDayEmbed(day31, contextFor(day31))).toEqual({
      title: 'Day 31 · Spark Architecture',
      description: "**LinkedIn post today**\nUnderstand Spark's distributed computing model",
      color: SPARK_ORANGE,
      fields: [
        { name: 'Task · 30 min', value: 'Study Spark architecture: Driver, Executors, Cluster Manager' },
        {
          name: 'Resource',
          value: '[Spark Programming Guide](https://spark.apache.org/docs/latest/rdd-programming-guide.html)',
        },
        { name: 'Python skill', value: 'Advanced data structures, pandas introduction', inline: true },
        { name: 'Checkpoint', value: "Prove it: Can explain Spark's lazy evaluation and DAG execution" },
        {
          name: 'LinkedIn post',
          value: '"Moving from streaming to batch: First impressions of Apache Spark"',
        },
      ],
      footer: { text: 'Module 5 · Spark Fundamentals + PySpark · day 1 of 30' },
    });
  });

  it('GIVEN the real Day 37 project WHEN rendered THEN project and blog post are said up front, fields in plan order', () => {
    const embed = renderDayEmbed(day37, contextFor(day37));
    expect(embed.title).toBe('Day 37 · Module 5 Project');
    expect(embed.description).toBe(
      '**Project day: wraps up Module 5 · Blog post today**\nBuild end-to-end Spark application',
    );
    expect(embed.fields?.map((field) => [field.name, field.value])).toEqual([
      ['Project · 30 min', 'Customer analytics pipeline with PySpark'],
      ['Features', 'Data cleaning, aggregations, insights generation'],
      ['Python skill', 'Code organization, testing'],
      ['Checkpoint', 'Prove it: Complete analytics application'],
      ['Blog post', '"Building Your First Production Spark Application"'],
    ]);
    expect(embed.footer?.text).toBe('Module 5 · Spark Fundamentals + PySpark · day 7 of 30');
  });

  it.each([
    ['a plain task day', day32, 'Master Resilient Distributed Datasets (RDDs)'],
    [
      'a project day mid-module',
      { ...day37, post: null },
      '**Project day**\nBuild end-to-end Spark application',
    ],
  ])('GIVEN %s WHEN rendered THEN the description leads accordingly', (_name, day, description) => {
    const context = contextFor(day, { positionInSection: 3 });
    expect(renderDayEmbed(day, context).description).toBe(description);
  });

  it('GIVEN an unnumbered review section WHEN rendered THEN the footer names it without a module number', () => {
    const review = {
      kind: 'days' as const,
      number: null,
      title: 'Review and Advanced Preparation',
      days: [59, 60],
    };
    const embed = renderDayEmbed(
      { ...day32, day: 59 },
      contextFor(day32, { section: review, dayIndexInPlan: 29 }),
    );
    expect(embed.footer?.text).toBe('Review and Advanced Preparation · day 29 of 30');
  });

  it('GIVEN a day with 30 huge details and many links WHEN rendered THEN it stays within every limit', () => {
    const details = Object.fromEntries(
      Array.from({ length: 30 }, (_, index) => [
        `Detail ${index + 1} ${'n'.repeat(300)}`,
        'word '.repeat(400),
      ]),
    );
    const resources = Array.from({ length: 40 }, (_, index) => ({
      kind: 'link' as const,
      title: `Guide [${index}]`,
      url: `https://example.com/${'path/'.repeat(10)}${index}`,
    }));
    const huge: Day = { ...day37, title: 'T'.repeat(400), objective: 'o'.repeat(5000), details, resources };

    const embed = renderDayEmbed(huge, contextFor(day37));

    expect(totalEmbedLength([embed])).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(embed.title?.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(embed.description?.length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(embed.fields?.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    }
    expect(embed.fields?.map((field) => field.name).slice(-4)).toEqual([
      'More',
      'Python skill',
      'Checkpoint',
      'Blog post',
    ]);
    expect(embed.fields?.find((field) => field.name === 'Checkpoint')?.value).toBe(
      'Prove it: Complete analytics application',
    );
    expect(embed.fields?.some((field) => field.value.endsWith('…'))).toBe(true);
    expect(embed.footer?.text).toBe('Module 5 · Spark Fundamentals + PySpark · day 7 of 30');
  });
});

describe('renderDayEmbed on plans written by hand (days-91-100-lakehouse.md)', () => {
  const plan = fixturePlan('days-91-100-lakehouse.md');
  const render = (n: number) => {
    const place = placeOfDay(plan, n)!;
    return renderDayEmbed(place.day, {
      section: place.section,
      positionInSection: place.positionInSection,
      sectionDayCount: place.section.days.length,
      dayIndexInPlan: place.positionInPlan,
      planDays: plan.days.length,
      color: SPARK_ORANGE,
    });
  };

  it('GIVEN a day with a Task and a Project WHEN rendered THEN both are fields, the week named in the lead and footer', () => {
    const embed = render(95);
    expect(embed.description).toBe(
      '**Project day: wraps up Week 13 · Blog post today**\nCompare the two formats on one dataset',
    );
    expect(embed.fields?.map((field) => [field.name, field.value])).toEqual([
      ['Task · 15 min', 'Load the same month of orders into both formats'],
      ['Project · 60 min', 'Benchmark of writes, reads and compaction'],
      ['Deliverable', '- a table of timings\n- a short recommendation'],
      ['Checkpoint', 'Prove it: Recommendation backed by the timings'],
      ['Blog post', '"Delta Lake or Iceberg? One Dataset, Two Formats"'],
    ]);
    expect(embed.footer?.text).toBe('Week 13 · Table Formats · day 5 of 10');
  });

  it('GIVEN a day without objective or checkpoint WHEN rendered THEN it has no description and says there is no checkpoint to prove', () => {
    const embed = render(98);
    expect(embed).not.toHaveProperty('description');
    expect(embed.fields?.map((field) => [field.name, field.value])).toEqual([
      ['Task · 30 min', 'Register both tables in one catalog'],
      ['Resources', '[Unity Catalog](https://www.unitycatalog.io/)\nThe catalog page of your cloud provider'],
      ['Checkpoint', 'No checkpoint to prove today: /done with what you did for the task.'],
    ]);
  });

  it('GIVEN a post with notes under it WHEN rendered THEN the notes follow the title', () => {
    const day = { ...plan.days[0]!, post: { kind: 'linkedin' as const, title: 'T', notes: '- Hook: one' } };
    const embed = renderDayEmbed(day, contextFor(day));
    expect(embed.fields?.at(-1)).toEqual({ name: 'LinkedIn post', value: '"T"\n- Hook: one' });
  });
});
