import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorValue } from '../../../../shared/domain/plan-data';
import { useFigures } from './useFigures';

type Kind = 'baseline' | 'followUp' | 'target';

/** Baseline, follow-up values and target in year order (the baseline first in its year). */
function chartRows(indicator: Indicator): { kind: Kind; pair: IndicatorValue }[] {
  const order: Record<Kind, number> = { baseline: 0, followUp: 1, target: 2 };
  const rows: { kind: Kind; pair: IndicatorValue }[] = [
    ...(indicator.baseline ? [{ kind: 'baseline' as const, pair: indicator.baseline }] : []),
    ...indicator.values.map((pair) => ({ kind: 'followUp' as const, pair })),
    ...(indicator.target ? [{ kind: 'target' as const, pair: indicator.target }] : []),
  ];
  return rows.sort((a, b) => a.pair.year - b.pair.year || order[a.kind] - order[b.kind]);
}

/** What the chart shows, as a table: every figure it draws, with its year and what it is. */
export function IndicatorValuesTable({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('indicatorsView');
  const { figure } = useFigures();
  const rows = chartRows(indicator);
  return (
    <table className="data-table indicator-values-table">
      <caption>
        {/* The name tells the tables of several opened indicators apart; it is in view above. */}
        <span aria-hidden="true">{t('detail.valuesCaption')}</span>
        <span className="visually-hidden">
          {t('detail.valuesCaptionNamed', { name: indicator.name })}
        </span>
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.year')}</th>
          <th scope="col" className="numeric">
            {indicator.unit ? t('detail.valueUnit', { unit: indicator.unit }) : t('detail.value')}
          </th>
          <th scope="col">{t('detail.kind')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ kind, pair }) => (
          <tr key={`${kind}-${pair.year}`} className={`indicator-value-${kind}`}>
            <th scope="row">{pair.year}</th>
            <td className="numeric">{figure(pair.value)}</td>
            <td>{t(`detail.kinds.${kind}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
