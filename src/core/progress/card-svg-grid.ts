import type { ProgressCard } from './card-model.js';
import type { CardLayout, CellBox } from './card-layout.js';
import { cellStyle, MUTED_INK, FROZEN_INK } from './section-palette.js';
import { fitText, svgRect, svgText } from './svg-elements.js';

/** The section labels and the day cells. */
export function renderGrid(card: ProgressCard, layout: CardLayout): string {
  const labels = layout.sections.flatMap((box) => {
    const section = card.sections[box.sectionIndex];
    if (!section) return [];
    const labelSize = Math.min(20, Math.max(11, Math.round(layout.cellSize * 0.4)));
    // The title only fits under the label when a row is tall enough for two lines.
    const withTitle = box.height >= 40;
    const top = withTitle ? box.y + box.height / 2 - 4 : box.y + box.height / 2 + labelSize * 0.36;
    const parts = [
      svgText(box.x, top, fitText(section.label, box.width, labelSize, true), {
        size: labelSize,
        fill: section.color,
        bold: true,
      }),
    ];
    if (withTitle) {
      parts.push(
        svgText(box.x, top + 20, fitText(section.title, box.width, 14), { size: 14, fill: MUTED_INK }),
      );
    }
    return parts;
  });
  const cells = layout.cells.map((cell) => renderCell(card, cell));
  return [`<g id="sections">`, ...labels, `</g>`, `<g id="days">`, ...cells, `</g>`].join('');
}

function renderCell(card: ProgressCard, cell: CellBox): string {
  const color = card.sections[cell.sectionIndex]?.color ?? MUTED_INK;
  const style = cellStyle(cell.state, color);
  const size = cell.width;
  const fontSize = Math.max(8, Math.round(size * 0.38));
  const parts = [
    svgRect(cell.x, cell.y, size, size, {
      fill: style.fill,
      radius: Math.round(size * 0.18),
      stroke: style.stroke,
      strokeWidth: style.strokeWidth,
      dashed: style.dashed,
    }),
    svgText(cell.x + size / 2, cell.y + size / 2 + fontSize * 0.36, String(cell.day), {
      size: fontSize,
      fill: style.ink,
      bold: true,
      anchor: 'middle',
    }),
  ];
  if (cell.state === 'frozen' && size >= 28) {
    const iconSize = Math.round(size * 0.24);
    parts.push(
      svgText(cell.x + size - 4, cell.y + iconSize + 2, '❄', {
        size: iconSize,
        fill: FROZEN_INK,
        anchor: 'end',
      }),
    );
  }
  return `<g data-day="${cell.day}" data-state="${cell.state}">${parts.join('')}</g>`;
}
