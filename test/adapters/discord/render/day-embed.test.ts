import { describe, expect, it } from 'vitest';
import { renderDayEmbed, type DayEmbedContext } from '../../../../src/adapters/discord/render/day-embed.js';
import { EMBED_LIMITS, totalEmbedLength } from '../../../../src/adapters/discord/render/embed-limits.js';
import type { Day } from '../../../../src/core/curriculum/plan.js';
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
