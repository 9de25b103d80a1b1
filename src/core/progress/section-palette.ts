import type { DayState } from './card-model.js';

/**
 * Section colours, ordered so neighbouring sections differ in hue and lightness. Each one
 * carries white day numbers at a contrast of at least 4.5:1. Yellow, red and greys are left
 * out: the states below use them.
 */
const SECTION_PALETTE: readonly number[] = [
  0x1f6fb2, 0xb8560b, 0x177e5b, 0x8e3fa8, 0xb03a6e, 0x00798c, 0x6f6300, 0x4f46c8,
];

/** How many distinct section colours there are before they repeat. */
export const SECTION_PALETTE_SIZE = SECTION_PALETTE.length;

/** The colour (0xRRGGBB) of the section at `index`, cycling; the card and the daily post share it. */
export function sectionColor(index: number): number {
  const size = SECTION_PALETTE.length;
  return SECTION_PALETTE[((Math.trunc(index) % size) + size) % size] ?? 0;
}

export const INK = 0x1f2330;
export const MUTED_INK = 0x5f6675;
export const CARD_BACKGROUND = 0xffffff;
export const PANEL_BACKGROUND = 0xf3f4f7;

export const TODAY_FILL = 0xffd84d;
export const TODAY_OUTLINE = INK;
export const MISSED_FILL = 0xf0d2d2;
export const MISSED_OUTLINE = 0xc07a7a;
export const MISSED_INK = 0x8b2e2e;
export const UPCOMING_FILL = 0xeceef2;
export const UPCOMING_INK = 0x6b7280;
export const PAUSED_FILL = 0xcdd2db;
export const PAUSED_OUTLINE = 0x6b7280;
export const FROZEN_FILL = 0xbfe4f8;
export const FROZEN_INK = 0x0b4f75;

/** How a cell is painted. `dashed` marks paused days so they do not rely on colour alone. */
export interface CellStyle {
  readonly fill: number;
  readonly stroke: number | null;
  readonly strokeWidth: number;
  readonly dashed: boolean;
  readonly ink: number;
}

/** The paint for a day in `state`; done days take their section's colour. */
export function cellStyle(state: DayState, sectionColour: number): CellStyle {
  const plain = { stroke: null, strokeWidth: 0, dashed: false };
  switch (state) {
    case 'done':
      return { ...plain, fill: sectionColour, ink: readableInkOn(sectionColour) };
    case 'today':
      return { fill: TODAY_FILL, stroke: TODAY_OUTLINE, strokeWidth: 3, dashed: false, ink: INK };
    case 'missed':
      return { fill: MISSED_FILL, stroke: MISSED_OUTLINE, strokeWidth: 2, dashed: false, ink: MISSED_INK };
    case 'upcoming':
      return { ...plain, fill: UPCOMING_FILL, ink: UPCOMING_INK };
    case 'paused':
      return { fill: PAUSED_FILL, stroke: PAUSED_OUTLINE, strokeWidth: 2, dashed: true, ink: INK };
    case 'frozen':
      return { ...plain, fill: FROZEN_FILL, ink: FROZEN_INK };
  }
}

/** WCAG relative luminance of 0xRRGGBB. */
export function relativeLuminance(color: number): number {
  const channel = (shift: number): number => {
    const c = ((color >> shift) & 0xff) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(16) + 0.7152 * channel(8) + 0.0722 * channel(0);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: number, b: number): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** White or ink, whichever reads better on `fill` (section colours may come from elsewhere). */
export function readableInkOn(fill: number): number {
  return contrastRatio(fill, 0xffffff) >= contrastRatio(fill, INK) ? 0xffffff : INK;
}

/** `#rrggbb` for SVG and CSS. */
export function toHex(color: number): string {
  return `#${(color & 0xffffff).toString(16).padStart(6, '0')}`;
}
