import { describe, expect, it } from 'vitest';
import { CARD_TEXT_LIMIT, renderCardText, STATE_MARKERS } from '../../../src/core/progress/card-text.js';
import { sampleCard } from './card-fixture.js';

describe('GIVEN a progress card', () => {
  it('WHEN rendering it as text THEN it reads as header, one block per section, legend and stats', () => {
    expect(renderCardText(sampleCard()).split('\n')).toEqual([
      'Ada Lovelace · progress',
      'Days 31-60: Batch Processing Foundations - Apache Spark + Airflow',
      'Day 42 today · 2 days behind',
      '',
      'Module 5 · Spark Fundamentals + PySpark',
      '  ✓31 ✓32 ✓33 ✓34 ✓35 ✓36 ✓37',
      'Module 6 · Apache Airflow + Workflow Orchestration',
      '  ✓38 ✓39 ✓40 ✓41 ▶42 ○43 ○44',
      'Module 7 · Advanced Spark + Data Engineering Patterns',
      '  ○45 ○46 ○47 ○48 ○49 ○50 ○51',
      'Module 8 · Production Data Pipelines',
      '  ○52 ○53 ○54 ○55 ○56 ○57 ○58',
      'Review · Review and Assessment',
      '  ○59 ○60',
      'Your dates, Monday to Sunday, from 2026-05-25:',
      '  ·25 ·26 ·27 ·28 ·29 ✓30 ✓31',
      '  ✓01 ✗02 ✓03 ❄04 ✓05 ‖06 ‖07',
      '  ‖08 ✓09 ✓10 ✓11 ✓12 ✗13 ✓14',
      '  ✓15 ✓16 ▶17 ○18 ○19 ○20 ○21',
      '',
      '✓ done  ▶ today  ✗ missed  ❄ freeze used  ‖ paused  ○ upcoming  · outside your plan',
      'Streak: 4 days (best 9)',
      'Checkpoints: 8/30',
      'Posts: LinkedIn 3/12 · Blog 1/5',
      'Freezes: 2 freezes banked',
    ]);
  });

  it.each([
    [{ daysBehind: 0, currentDay: 42 }, 'Day 42 today · on pace'],
    [{ daysBehind: -1, currentDay: 42 }, 'Day 42 today · 1 day ahead'],
    [{ daysBehind: 3, currentDay: null }, '3 days behind'],
    [{ daysBehind: 2, currentDay: null, status: 'paused' as const }, 'paused'],
    [{ daysBehind: 0, currentDay: null, status: 'complete' as const }, 'complete'],
  ])('WHEN pace and day are %o THEN the status line is "%s"', (overrides, line) => {
    expect(renderCardText(sampleCard(overrides)).split('\n')[2]).toBe(line);
  });

  it('WHEN streak and freezes are singular or zero THEN the words agree', () => {
    const text = renderCardText(sampleCard({ streak: { current: 1, longest: 1 }, freezesBanked: 0 }));
    expect(text).toContain('Streak: 1 day (best 1)');
    expect(text).toContain('Freezes: no freezes banked');
  });

  it('WHEN rendering THEN every state has its own marker', () => {
    expect(new Set(Object.values(STATE_MARKERS)).size).toBe(6);
  });

  it('WHEN day numbers have different widths THEN the cells line up', () => {
    const card = sampleCard({
      sections: [
        { label: 'Week 1', title: '', color: 0, days: [9, 10].map((day) => ({ day, state: 'done' })) },
      ],
    });
    expect(renderCardText(card)).toContain('Week 1\n  ✓ 9 ✓10\n');
  });
});

describe('GIVEN user input or a huge plan', () => {
  it('WHEN the name has control characters THEN they are stripped, and markup is kept as plain text', () => {
    const text = renderCardText(sampleCard({ learnerName: `<script>&"'\u0000\n\u202eEve` }));
    expect(text.split('\n')[0]).toBe(`<script>&"' Eve · progress`);
  });

  it('WHEN names are long and the plan has 300 days THEN the text stays under the Discord limit', () => {
    const card = sampleCard({
      learnerName: 'N'.repeat(5000),
      planTitle: 'T'.repeat(5000),
      sections: Array.from({ length: 20 }, (_, s) => ({
        label: 'L'.repeat(500),
        title: 'T'.repeat(500),
        color: 0,
        days: Array.from({ length: 15 }, (_, k) => ({ day: s * 15 + k + 1, state: 'upcoming' as const })),
      })),
    });
    const text = renderCardText(card);
    expect(text.length).toBeLessThanOrEqual(CARD_TEXT_LIMIT);
    expect(text.split('\n')[0]!.length).toBeLessThan(80);
  });
});
