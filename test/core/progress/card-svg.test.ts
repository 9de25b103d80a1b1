import { describe, expect, it } from 'vitest';
import { CARD_FONT_FAMILY } from '../../../src/core/progress/card-layout.js';
import { renderCardSvg } from '../../../src/core/progress/card-svg.js';
import { sampleCard } from './card-fixture.js';

const HOSTILE = `<script>&"'`;

function textsOf(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
}

describe('GIVEN a progress card', () => {
  it('WHEN rendering THEN it is a fixed 1000x560 SVG asking for the shipped font', () => {
    const svg = renderCardSvg(sampleCard());
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1000" height="560" /);
    expect(svg).toContain(`font-family="${CARD_FONT_FAMILY}"`);
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('WHEN rendering THEN it shows the header, every section, every day and the stats', () => {
    const texts = textsOf(renderCardSvg(sampleCard()));
    expect(texts).toEqual(expect.arrayContaining(['Ada Lovelace', 'Module 5', 'Review', 'Day 42 today']));
    expect(texts).toEqual(
      expect.arrayContaining(['4 days', 'best 9', '8/30', '3/12', '1/5', '2 freezes banked']),
    );
    for (let day = 31; day <= 60; day++) expect(texts).toContain(String(day));
  });

  it('WHEN rendering THEN each day is drawn with its state', () => {
    const svg = renderCardSvg(sampleCard());
    expect(svg).toContain('data-day="31" data-state="done"');
    expect(svg).toContain('data-day="42" data-state="today"');
    expect(svg).toContain('data-day="60" data-state="upcoming"');
    expect(svg).not.toMatch(/data-day="\d+" data-state="(missed|frozen)"/);
  });

  it("WHEN rendering THEN the learner's own four weeks are drawn under the grid, missed, frozen and paused on their dates", () => {
    const svg = renderCardSvg(sampleCard());
    const dates = [...svg.matchAll(/data-date="([\d-]+)" data-state="(\w+)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(dates).toHaveLength(28);
    expect(dates.filter((d) => /missed|frozen|paused/.test(d))).toEqual([
      '2026-06-02 missed',
      '2026-06-04 frozen',
      '2026-06-06 paused',
      '2026-06-07 paused',
      '2026-06-08 paused',
      '2026-06-13 missed',
    ]);
    expect(textsOf(svg)).toContain('Your dates');
  });

  it.each([
    [2, '2 days behind'],
    [1, '1 day behind'],
    [0, 'on pace'],
    [-1, '1 day ahead'],
    [-3, '3 days ahead'],
  ])('WHEN the learner is %i days behind THEN the card says "%s"', (daysBehind, words) => {
    expect(textsOf(renderCardSvg(sampleCard({ daysBehind })))).toContain(words);
  });

  it.each([
    ['paused', 'paused', '2 days behind'],
    ['complete', 'complete', 'on pace'],
  ] as const)('WHEN the learner is %s THEN the badge says "%s", not "%s"', (status, words, not) => {
    const texts = textsOf(
      renderCardSvg(sampleCard({ status, currentDay: null, daysBehind: status === 'paused' ? 2 : 0 })),
    );
    expect(texts).toContain(words);
    expect(texts).not.toContain(not);
  });

  it('WHEN there is no current day THEN no "today" line is drawn', () => {
    expect(renderCardSvg(sampleCard({ currentDay: null }))).not.toContain('today</text>');
  });
});

describe('GIVEN user input in the card', () => {
  it(`WHEN the learner is named ${HOSTILE} THEN the name is XML-escaped and no markup leaks`, () => {
    const svg = renderCardSvg(sampleCard({ learnerName: HOSTILE, planTitle: `a</text><script>` }));
    expect(svg).toContain('&lt;script&gt;&amp;&quot;&apos;');
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('a</text><');
  });

  it('WHEN the name holds control and bidi characters THEN they are stripped', () => {
    const texts = textsOf(
      renderCardSvg(sampleCard({ learnerName: 'Ada\u0000\n\u202eLove\u0007lace\u009b' })),
    );
    expect(texts[0]).toBe('Ada Love lace');
  });

  it('WHEN the name is empty after cleaning THEN the card says "Learner"', () => {
    expect(textsOf(renderCardSvg(sampleCard({ learnerName: '\u0000 \n' })))[0]).toBe('Learner');
  });

  it('WHEN the name is very long THEN it is cut with an ellipsis before the pace badge', () => {
    const name = textsOf(
      renderCardSvg(sampleCard({ learnerName: 'Wolfeschlegelsteinhausenbergerdorff '.repeat(4) })),
    )[0];
    expect(name!.endsWith('…')).toBe(true);
    expect(name!.length).toBeLessThan(40);
  });

  it('WHEN a section title is too long for its label column THEN it is cut at a word', () => {
    const texts = textsOf(renderCardSvg(sampleCard()));
    expect(texts).toContain('Spark Fundamentals…');
  });
});
