import * as echarts from 'echarts/core';
import { LineChart, type LineSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  type GridComponentOption,
  type MarkLineComponentOption,
  type MarkPointComponentOption,
  type TitleComponentOption,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { Indicator, IndicatorValue } from '../domain/plan-data';
import type { Language } from '../domain/settings';
import type { Translate } from '../data-blocks/table-model';
import { formatIndicatorNumber, formatIndicatorValue } from '../indicators/format';

echarts.use([
  LineChart,
  GridComponent,
  MarkLineComponent,
  MarkPointComponent,
  TitleComponent,
  SVGRenderer,
]);

type ChartOption = echarts.ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | MarkLineComponentOption
  | MarkPointComponentOption
  | TitleComponentOption
>;

export interface ChartSize {
  width: number;
  height: number;
}

/** The export's sans (embedded in the PDF, see src/main/core/export/fonts.ts), then the system's. */
export const CHART_FONT =
  "'Source Sans 3', 'Noto Sans', 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif";

/**
 * Colours on the white background: text and marks at least 4.5:1 (WCAG 2.1 AA for text), the grid
 * lines decorative. The target is told from the values by its dashes and label, not by colour alone.
 */
export const chartColours = {
  background: '#ffffff',
  value: '#1d4f91',
  target: '#a0360d',
  baseline: '#1f2328',
  text: '#1f2328',
  axis: '#4b5058',
  grid: '#d9dce1',
} as const;

/** Every year from the earliest to the latest the indicator mentions (values, baseline, target). */
function yearSpan(indicator: Indicator): number[] {
  const years = [
    ...indicator.values.map((value) => value.year),
    ...[indicator.baseline, indicator.target].flatMap((point) => (point ? [point.year] : [])),
  ];
  if (years.length === 0) return [];
  const first = Math.min(...years);
  return Array.from({ length: Math.max(...years) - first + 1 }, (_, index) => first + index);
}

/** Units short enough to repeat at every point ("%", "‰"); longer ones name the value axis only. */
const shortUnit = (unit: string) => unit.length <= 2;

const pointText = (point: IndicatorValue, indicator: Indicator, language: Language) => ({
  year: point.year,
  value: formatIndicatorValue(point.value, indicator.unit, language),
});

/** "Lähtötaso" when a follow-up value already shows the figure, else with its year and figure. */
function baselineLabel(
  indicator: Indicator,
  baseline: IndicatorValue,
  t: Translate,
  language: Language,
): string {
  const shown = indicator.values.some(
    (point) => point.year === baseline.year && point.value === baseline.value,
  );
  return shown
    ? t('planData:chart.baselineMark')
    : t('planData:chart.baseline', pointText(baseline, indicator, language));
}

function chartOption(indicator: Indicator, t: Translate, language: Language): ChartOption {
  const years = yearSpan(indicator);
  const column = (year: number) => years.indexOf(year);
  const byYear = new Map(indicator.values.map((point) => [point.year, point.value]));
  const label = (value: number) =>
    shortUnit(indicator.unit)
      ? formatIndicatorValue(value, indicator.unit, language)
      : formatIndicatorNumber(value, language);
  const text = { fontFamily: CHART_FONT, fontSize: 13, color: chartColours.text };
  const { baseline, target } = indicator;
  return {
    animation: false,
    backgroundColor: chartColours.background,
    textStyle: text,
    title:
      indicator.values.length === 0
        ? {
            text: t('planData:chart.noData'),
            left: 'center',
            top: 12,
            textStyle: { ...text, fontSize: 15, fontWeight: 'normal', color: chartColours.axis },
          }
        : undefined,
    grid: { left: 64, right: 32, top: 44, bottom: 40 },
    xAxis: {
      type: 'category',
      boundaryGap: true,
      data: years.map(String),
      axisLine: { lineStyle: { color: chartColours.axis } },
      axisTick: { alignWithLabel: true },
      axisLabel: { ...text, color: chartColours.axis },
    },
    yAxis: {
      type: 'value',
      name: shortUnit(indicator.unit) ? '' : indicator.unit,
      nameTextStyle: { ...text, color: chartColours.axis, align: 'left' },
      axisLabel: {
        ...text,
        color: chartColours.axis,
        formatter: (value: number) => formatIndicatorNumber(value, language),
      },
      splitLine: { lineStyle: { color: chartColours.grid } },
    },
    series: [
      {
        type: 'line',
        data: years.map((year) => byYear.get(year) ?? null),
        connectNulls: true,
        symbol: 'circle',
        symbolSize: 8,
        color: chartColours.value,
        lineStyle: { width: 2.5, color: chartColours.value },
        label: {
          show: true,
          position: 'top',
          ...text,
          fontWeight: 'bold',
          color: chartColours.value,
          formatter: ({ value }: { value: unknown }) =>
            typeof value === 'number' ? label(value) : '',
        },
      },
      {
        // Invisible: carries the baseline and target marks and stretches the value axis to them.
        type: 'line',
        silent: true,
        data: [baseline, target].flatMap((point) =>
          point ? [[column(point.year), point.value]] : [],
        ),
        symbol: 'none',
        lineStyle: { opacity: 0 },
        label: { show: false },
        markPoint: {
          silent: true,
          data: baseline
            ? [
                {
                  name: 'baseline',
                  coord: [column(baseline.year), baseline.value],
                  symbol: 'diamond',
                  symbolSize: 14,
                  itemStyle: { color: chartColours.baseline },
                  label: {
                    show: true,
                    // Starts at the mark, so a baseline in the first year stays inside.
                    position: 'bottom',
                    align: 'left',
                    offset: [-7, 0],
                    distance: 6,
                    ...text,
                    formatter: baselineLabel(indicator, baseline, t, language),
                  },
                },
              ]
            : [],
        },
        markLine: {
          silent: true,
          symbol: ['none', 'circle'],
          symbolSize: 9,
          data: target
            ? [
                [
                  { coord: [0, target.value] },
                  {
                    coord: [column(target.year), target.value],
                    lineStyle: { type: 'dashed', width: 2, color: chartColours.target },
                    label: {
                      show: true,
                      // On the side away from the values, where their labels are not.
                      position:
                        target.value < (indicator.latest ?? baseline ?? target).value
                          ? 'insideEndBottom'
                          : 'insideEndTop',
                      ...text,
                      fontWeight: 'bold',
                      color: chartColours.target,
                      formatter: t('planData:chart.target', pointText(target, indicator, language)),
                    },
                  },
                ],
              ]
            : [],
        },
      },
    ],
  };
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * One indicator over the years against its target, as an SVG document (ECharts' server-side SVG
 * renderer, the same in the renderer, the PDF and Word): follow-up values as a line with their
 * figures, the baseline marked, the target as a dashed line to its year. Deterministic (no
 * animation, ids named after the indicator rather than a counter), no interactive styles, fonts
 * named as the export's CSS has them. `title` and `desc` elements carry the text alternative.
 * `instance` tells apart two drawings of one indicator in the same page or document, whose ids
 * (clip paths, title, desc) would otherwise clash.
 */
export function indicatorChartSvg(
  indicator: Indicator,
  t: Translate,
  language: Language,
  size: ChartSize = { width: 640, height: 320 },
  instance = '',
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  let svg: string;
  try {
    chart.setOption(chartOption(indicator, t, language));
    svg = chart.renderToSVGString();
  } finally {
    // An undisposed chart keeps a timer alive.
    chart.dispose();
  }
  const prefix = `indicator-chart-${indicator.id}${instance ? `-${instance}` : ''}`;
  const title = indicator.group ? `${indicator.name}, ${indicator.group}` : indicator.name;
  const summary = indicatorChartSummary(indicator, t, language);
  return svg
    .replace(/<style\b[\s\S]*?<\/style>\s*/, '')
    .replace(/ (?:ecmeta_[a-z_]+|class)="[^"]*"/g, '')
    .replace(/(id="|url\(#)zr\d+-/g, `$1${prefix}-`)
    .replace(
      /^<svg\b([^>]*)>/,
      `<svg$1 role="img" aria-labelledby="${prefix}-title ${prefix}-desc">` +
        `<title id="${prefix}-title">${escapeXml(title)}</title>` +
        `<desc id="${prefix}-desc">${escapeXml(summary)}</desc>`,
    );
}

/**
 * The chart's text alternative in one or two sentences: the values by year, the baseline when it
 * is not among them, the target and the status, e.g. "Vaikea päästä kuraattorille, 8.–9. lk:
 * 2019 12 %, 2021 14 %, 2023 11 %. Tavoite 2025: 10 %. Paranee."
 */
export function indicatorChartSummary(
  indicator: Indicator,
  t: Translate,
  language: Language,
): string {
  const subject = indicator.group ? `${indicator.name}, ${indicator.group}` : indicator.name;
  const format = (point: IndicatorValue) => pointText(point, indicator, language);
  const sentences = [
    indicator.values.length === 0
      ? t('planData:chart.summaryNoValues', { subject })
      : t('planData:chart.summaryValues', {
          subject,
          values: indicator.values
            .map((point) => `${point.year} ${format(point).value}`)
            .join(', '),
        }),
  ];
  const { baseline, target } = indicator;
  if (baseline && !indicator.values.some((point) => point.year === baseline.year)) {
    sentences.push(`${t('planData:chart.baseline', format(baseline))}.`);
  }
  if (target) sentences.push(`${t('planData:chart.target', format(target))}.`);
  if (indicator.status !== 'noData') {
    sentences.push(`${t(`planData:indicatorStatus.${indicator.status}`)}.`);
  }
  return sentences.join(' ');
}
