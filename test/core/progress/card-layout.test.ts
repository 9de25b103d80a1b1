import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, layoutCard, type Box } from '../../../src/core/progress/card-layout.js';
import { sampleCard } from './card-fixture.js';

function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const longPlan = sampleCard({
  sections: [0, 1, 2].map((s) => ({
    label: `Part ${s + 1}`,
    title: 'A long part',
    color: 0x1f6fb2,
    days: Array.from({ length: 30 }, (_, k) => ({ day: s * 30 + k + 1, state: 'upcoming' as const })),
  })),
});

const manySections = sampleCard({
  sections: Array.from({ length: 9 }, (_, s) => ({
    label: `Module ${s + 1}`,
    title: '',
    color: 0x1f6fb2,
    days: Array.from({ length: 10 }, (_, k) => ({ day: s * 10 + k + 1, state: 'done' as const })),
  })),
});

describe('GIVEN a progress card', () => {
  it.each([
    ['the 30-day plan', sampleCard(), 30],
    ['a 90-day plan in 3 parts', longPlan, 90],
    ['a 90-day plan in 9 modules', manySections, 90],
  ])('WHEN laying out %s THEN every day gets its own cell inside the grid', (_name, card, count) => {
    const layout = layoutCard(card);
    expect(layout.cells).toHaveLength(count);
    for (const cell of layout.cells) expect(inside(cell, layout.grid)).toBe(true);
    for (const [i, a] of layout.cells.entries()) {
      for (const b of layout.cells.slice(i + 1)) expect(overlap(a, b)).toBe(false);
    }
  });

  it('WHEN laying out the 30-day plan THEN the week rows use cells tall enough for each section title, in order', () => {
    const layout = layoutCard(sampleCard());
    expect(layout.cellSize).toBe(40);
    expect(layout.cells.map((c) => c.day)).toEqual(Array.from({ length: 30 }, (_, i) => 31 + i));
    const [first, second] = layout.cells;
    expect(second!.y).toBe(first!.y);
    expect(second!.x).toBeGreaterThan(first!.x);
  });

  it('WHEN a plan has many short sections THEN lines get wider rather than cells unreadably small', () => {
    expect(layoutCard(manySections).cellSize).toBeGreaterThanOrEqual(20);
  });

  it('WHEN laying out THEN the grid, stats and legend stay on the card and apart', () => {
    const layout = layoutCard(sampleCard());
    const card = { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT };
    for (const box of [layout.header, layout.grid, layout.stats, layout.legend, layout.dates])
      expect(inside(box, card)).toBe(true);
    expect(overlap(layout.grid, layout.stats)).toBe(false);
    expect(overlap(layout.grid, layout.legend)).toBe(false);
    for (const other of [layout.grid, layout.stats, layout.legend])
      expect(overlap(layout.dates, other)).toBe(false);
    expect(layout.dateCells).toHaveLength(28);
    for (const cell of layout.dateCells) expect(inside(cell, layout.dates)).toBe(true);
  });
});
