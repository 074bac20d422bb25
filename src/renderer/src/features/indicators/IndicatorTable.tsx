import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorValue } from '../../../../shared/domain/plan-data';
import { Icon } from '../../ui/Icon';
import { IndicatorDetail, type IndicatorActions } from './IndicatorDetail';
import { IndicatorStatusBadge } from './IndicatorStatusBadge';
import { useFigures } from './useFigures';

const columns = 8;

/** "12,5 (2023)", or a muted "ei asetettu". */
function YearValueCell({ pair }: { pair: IndicatorValue | null }) {
  const { yearValue } = useFigures();
  return pair ? yearValue(pair) : <span className="indicator-not-set">{yearValue(null)}</span>;
}

interface IndicatorTableProps {
  indicators: Indicator[];
  expanded: ReadonlySet<string>;
  onToggle: (indicatorId: string) => void;
  actions: IndicatorActions;
}

/**
 * The indicator set, one row each; the name opens the indicator's details, chart and values in a
 * row under it (a disclosure button, so the table stays a plain table for screen readers).
 */
export function IndicatorTable({ indicators, expanded, onToggle, actions }: IndicatorTableProps) {
  const { t } = useTranslation('indicatorsView');
  const idPrefix = useId();
  return (
    <div className="indicator-table-scroll">
      <table className="data-table indicator-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{t('table.source')}</th>
            <th scope="col">{t('table.group')}</th>
            <th scope="col">{t('table.unit')}</th>
            <th scope="col" className="numeric">
              {t('table.baseline')}
            </th>
            <th scope="col" className="numeric">
              {t('table.target')}
            </th>
            <th scope="col" className="numeric">
              {t('table.latest')}
            </th>
            <th scope="col">{t('table.status')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator) => {
            const open = expanded.has(indicator.id);
            const detailId = `${idPrefix}-${indicator.id}`;
            return (
              <Fragment key={indicator.id}>
                <tr className={open ? 'indicator-row indicator-row-open' : 'indicator-row'}>
                  <th scope="row">
                    <button
                      type="button"
                      className="indicator-toggle"
                      aria-expanded={open}
                      aria-controls={open ? detailId : undefined}
                      onClick={() => onToggle(indicator.id)}
                    >
                      <Icon name={open ? 'chevronDown' : 'chevronRight'} />
                      <span>{indicator.name}</span>
                    </button>
                  </th>
                  <td>{t(`planData:indicatorSource.${indicator.source}`)}</td>
                  <td>{indicator.group}</td>
                  <td>{indicator.unit}</td>
                  <td className="numeric">
                    <YearValueCell pair={indicator.baseline} />
                  </td>
                  <td className="numeric">
                    <YearValueCell pair={indicator.target} />
                  </td>
                  <td className="numeric">
                    <YearValueCell pair={indicator.latest} />
                  </td>
                  <td>
                    <IndicatorStatusBadge status={indicator.status} />
                  </td>
                </tr>
                {open && (
                  <tr className="indicator-detail-row">
                    <td colSpan={columns}>
                      <IndicatorDetail id={detailId} indicator={indicator} actions={actions} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
