import type { Plan } from '../curriculum/plan.js';
import { CARD_FONT_FAMILY } from './card-layout.js';
import type { HeatCell, HeatRow } from './cohort-heatmap.js';
import {
  CARD_BACKGROUND,
  INK,
  MISSED_FILL,
  MUTED_INK,
  PAUSED_FILL,
  UPCOMING_FILL,
  sectionColor,
  toHex,
} from './section-palette.js';
import { fitText, svgRect, svgText } from './svg-elements.js';

/** Width of the heatmap image, the card's. */
export const HEATMAP_WIDTH = 1000;
/** Learners drawn at most; the rest are counted under the grid (the CSV has everyone). */
export const HEATMAP_MAX_ROWS = 60;

const MARGIN = 24;
const NAME_WIDTH = 180;
const ROW_HEIGHT = 20;
const GRID_TOP = 84;

/** The heatmap's words, from the presenters. */
export interface HeatmapWords {
  readonly title: string;
  readonly subtitle: string;
  /** The name of a learner who opted out of leaderboards. */
  readonly hidden: string;
  /** Under the grid when rows were left out. */
  readonly more: (count: number) => string;
  readonly legend: Readonly<Record<'done' | 'missed' | 'paused' | 'upcoming' | 'pace', string>>;
}

const FILLS: Readonly<Record<Exclude<HeatCell, 'done' | 'none'>, number>> = {
  missed: MISSED_FILL,
  paused: PAUSED_FILL,
  upcoming: UPCOMING_FILL,
};

/** Height of the heatmap of `rows` learners. */
export function heatmapHeight(rows: number): number {
  const drawn = Math.min(rows, HEATMAP_MAX_ROWS);
  return GRID_TOP + 22 + drawn * ROW_HEIGHT + (rows > drawn ? 26 : 0) + 52;
}

/** Learners by plan day as an SVG document: done cells in their section's colour, each learner's pace outlined. */
export function renderHeatmapSvg(plan: Plan, rows: readonly HeatRow[], words: HeatmapWords): string {
  const height = heatmapHeight(rows.length);
  const days = plan.days.length;
  const gridLeft = MARGIN + NAME_WIDTH;
  const step = Math.min(24, (HEATMAP_WIDTH - MARGIN - gridLeft) / days);
  const gap = step >= 8 ? 2 : 0;
  const colorOf = dayColors(plan);
  const drawn = rows.slice(0, HEATMAP_MAX_ROWS);
  const top = GRID_TOP + 22;
  const dayLabels = plan.days.flatMap((d, index) =>
    index % Math.max(1, Math.ceil(28 / step)) === 0
      ? [
          svgText(gridLeft + index * step + step / 2, GRID_TOP + 12, String(d.day), {
            size: 11,
            fill: MUTED_INK,
            anchor: 'middle',
          }),
        ]
      : [],
  );
  const body = drawn.map((row, r) => {
    const y = top + r * ROW_HEIGHT;
    const cells = row.cells.map((cell, index) => {
      if (cell === 'none') return '';
      const fill = cell === 'done' ? (colorOf[index] ?? INK) : FILLS[cell];
      return svgRect(gridLeft + index * step, y, step - gap, ROW_HEIGHT - 4, { fill, radius: gap });
    });
    const paceX = Math.round((gridLeft + row.paceIndex * step - 1) * 10) / 10;
    const paceWidth = Math.round((step - gap + 2) * 10) / 10;
    // An outline only, over whatever the cell shows: the learner's own calendar day.
    const pace = `<rect data-pace="${row.paceIndex}" x="${paceX}" y="${y - 1}" width="${paceWidth}" height="${ROW_HEIGHT - 2}" fill="none" stroke="${toHex(INK)}" stroke-width="2"/>`;
    const name = fitText(row.name ?? words.hidden, NAME_WIDTH - 12, 13);
    return `<g data-learner="${r}">${svgText(MARGIN, y + 12, name, { size: 13, fill: INK })}${cells.join('')}${pace}</g>`;
  });
  const below = top + drawn.length * ROW_HEIGHT + 8;
  const more =
    rows.length > drawn.length
      ? svgText(MARGIN, below + 14, words.more(rows.length - drawn.length), { size: 13, fill: MUTED_INK })
      : '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${HEATMAP_WIDTH}" height="${height}" `,
    `viewBox="0 0 ${HEATMAP_WIDTH} ${height}" font-family="${CARD_FONT_FAMILY}">`,
    svgRect(0, 0, HEATMAP_WIDTH, height, { fill: CARD_BACKGROUND }),
    svgText(MARGIN, 38, fitText(words.title, HEATMAP_WIDTH - 2 * MARGIN, 24, true), {
      size: 24,
      fill: INK,
      bold: true,
    }),
    svgText(MARGIN, 62, fitText(words.subtitle, HEATMAP_WIDTH - 2 * MARGIN, 14), {
      size: 14,
      fill: MUTED_INK,
    }),
    `<g id="days">`,
    ...dayLabels,
    `</g><g id="learners">`,
    ...body,
    `</g>`,
    more,
    legend(words, colorOf[0] ?? INK, height - 34),
    `</svg>`,
  ].join('');
}

function dayColors(plan: Plan): number[] {
  return plan.days.map((d) => {
    const index = plan.sections.findIndex((section) => section.days.includes(d.day));
    return index < 0 ? INK : sectionColor(index);
  });
}

function legend(words: HeatmapWords, doneColor: number, y: number): string {
  const items: [string, string][] = [
    [words.legend.done, svgRect(0, 0, 16, 16, { fill: doneColor, radius: 2 })],
    [words.legend.missed, svgRect(0, 0, 16, 16, { fill: MISSED_FILL, radius: 2 })],
    [words.legend.paused, svgRect(0, 0, 16, 16, { fill: PAUSED_FILL, radius: 2 })],
    [words.legend.upcoming, svgRect(0, 0, 16, 16, { fill: UPCOMING_FILL, radius: 2 })],
    [words.legend.pace, svgRect(0, 0, 16, 16, { fill: CARD_BACKGROUND, stroke: INK, strokeWidth: 2 })],
  ];
  let x = MARGIN;
  const parts = items.map(([label, swatch]) => {
    const part = `<g transform="translate(${x} ${y})">${swatch}${svgText(24, 13, label, { size: 13, fill: MUTED_INK })}</g>`;
    x += 24 + label.length * 8 + 24;
    return part;
  });
  return `<g id="legend">${parts.join('')}</g>`;
}
