import type { CardDate, DayState, ProgressCard } from './card-model.js';

export const CARD_WIDTH = 1000;
export const CARD_HEIGHT = 560;
/** The family name of the font the PNG adapter ships and loads; the SVG asks for it by name. */
export const CARD_FONT_FAMILY = 'DejaVu Sans';

/** A rectangle on the card, in pixels from the top-left corner. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where one day's cell goes. */
export interface CellBox extends Box {
  readonly day: number;
  readonly state: DayState;
  readonly sectionIndex: number;
}

/** Where one of the learner's own dates goes on the strip of recent weeks. */
export interface DateCellBox extends Box {
  readonly date: CardDate;
}

/** Where one section's label goes: the left edge of the card, level with its first line of cells. */
export interface SectionBox extends Box {
  readonly sectionIndex: number;
}

/** The positions of everything on the card that depends on the plan's shape. */
export interface CardLayout {
  readonly header: Box;
  readonly grid: Box;
  readonly stats: Box;
  readonly legend: Box;
  readonly sections: readonly SectionBox[];
  readonly cells: readonly CellBox[];
  readonly cellSize: number;
  /** The strip of the learner's recent weeks under the plan grid: its label, then two weeks a line. */
  readonly dates: Box;
  readonly dateCells: readonly DateCellBox[];
}

const MARGIN = 40;
const GRID: Box = { x: MARGIN, y: 148, width: 626, height: 258 };
const DATES: Box = { x: MARGIN, y: 414, width: 626, height: 58 };
const LABEL_WIDTH = 226;
const DATE_CELL = 24;
const DATE_GAP = 4;
const WEEK_GAP = 12;
const WEEK = 7;
const CELL_GAP = 8;
const SECTION_GAP = 14;

// Up to a quarter of the grid's height goes between sections, so many short sections keep readable cells.
function sectionGap(card: ProgressCard): number {
  const between = Math.max(1, card.sections.length - 1);
  return Math.min(SECTION_GAP, Math.max(4, Math.floor(GRID.height / 4 / between)));
}
const MAX_CELL = 50;

/** Lays the plan's sections out as rows of lines of cells, scaled to fit the grid area. */
export function layoutCard(card: ProgressCard): CardLayout {
  const { columns, size, lineCounts } = chooseColumns(card);
  const lines = lineCounts.reduce((sum, n) => sum + n, 0);
  const gap = sectionGap(card);
  const sectionGaps = Math.max(0, card.sections.length - 1) * gap;
  const lineGaps = (lines - card.sections.length) * CELL_GAP;
  const used = lines * size + lineGaps + sectionGaps;
  let y = GRID.y + Math.max(0, Math.floor((GRID.height - used) / 2));
  const sections: SectionBox[] = [];
  const cells: CellBox[] = [];
  card.sections.forEach((section, sectionIndex) => {
    const lineCount = lineCounts[sectionIndex] ?? 1;
    const height = lineCount * size + (lineCount - 1) * CELL_GAP;
    sections.push({ sectionIndex, x: GRID.x, y, width: LABEL_WIDTH - 16, height });
    section.days.forEach((day, i) => {
      cells.push({
        day: day.day,
        state: day.state,
        sectionIndex,
        x: GRID.x + LABEL_WIDTH + (i % columns) * (size + CELL_GAP),
        y: y + Math.floor(i / columns) * (size + CELL_GAP),
        width: size,
        height: size,
      });
    });
    y += height + gap;
  });

  return {
    header: { x: MARGIN, y: 32, width: CARD_WIDTH - 2 * MARGIN, height: 96 },
    grid: GRID,
    stats: { x: 700, y: GRID.y, width: CARD_WIDTH - 700 - MARGIN, height: DATES.y + DATES.height - GRID.y },
    legend: { x: MARGIN, y: 496, width: CARD_WIDTH - 2 * MARGIN, height: 28 },
    sections,
    cells,
    cellSize: size,
    dates: DATES,
    dateCells: layoutDates(card),
  };
}

// Two weeks a line, a wider gap between them; the lines sit at the top of the strip.
function layoutDates(card: ProgressCard): DateCellBox[] {
  const perLine = 2 * WEEK;
  return card.recentWeeks.flat().map((date, i) => {
    const column = i % perLine;
    const line = Math.floor(i / perLine);
    return {
      date,
      x: DATES.x + LABEL_WIDTH + column * (DATE_CELL + DATE_GAP) + (column >= WEEK ? WEEK_GAP : 0),
      y: DATES.y + line * (DATE_CELL + DATE_GAP),
      width: DATE_CELL,
      height: DATE_CELL,
    };
  });
}

// A week per line reads naturally and suits the current plan; longer plans get wider lines
// when that lets the cells grow, so any plan fits the grid.
function chooseColumns(card: ProgressCard): { columns: number; size: number; lineCounts: number[] } {
  const longest = Math.max(WEEK, ...card.sections.map((section) => section.days.length));
  let best = { columns: WEEK, size: 0, lineCounts: [] as number[] };
  for (let columns = WEEK; columns <= longest; columns++) {
    const lineCounts = card.sections.map((section) => Math.max(1, Math.ceil(section.days.length / columns)));
    const lines = lineCounts.reduce((sum, n) => sum + n, 0);
    const gaps =
      Math.max(0, card.sections.length - 1) * sectionGap(card) + (lines - card.sections.length) * CELL_GAP;
    const byHeight = (GRID.height - gaps) / Math.max(1, lines);
    const byWidth = (GRID.width - LABEL_WIDTH - (columns - 1) * CELL_GAP) / columns;
    const size = Math.max(1, Math.floor(Math.min(MAX_CELL, byHeight, byWidth)));
    if (size > best.size) best = { columns, size, lineCounts };
  }
  return best;
}
