import type { ProgressCard } from './card-model.js';
import type { Box } from './card-layout.js';
import { days, freezesText, ratio } from './card-wording.js';
import { FROZEN_INK, INK, MUTED_INK, PANEL_BACKGROUND, UPCOMING_FILL } from './section-palette.js';
import { svgRect, svgText } from './svg-elements.js';

const PAD = 22;
const ACCENT = 0x1f6fb2;

/** The stats panel: streak, checkpoints, posts and freezes, biggest number first. */
export function renderStats(card: ProgressCard, box: Box): string {
  const left = box.x + PAD;
  const right = box.x + box.width - PAD;
  const inner = box.width - 2 * PAD;
  const heading = (y: number, text: string): string =>
    svgText(left, y, text.toUpperCase(), { size: 13, fill: MUTED_INK, bold: true, letterSpacing: 1.2 });
  const value = (y: number, text: string): string =>
    svgText(left, y, text, { size: 30, fill: INK, bold: true });
  const aside = (y: number, text: string): string =>
    svgText(right, y, text, { size: 16, fill: MUTED_INK, anchor: 'end' });
  const line = (y: number, label: string, count: string): string =>
    svgText(left, y, label, { size: 17, fill: INK }) +
    svgText(right, y, count, { size: 17, fill: INK, bold: true, anchor: 'end' });

  const top = box.y;
  const checkpointShare = card.totalDays > 0 ? card.checkpointsDone / card.totalDays : 0;
  const freezeIcons =
    card.freezesBanked > 0 && card.freezesBanked <= 5 ? '❄ '.repeat(card.freezesBanked) : '';
  return [
    `<g id="stats">`,
    svgRect(box.x, box.y, box.width, box.height, { fill: PANEL_BACKGROUND, radius: 16 }),
    heading(top + 34, 'Streak'),
    value(top + 70, days(card.streak.current)),
    aside(top + 70, `best ${card.streak.longest}`),
    heading(top + 112, 'Checkpoints'),
    value(top + 148, ratio({ written: card.checkpointsDone, planned: card.totalDays })),
    progressBar(left + 118, top + 134, inner - 118, checkpointShare),
    heading(top + 190, 'Posts'),
    line(top + 218, 'LinkedIn', ratio(card.posts.linkedin)),
    line(top + 244, 'Blog', ratio(card.posts.blog)),
    heading(top + 284, 'Freezes'),
    freezeIcons ? svgText(left, top + 306, freezeIcons.trim(), { size: 18, fill: FROZEN_INK }) : '',
    svgText(freezeIcons ? right : left, top + 306, freezesText(card.freezesBanked), {
      size: 16,
      fill: MUTED_INK,
      anchor: freezeIcons ? 'end' : 'start',
    }),
    `</g>`,
  ].join('');
}

function progressBar(x: number, y: number, width: number, share: number): string {
  const clamped = Math.min(1, Math.max(0, share));
  return (
    svgRect(x, y, width, 10, { fill: UPCOMING_FILL, radius: 5 }) +
    (clamped > 0 ? svgRect(x, y, Math.max(10, width * clamped), 10, { fill: ACCENT, radius: 5 }) : '')
  );
}
