import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { CARD_FONT_FILES, renderCardPng } from '../../../src/adapters/image/card-png.js';
import { layoutCard } from '../../../src/core/progress/card-layout.js';
import { renderCardSvg } from '../../../src/core/progress/card-svg.js';
import {
  CARD_BACKGROUND,
  FROZEN_FILL,
  MISSED_FILL,
  sectionColor,
  UPCOMING_FILL,
  TODAY_FILL,
  TODAY_OUTLINE,
} from '../../../src/core/progress/section-palette.js';
import { colorAt, decodePng, distinctColors } from '../../support/decode-png.js';
import { sampleCard } from '../../core/progress/card-fixture.js';
import { dates, doneOn, learner } from '../../core/learner/learner-fixtures.js';
import { buildProgressCard } from '../../../src/core/progress/build-card.js';
import { realPlan } from '../../support/real-plan.js';

const card = sampleCard();
const image = decodePng(renderCardPng(card));
const cells = layoutCard(card).cells;

function cell(day: number) {
  const found = cells.find((c) => c.day === day);
  if (!found) throw new Error(`no cell for day ${day}`);
  return found;
}

describe('GIVEN the shipped fonts', () => {
  it('WHEN resolving them THEN they are absolute paths to files in assets/fonts', () => {
    for (const file of CARD_FONT_FILES) {
      expect(isAbsolute(file)).toBe(true);
      expect(file).toMatch(/assets\/fonts\/DejaVuSans(-Bold)?\.ttf$/);
      expect(existsSync(file)).toBe(true);
    }
  });
});

describe('GIVEN a progress card rendered to PNG', () => {
  it('WHEN decoding the bytes THEN the image is 1000x560', () => {
    expect([image.width, image.height]).toEqual([1000, 560]);
  });

  it('WHEN reading a done cell THEN it is painted in its section colour', () => {
    const day31 = cell(31);
    const day38 = cell(38);
    // Sample above the day number, clear of the rounded corners.
    expect(colorAt(image, day31.x + day31.width / 2, day31.y + 6)).toBe(sectionColor(0));
    expect(colorAt(image, day38.x + day38.width / 2, day38.y + 6)).toBe(sectionColor(1));
  });

  it("WHEN reading today's cell THEN it is filled with the highlight and outlined", () => {
    const today = cell(42);
    expect(colorAt(image, today.x + today.width / 2, today.y + 6)).toBe(TODAY_FILL);
    expect(colorAt(image, today.x, today.y + today.height / 2)).toBe(TODAY_OUTLINE);
  });

  it('GIVEN a learner on Day 38 who missed two dates WHEN reading the PNG THEN Days 39-40 are upcoming, and the missed and frozen dates are painted on the strip of dates', () => {
    // Days 31-35 on 03-02..03-06 (a freeze earned), 03-07 missed, Day 36 on 03-08, 03-09 missed, Day 37 on 03-10.
    const who = learner({ completions: doneOn([...dates('2026-03-02', 5), '2026-03-08', '2026-03-10']) });
    const day38 = buildProgressCard(realPlan(), who, new Date('2026-03-11T16:00:00Z'), {
      linkedin: 0,
      blog: 0,
    });
    const png = decodePng(renderCardPng(day38));
    const layout = layoutCard(day38);
    const fillOf = (box: { x: number; y: number; width: number }) =>
      colorAt(png, box.x + box.width / 2, box.y + 4);
    for (const day of [39, 40]) {
      const box = layout.cells.find((c) => c.day === day);
      expect(box && fillOf(box)).toBe(UPCOMING_FILL);
    }
    const dateBox = (date: string) => {
      const box = layout.dateCells.find((c) => c.date.date === date);
      if (!box) throw new Error(`no cell for ${date}`);
      return box;
    };
    expect(fillOf(dateBox('2026-03-07'))).toBe(FROZEN_FILL);
    expect(fillOf(dateBox('2026-03-09'))).toBe(MISSED_FILL);
    expect(fillOf(dateBox('2026-03-11'))).toBe(TODAY_FILL);
  });

  it('WHEN reading where text is drawn THEN the font rendered glyphs there', () => {
    const day31 = cell(31);
    expect(colorAt(image, 20, 20)).toBe(CARD_BACKGROUND);
    expect(distinctColors(image, 40, 40, 260, 40)).toBeGreaterThan(10);
    expect(distinctColors(image, day31.x + 10, day31.y + 15, day31.width - 20, 20)).toBeGreaterThan(3);
  });

  it('WHEN the learner name changes THEN only pixels in the header change', () => {
    const other = decodePng(renderCardPng(sampleCard({ learnerName: 'Grace Hopper' })));
    expect(distinctColors(other, 40, 40, 260, 40)).toBeGreaterThan(10);
    expect(Buffer.compare(Buffer.from(other.rgba), Buffer.from(image.rgba))).not.toBe(0);
    const changedBelowHeader = other.rgba
      .subarray(140 * 1000 * 4)
      .some((v, i) => v !== image.rgba[140 * 1000 * 4 + i]);
    expect(changedBelowHeader).toBe(false);
  });

  it('WHEN rendering twice THEN the bytes are identical', () => {
    expect(renderCardPng(card).equals(renderCardPng(card))).toBe(true);
  });

  it('WHEN decoding our own way THEN the pixels match resvg raw output of the same SVG', () => {
    const raw = new Resvg(renderCardSvg(card), {
      font: { fontFiles: [...CARD_FONT_FILES], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
    }).render().pixels;
    expect(Buffer.from(image.rgba).equals(raw)).toBe(true);
  });

  it(`WHEN the learner is named <script>&"' THEN the card still renders`, () => {
    const hostile = decodePng(renderCardPng(sampleCard({ learnerName: `<script>&"'\u0000` })));
    expect(distinctColors(hostile, 40, 40, 200, 40)).toBeGreaterThan(10);
  });
});
