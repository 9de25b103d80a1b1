import { escapeXml, sanitizeLine } from './card-text-safety.js';
import { toHex } from './section-palette.js';

/** Options for one line of SVG text; `text` is raw and gets sanitised and escaped here. */
export interface TextOptions {
  readonly size: number;
  readonly fill: number;
  readonly bold?: boolean;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly letterSpacing?: number;
}

// Rounded-up DejaVu Sans advances in em; bold is about 10% wider. Estimates err towards
// cutting a little early rather than letting text run into its neighbour.
function charEm(ch: string): number {
  if (ch === ' ') return 0.32;
  if (/[iljIf.,:;'|!()[\]]/.test(ch)) return 0.36;
  if (/[mwMW@%]/.test(ch)) return 1;
  if (/[A-Z]/.test(ch)) return 0.78;
  if (/[0-9a-z\-+]/.test(ch)) return 0.64;
  return (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1.05 : 0.7;
}

/** Rough rendered width of `text`, good enough to decide where to cut it. */
export function estimateWidth(text: string, size: number, bold = false): number {
  const em = Array.from(text).reduce((sum, ch) => sum + charEm(ch), 0);
  return em * size * (bold ? 1.1 : 1);
}

/** `text` cut with `…` (at a word boundary when one is near) so that it fits in `width` pixels. */
export function fitText(text: string, width: number, size: number, bold = false): string {
  const clean = sanitizeLine(text);
  if (estimateWidth(clean, size, bold) <= width) return clean;
  const budget = width - estimateWidth('…', size, bold);
  let kept = '';
  for (const ch of clean) {
    if (estimateWidth(kept + ch, size, bold) > budget) break;
    kept += ch;
  }
  const space = kept.lastIndexOf(' ');
  const cut = space >= kept.length * 0.6 ? kept.slice(0, space) : kept;
  // A dangling "+" or "-" before the ellipsis reads like part of the title.
  return `${cut.replace(/[\s+\-:,;&/·]+$/u, '')}…`;
}

/** One `<text>` element. */
export function svgText(x: number, y: number, text: string, options: TextOptions): string {
  const attributes = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${options.size}"`,
    `fill="${toHex(options.fill)}"`,
    options.bold ? 'font-weight="bold"' : '',
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    options.letterSpacing ? `letter-spacing="${options.letterSpacing}"` : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeXml(sanitizeLine(text))}</text>`;
}

/** Options for a `<rect>`. */
export interface RectOptions {
  readonly fill: number;
  readonly radius?: number;
  readonly stroke?: number | null;
  readonly strokeWidth?: number;
  readonly dashed?: boolean;
}

/** One `<rect>` element. */
export function svgRect(x: number, y: number, width: number, height: number, options: RectOptions): string {
  const attributes = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `width="${round(width)}"`,
    `height="${round(height)}"`,
    options.radius ? `rx="${options.radius}"` : '',
    `fill="${toHex(options.fill)}"`,
    options.stroke != null
      ? `stroke="${toHex(options.stroke)}" stroke-width="${options.strokeWidth ?? 1}"`
      : '',
    options.stroke != null && options.dashed ? 'stroke-dasharray="5 4"' : '',
  ].filter(Boolean);
  return `<rect ${attributes.join(' ')}/>`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
