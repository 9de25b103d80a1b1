import { describe, expect, it } from 'vitest';
import {
  readBlockHeading,
  readDayHeading,
  type BlockHeading,
  type DayHeading,
} from '../../../src/core/curriculum/plan-headings.js';

describe('GIVEN the text of a "## " heading', () => {
  it.each<[string, BlockHeading]>([
    [
      'Module 5: Spark Fundamentals + PySpark (Days 31-37)',
      {
        kind: 'section',
        unit: 'module',
        number: 5,
        title: 'Spark Fundamentals + PySpark',
        range: { from: 31, to: 37 },
      },
    ],
    [
      'Module 9 – Flink (Days 61–65)',
      { kind: 'section', unit: 'module', number: 9, title: 'Flink', range: { from: 61, to: 65 } },
    ],
    [
      'Module 3: No Range Given',
      { kind: 'section', unit: 'module', number: 3, title: 'No Range Given', range: null },
    ],
    [
      'Days 59-60: Review and Advanced Preparation',
      {
        kind: 'section',
        unit: 'days',
        number: null,
        title: 'Review and Advanced Preparation',
        range: { from: 59, to: 60 },
      },
    ],
    [
      'Day 90: Final Review',
      { kind: 'section', unit: 'days', number: null, title: 'Final Review', range: { from: 90, to: 90 } },
    ],
    [
      'Week 2 – Modelling (Days 34-37)',
      { kind: 'section', unit: 'week', number: 2, title: 'Modelling', range: { from: 34, to: 37 } },
    ],
    [
      'Week 3 (Days 15-21): Streaming',
      { kind: 'section', unit: 'week', number: 3, title: 'Streaming', range: { from: 15, to: 21 } },
    ],
    [
      'Week 1: Loading Data',
      { kind: 'section', unit: 'week', number: 1, title: 'Loading Data', range: null },
    ],
    ['Week 4', { kind: 'section', unit: 'week', number: 4, title: 'Week 4', range: null }],
    ['?? Week 5: Damaged', { kind: 'section', unit: 'week', number: 5, title: 'Damaged', range: null }],
    ['Module Five: Words', { kind: 'malformed' }],
    ['Week 5 Review', { kind: 'malformed' }],
    ['Week 6 (Days 1-2): Title (Days 1-2)', { kind: 'malformed' }],
    ['Days of review', { kind: 'malformed' }],
    ['Cycle Goals', { kind: 'goals' }],
    ['Cycle Assessment', { kind: 'assessment' }],
    ['Notes', { kind: 'other' }],
  ])('WHEN reading %j THEN it is %j', (text, expected) => {
    expect(readBlockHeading(text)).toEqual(expected);
  });
});

describe('GIVEN the text of a "### " or "#### " heading', () => {
  it.each<[string, DayHeading]>([
    ['Day 31 - Spark Architecture', { kind: 'day', day: 31, title: 'Spark Architecture', minutes: null }],
    ['Day 62 – DataStream API', { kind: 'day', day: 62, title: 'DataStream API', minutes: null }],
    ['Day 63: Sources and Sinks', { kind: 'day', day: 63, title: 'Sources and Sinks', minutes: null }],
    [
      'Day 45 - Spark Streaming (Structured Streaming)',
      { kind: 'day', day: 45, title: 'Spark Streaming (Structured Streaming)', minutes: null },
    ],
    [
      'Day 151: Exactly-Once Delivery (30 min)',
      { kind: 'day', day: 151, title: 'Exactly-Once Delivery', minutes: 30 },
    ],
    ['Day 7 - Title (1 hour)', { kind: 'day', day: 7, title: 'Title', minutes: 60 }],
    ['Day 153: Backfills (Part 2)', { kind: 'day', day: 153, title: 'Backfills (Part 2)', minutes: null }],
    ['Day 8. Dotted', { kind: 'day', day: 8, title: 'Dotted', minutes: null }],
    ['?? Day 9 - Damaged Marker', { kind: 'day', day: 9, title: 'Damaged Marker', minutes: null }],
    ['Day 31', { kind: 'malformed' }],
    ['Day 31 -', { kind: 'malformed' }],
    ['Day 3x - Typo', { kind: 'malformed' }],
    ['Technical Skills Acquired:', { kind: 'other' }],
  ])('WHEN reading %j THEN it is %j', (text, expected) => {
    expect(readDayHeading(text)).toEqual(expected);
  });
});
