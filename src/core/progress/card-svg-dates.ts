import type { CardLayout, DateCellBox } from './card-layout.js';
import { cellStyle, FROZEN_INK, INK, MUTED_INK, type CellStyle } from './section-palette.js';
import { svgRect, svgText } from './svg-elements.js';

// A date outside the learner's days: an outline only, so it reads as "nothing to count".
const NO_DAY: CellStyle = { fill: 0xffffff, stroke: 0xe3e5ea, strokeWidth: 1, dashed: false, ink: 0xa0a6b1 };

/** The strip of the learner's own recent dates: done, missed, frozen, paused, today, to come. */
export function renderDates(layout: CardLayout): string {
  const { x, y } = layout.dates;
  const first = layout.dateCells[0]?.date.date;
  return [
    `<g id="dates">`,
    svgText(x, y + 18, 'Your dates', { size: 16, fill: INK, bold: true }),
    first === undefined ? '' : svgText(x, y + 38, `Mon-Sun, from ${first}`, { size: 13, fill: MUTED_INK }),
    ...layout.dateCells.map(renderDate),
    `</g>`,
  ].join('');
}

function renderDate(cell: DateCellBox): string {
  const { date, state, color } = cell.date;
  const style = state === 'none' ? NO_DAY : cellStyle(state, color ?? INK);
  const size = cell.width;
  const parts = [
    svgRect(cell.x, cell.y, size, size, {
      fill: style.fill,
      radius: Math.round(size * 0.2),
      stroke: style.stroke,
      strokeWidth: Math.min(2, style.strokeWidth),
      dashed: style.dashed,
    }),
    svgText(cell.x + size / 2, cell.y + size / 2 + 4, String(Number(date.slice(8))), {
      size: 11,
      fill: state === 'frozen' ? FROZEN_INK : style.ink,
      bold: true,
      anchor: 'middle',
    }),
  ];
  return `<g data-date="${date}" data-state="${state}">${parts.join('')}</g>`;
}
