import { Resvg } from '@resvg/resvg-js';
import type { Plan } from '../../core/curriculum/plan.js';
import { CARD_FONT_FAMILY } from '../../core/progress/card-layout.js';
import type { HeatRow } from '../../core/progress/cohort-heatmap.js';
import { renderHeatmapSvg, type HeatmapWords } from '../../core/progress/cohort-heatmap-svg.js';
import { CARD_FONT_FILES } from './card-png.js';

/** The cohort heatmap as PNG bytes, rendered like the progress card: in-process, shipped fonts only. */
export function renderHeatmapPng(plan: Plan, rows: readonly HeatRow[], words: HeatmapWords): Buffer {
  const resvg = new Resvg(renderHeatmapSvg(plan, rows, words), {
    font: { fontFiles: [...CARD_FONT_FILES], loadSystemFonts: false, defaultFontFamily: CARD_FONT_FAMILY },
    fitTo: { mode: 'original' },
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
