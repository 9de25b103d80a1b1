import { describe, expect, it } from 'vitest';
import type { DayState } from '../../../src/core/progress/card-model.js';
import {
  cellStyle,
  contrastRatio,
  FROZEN_FILL,
  INK,
  MISSED_FILL,
  PAUSED_FILL,
  readableInkOn,
  SECTION_PALETTE_SIZE,
  sectionColor,
  toHex,
  TODAY_FILL,
  TODAY_OUTLINE,
  UPCOMING_FILL,
} from '../../../src/core/progress/section-palette.js';

function lab(color: number): [number, number, number] {
  const lin = (c: number): number => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const [r, g, b] = [16, 8, 0].map((shift) => lin(((color >> shift) & 0xff) / 255)) as [
    number,
    number,
    number,
  ];
  const f = (t: number): number => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((r * 0.4124 + g * 0.3576 + b * 0.1805) / 0.95047);
  const y = f(r * 0.2126 + g * 0.7152 + b * 0.0722);
  const z = f((r * 0.0193 + g * 0.1192 + b * 0.9505) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
}

function distance(a: number, b: number): number {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

const palette = Array.from({ length: SECTION_PALETTE_SIZE }, (_, i) => sectionColor(i));
const stateFills = [TODAY_FILL, MISSED_FILL, UPCOMING_FILL, PAUSED_FILL, FROZEN_FILL];

describe('GIVEN the section palette', () => {
  it('WHEN listing it THEN it has at least 8 different colours', () => {
    expect(SECTION_PALETTE_SIZE).toBeGreaterThanOrEqual(8);
    expect(new Set(palette).size).toBe(SECTION_PALETTE_SIZE);
  });

  it.each([
    [SECTION_PALETTE_SIZE, 0],
    [SECTION_PALETTE_SIZE + 3, 3],
    [-1, SECTION_PALETTE_SIZE - 1],
  ])('WHEN asking for index %i THEN it cycles to index %i', (index, same) => {
    expect(sectionColor(index)).toBe(sectionColor(same));
  });

  it('WHEN comparing any two colours THEN they are clearly apart (CIE76 distance >= 25)', () => {
    for (const [i, a] of palette.entries()) {
      for (const b of palette.slice(i + 1))
        expect(distance(a, b), `${toHex(a)} vs ${toHex(b)}`).toBeGreaterThan(25);
    }
  });

  it('WHEN putting white day numbers on each THEN the contrast is at least 4.5:1', () => {
    for (const color of palette)
      expect(contrastRatio(color, 0xffffff), toHex(color)).toBeGreaterThanOrEqual(4.5);
  });

  it('WHEN comparing with the state colours THEN no section colour can pass for a state', () => {
    expect(new Set(stateFills).size).toBe(stateFills.length);
    for (const section of palette) {
      for (const state of stateFills) expect(distance(section, state)).toBeGreaterThan(25);
    }
  });
});

describe('GIVEN a day state', () => {
  it.each<[DayState, number]>([
    ['done', 0x1f6fb2],
    ['today', TODAY_FILL],
    ['missed', MISSED_FILL],
    ['upcoming', UPCOMING_FILL],
    ['paused', PAUSED_FILL],
    ['frozen', FROZEN_FILL],
  ])('WHEN styling a %s cell of a blue section THEN its fill is %i', (state, fill) => {
    expect(cellStyle(state, 0x1f6fb2).fill).toBe(fill);
  });

  it('WHEN styling today THEN it is outlined, and paused is dashed', () => {
    expect(cellStyle('today', 0).stroke).toBe(TODAY_OUTLINE);
    expect(cellStyle('paused', 0).dashed).toBe(true);
  });

  it('WHEN a section colour is light THEN its day numbers switch to ink', () => {
    expect(readableInkOn(0xfff3b0)).toBe(INK);
    expect(readableInkOn(sectionColor(0))).toBe(0xffffff);
  });
});
