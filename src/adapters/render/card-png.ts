import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import type { ProgressCard } from '../../core/progress/card-model.js';
import { CARD_FONT_FAMILY } from '../../core/progress/card-layout.js';
import { renderCardSvg } from '../../core/progress/card-svg.js';

// Resolved from this module, not the working directory, so the bot finds its fonts wherever it starts.
const FONT_DIR = new URL('../../../assets/fonts/', import.meta.url);

/** Absolute paths of the fonts shipped in assets/fonts, the only fonts the renderer loads. */
export const CARD_FONT_FILES: readonly string[] = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((name) =>
  fileURLToPath(new URL(name, FONT_DIR)),
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
