import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  indicatorChartSummary,
  indicatorChartSvg,
} from '../../../../shared/charts/indicator-chart';
import type { Indicator } from '../../../../shared/domain/plan-data';
import type { Language } from '../../../../shared/domain/settings';

/** Drawn at this size and scaled to the panel's width (the SVG keeps its proportions). */
const chartSize = { width: 760, height: 320 };

/**
 * The indicator over the years against its target: the shared SVG chart (the same as in the text
 * and the exports) as one image whose name is the chart's summary; the values table beside it is
 * the full text alternative.
 */
export function IndicatorChart({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation(['dataTables', 'planData']);
  const language = i18n.language as Language;
  // The same indicator may also be drawn in the text (kept mounted while hidden): own ids.
  const instance = useId().replace(/[^A-Za-z0-9_-]/g, '');
  const svg = useMemo(
    () => indicatorChartSvg(indicator, t, language, chartSize, instance),
    [indicator, t, language, instance],
  );
  const summary = useMemo(
    () => indicatorChartSummary(indicator, t, language),
    [indicator, t, language],
  );
  return (
    <figure className="indicator-chart" role="img" aria-label={summary}>
      {/* Our own markup, drawn by the shared chart module from the plan's figures; hidden from
          screen readers, which read the figure's summary instead of the SVG's own title. */}
      <div
        className="indicator-chart-svg"
        aria-hidden="true"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
    </figure>
  );
}
