import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { ProgressCard } from '../../core/progress/card-model.js';
import { CARD_FONT_FAMILY } from '../../core/progress/card-layout.js';
import { renderCardSvg } from '../../core/progress/card-svg.js';

const FONT_NAMES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'];

// Looked up from this module, not the working directory, so the bot finds its fonts wherever it
// starts; and by walking up, because this module runs from src/ under tsx and from dist/ once built.
function shippedFontDir(): URL {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    const fonts = new URL('assets/fonts/', dir);
    if (existsSync(new URL(FONT_NAMES[0] ?? '', fonts))) return fonts;
    if (new URL('../', dir).href === dir.href) throw new Error('assets/fonts is missing from the install');
  }
}

/** Absolute paths of the fonts shipped in assets/fonts, the only fonts the renderer loads. */
export const CARD_FONT_FILES: readonly string[] = FONT_NAMES.map((name) =>
  fileURLToPath(new URL(name, shippedFontDir())),
);

/** The progress card as PNG bytes, rendered in-process with the shipped fonts only. */
export function renderCardPng(card: ProgressCard): Buffer {
  const resvg = new Resvg(renderCardSvg(card), {
    // System fonts would make the image depend on the machine; the shipped ones are enough.
    font: { fontFiles: [...CARD_FONT_FILES], loadSystemFonts: false, defaultFontFamily: CARD_FONT_FAMILY },
    fitTo: { mode: 'original' },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
