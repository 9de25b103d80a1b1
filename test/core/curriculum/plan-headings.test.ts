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
      { kind: 'section', number: 5, title: 'Spark Fundamentals + PySpark', range: { from: 31, to: 37 } },
    ],
    [
      'Module 9 – Flink (Days 61–65)',
      { kind: 'section', number: 9, title: 'Flink', range: { from: 61, to: 65 } },
    ],
    ['Module 3: No Range Given', { kind: 'section', number: 3, title: 'No Range Given', range: null }],
    [
      'Days 59-60: Review and Advanced Preparation',
      {
        kind: 'section',
        number: null,
        title: 'Review and Advanced Preparation',
        range: { from: 59, to: 60 },
      },
    ],
    [
      'Day 90: Final Review',
      { kind: 'section', number: null, title: 'Final Review', range: { from: 90, to: 90 } },
    ],
    ['Module Five: Words', { kind: 'malformed' }],
    ['Days of review', { kind: 'malformed' }],
    ['Cycle Goals', { kind: 'goals' }],
    ['Cycle Assessment', { kind: 'assessment' }],
    ['Notes', { kind: 'other' }],
  ])('WHEN reading %j THEN it is %j', (text, expected) => {
    expect(readBlockHeading(text)).toEqual(expected);
  });
});

describe('GIVEN the text of a "### " heading', () => {
  it.each<[string, DayHeading]>([
    ['Day 31 - Spark Architecture', { kind: 'day', day: 31, title: 'Spark Architecture' }],
    ['Day 62 – DataStream API', { kind: 'day', day: 62, title: 'DataStream API' }],
    ['Day 63: Sources and Sinks', { kind: 'day', day: 63, title: 'Sources and Sinks' }],
    [
      'Day 45 - Spark Streaming (Structured Streaming)',
      { kind: 'day', day: 45, title: 'Spark Streaming (Structured Streaming)' },
    ],
    ['Day 31', { kind: 'malformed' }],
    ['Day 31 -', { kind: 'malformed' }],
    ['Day 3x - Typo', { kind: 'malformed' }],
    ['Technical Skills Acquired:', { kind: 'other' }],
  ])('WHEN reading %j THEN it is %j', (text, expected) => {
    expect(readDayHeading(text)).toEqual(expected);
  });
});
