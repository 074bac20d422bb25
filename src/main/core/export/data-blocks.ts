import {
  indicatorChartSummary,
  indicatorChartSvg,
  type ChartSize,
} from '../../../shared/charts/indicator-chart';
import {
  dataBlockCaption,
  dataBlockTable,
  type DataTable,
  type Translate,
} from '../../../shared/data-blocks/table-model';
import type { LexicalNodeJson } from '../../../shared/domain/lexical';
import { DataBlockSchema, type DataBlock, type PlanData } from '../../../shared/domain/plan-data';
import type { Language } from '../../../shared/domain/settings';
import { createI18n } from '../../../shared/i18n';

/**
 * A live block of a section's text (a Lexical node of type DATA_BLOCK_TYPE) as the exports show
 * it: the shared table model (the same figures and words as the editor), or a chart with its
 * caption and text alternative, or a short notice when the block cannot be shown.
 */

const translators = new Map<Language, Translate>();

/** i18next's `t` in `language` (one instance per language, made once). */
export function translatorFor(language: Language): Translate {
  let t = translators.get(language);
  if (!t) {
    const i18n = createI18n(language);
    t = (key, options) => i18n.t(key, options ?? {});
    translators.set(language, t);
  }
  return t;
}

/** The block a node refers to; null when its JSON is not one (damaged or from a newer app). */
export function dataBlockOf(node: LexicalNodeJson): DataBlock | null {
  const parsed = DataBlockSchema.safeParse(node.block);
  return parsed.success ? parsed.data : null;
}

/** The size a chart is drawn at (its SVG scales; Word shows it at the text column's width). */
export const CHART_SIZE: ChartSize = { width: 640, height: 320 };

export interface DataChart {
  caption: string;
  svg: string;
  size: ChartSize;
  /** The text alternative: values, target and status in a sentence or two. */
  summary: string;
}

/** What a block shows in an export. */
export type DataBlockContent =
  | { kind: 'table'; table: DataTable }
  | { kind: 'chart'; chart: DataChart }
  | { kind: 'notice'; text: string };

/**
 * The content of a live block node from `data` (null: a version frozen before versions kept the
 * data), in the plan's language.
 */
export function dataBlockContent(
  node: LexicalNodeJson,
  data: PlanData | null,
  language: Language,
  /** Tells apart the ids of two charts of one indicator in the same document. */
  instance = '',
): DataBlockContent {
  const t = translatorFor(language);
  const block = dataBlockOf(node);
  if (!block) return { kind: 'notice', text: t('dataTables:invalid') };
  if (!data) return { kind: 'notice', text: t('dataTables:noData') };
  const view = dataBlockTable(block, data, t, language);
  if (view && 'table' in view) return { kind: 'table', table: view.table };
  if (view) return { kind: 'notice', text: view.missing };
  const indicator = data.indicators.find(
    (entry) => block.kind === 'indicatorChart' && entry.id === block.indicatorId,
  );
  if (!indicator) return { kind: 'notice', text: t('dataTables:chart.missing') };
  return {
    kind: 'chart',
    chart: {
      caption: dataBlockCaption(block, data, t),
      svg: indicatorChartSvg(indicator, t, language, CHART_SIZE, instance),
      size: CHART_SIZE,
      summary: indicatorChartSummary(indicator, t, language),
    },
  };
}
