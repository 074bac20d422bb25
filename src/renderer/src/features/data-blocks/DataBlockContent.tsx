import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  indicatorChartSummary,
  indicatorChartSvg,
} from '../../../../shared/charts/indicator-chart';
import {
  dataBlockCaption,
  dataBlockTable,
  type Translate,
} from '../../../../shared/data-blocks/table-model';
import type { DataBlock, PlanData } from '../../../../shared/domain/plan-data';
import type { Language } from '../../../../shared/domain/settings';
import { Icon } from '../../ui/Icon';
import { useDataSource } from '../plan-data/DataSource';
import { usePlan } from '../plan/PlanContext';
import { DataTableView } from './DataTableView';

/** Drawn at this size and scaled to the text column's width (the SVG keeps its proportions). */
const chartSize = { width: 640, height: 320 };

/**
 * A live block's table or chart, from the data source around it (the current data, or a version's
 * frozen data), in the plan's language like the text around it. A label above says where the
 * figures come from; what cannot be shown says why instead of disappearing.
 */
export function DataBlockContent({ block }: { block: DataBlock | null }) {
  const { t, i18n } = useTranslation('dataBlocks');
  const { data, frozen, version } = useDataSource();
  const { planLanguage } = usePlan();
  const planT = useMemo(
    () => i18n.getFixedT(planLanguage) as unknown as Translate,
    [i18n, planLanguage],
  );
  const label = !frozen
    ? t('label.live')
    : version === undefined
      ? t('label.frozenNoNumber')
      : t('label.frozen', { number: version });

  return (
    <div className="data-block-content">
      <p className={`data-block-label${frozen ? ' is-frozen' : ''}`}>
        <Icon name={frozen ? 'lock' : 'chart'} className="data-block-label-icon" />
        {label}
      </p>
      {block === null ? (
        <p className="data-block-notice">{t('unreadable')}</p>
      ) : data === null ? (
        <p className="data-block-notice">{t(frozen ? 'noFrozenData' : 'loading')}</p>
      ) : (
        <BlockBody block={block} data={data} planT={planT} language={planLanguage} />
      )}
    </div>
  );
}

interface BlockBodyProps {
  block: DataBlock;
  data: PlanData;
  planT: Translate;
  language: Language;
}

function BlockBody({ block, data, planT, language }: BlockBodyProps) {
  const { t } = useTranslation('dataBlocks');
  // Two blocks may draw the same indicator: each chart gets ids of its own.
  const instance = useId().replace(/[^A-Za-z0-9_-]/g, '');
  if (block.kind === 'indicatorChart') {
    const indicator = data.indicators.find((entry) => entry.id === block.indicatorId);
    if (!indicator) return <p className="data-block-notice">{t('missingIndicator')}</p>;
    return (
      <figure
        className="data-block-chart"
        role="img"
        aria-label={
          indicatorChartSummary(indicator, planT, language) ||
          t('chartFallback', { name: indicator.name })
        }
      >
        <p className="data-block-chart-title" aria-hidden="true">
          {dataBlockCaption(block, data, planT)}
        </p>
        {/* Our own markup, drawn by the shared chart module from the plan's figures. */}
        <div
          className="data-block-chart-svg"
          dangerouslySetInnerHTML={{
            __html: indicatorChartSvg(indicator, planT, language, chartSize, instance),
          }}
        />
      </figure>
    );
  }
  const view = dataBlockTable(block, data, planT, language);
  if (view === null) return <p className="data-block-notice">{t('unavailable')}</p>;
  if ('missing' in view) return <p className="data-block-notice">{view.missing}</p>;
  return <DataTableView table={view.table} />;
}
