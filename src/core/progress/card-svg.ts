import type { ProgressCard } from './card-model.js';
import { CARD_FONT_FAMILY, CARD_HEIGHT, CARD_WIDTH, layoutCard, type CardLayout } from './card-layout.js';
import { renderDates } from './card-svg-dates.js';
import { renderGrid } from './card-svg-grid.js';
import { renderStats } from './card-svg-stats.js';
import { currentDayText, learnerName, paceText, STATE_LABELS, STATE_ORDER } from './card-wording.js';
import { CARD_BACKGROUND, cellStyle, INK, MUTED_INK, toHex } from './section-palette.js';
import { estimateWidth, fitText, svgRect, svgText } from './svg-elements.js';

const PACE_COLORS = {
  behind: { fill: 0xfff1d6, ink: 0x7a4f00 },
  steady: { fill: 0xdcf2e3, ink: 0x17603a },
  paused: { fill: 0xe6e9f0, ink: 0x3d4a5c },
} as const;

/** The progress card as a fixed-size SVG document; all text is sanitised and XML-escaped. */
export function renderCardSvg(card: ProgressCard): string {
  const layout = layoutCard(card);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" `,
    `viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${CARD_FONT_FAMILY}">`,
    svgRect(0, 0, CARD_WIDTH, CARD_HEIGHT, { fill: CARD_BACKGROUND }),
    renderHeader(card, layout),
    renderGrid(card, layout),
    renderDates(layout),
    renderStats(card, layout.stats),
    renderLegend(card, layout),
    `</svg>`,
  ].join('');
}

function renderHeader(card: ProgressCard, layout: CardLayout): string {
  const { x, y, width } = layout.header;
  const pace = paceText(card);
  const colors =
    card.status === 'paused'
      ? PACE_COLORS.paused
      : card.status === 'on-calendar' && card.daysBehind > 0
        ? PACE_COLORS.behind
        : PACE_COLORS.steady;
  const pillWidth = estimateWidth(pace, 18, true) + 28;
  const right = x + width;
  const today = currentDayText(card);
  const gutter = 24;
  return [
    `<g id="header">`,
    svgText(x, y + 38, fitText(learnerName(card), width - pillWidth - gutter, 34, true), {
      size: 34,
      fill: INK,
      bold: true,
    }),
    svgText(x, y + 70, fitText(card.planTitle, width - (today ? estimateWidth(today, 18) : 0) - gutter, 18), {
      size: 18,
      fill: MUTED_INK,
    }),
    svgRect(right - pillWidth, y + 8, pillWidth, 40, { fill: colors.fill, radius: 20 }),
    svgText(right - pillWidth / 2, y + 34, pace, {
      size: 18,
      fill: colors.ink,
      bold: true,
      anchor: 'middle',
    }),
    today ? svgText(right, y + 70, today, { size: 18, fill: MUTED_INK, anchor: 'end' }) : '',
    svgRect(x, y + 92, width, 2, { fill: 0xe3e5ea }),
    `</g>`,
  ].join('');
}

function renderLegend(card: ProgressCard, layout: CardLayout): string {
  const { x, y } = layout.legend;
  const swatch = 20;
  let cursor = x;
  const items = STATE_ORDER.map((state) => {
    const style = cellStyle(state, card.sections[0]?.color ?? INK);
    const label = STATE_LABELS[state];
    const mark =
      state === 'done'
        ? doneSwatch(card, cursor, y, swatch)
        : svgRect(cursor, y, swatch, swatch, {
            fill: style.fill,
            radius: 5,
            stroke: style.stroke,
            strokeWidth: Math.min(2, style.strokeWidth),
            dashed: style.dashed,
          });
    const item = mark + svgText(cursor + swatch + 8, y + 16, label, { size: 16, fill: MUTED_INK });
    cursor += swatch + 8 + estimateWidth(label, 16) + 22;
    return item;
  });
  return [`<g id="legend">`, ...items, `</g>`].join('');
}

// "Done" takes each section's colour, so its swatch shows them side by side.
function doneSwatch(card: ProgressCard, x: number, y: number, size: number): string {
  const colors = card.sections.length > 0 ? card.sections.map((s) => s.color) : [INK];
  const stripe = size / colors.length;
  const stripes = colors
    .map(
      (c, i) =>
        `<rect x="${x + i * stripe}" y="${y}" width="${stripe}" height="${size}" fill="${toHex(c)}"/>`,
    )
    .join('');
  return `<clipPath id="done-swatch"><rect x="${x}" y="${y}" width="${size}" height="${size}" rx="5"/></clipPath><g clip-path="url(#done-swatch)">${stripes}</g>`;
}
