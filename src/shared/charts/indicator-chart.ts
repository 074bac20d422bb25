import type { Indicator } from '../domain/plan-data';
import type { Language } from '../domain/settings';
import type { Translate } from '../data-blocks/table-model';

export interface ChartSize {
  width: number;
  height: number;
}

/**
 * One indicator over the years against its target, as an SVG document (ECharts' server-side SVG
 * renderer, the same in the renderer, the PDF and Word): follow-up values as a line, the baseline
 * marked, the target as a dashed line to its year. Deterministic (no animation), fonts named as the
 * app's and the export's CSS have them. `title` and `desc` elements carry the text alternative.
 */
// TEMPORARY contract stub: implemented by the indicators helper (issue 7).
export function indicatorChartSvg(
  _indicator: Indicator,
  _t: Translate,
  _language: Language,
  _size: ChartSize = { width: 640, height: 320 },
): string {
  return '';
}

/** The chart's text alternative in one or two sentences (values, target, status). */
// TEMPORARY contract stub: implemented by the indicators helper (issue 7).
export function indicatorChartSummary(
  _indicator: Indicator,
  _t: Translate,
  _language: Language,
): string {
  return '';
}
