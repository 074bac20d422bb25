import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../shared/domain/plan-data';
import { Icon } from '../../ui/Icon';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorValuesTable } from './IndicatorValuesTable';

export interface IndicatorActions {
  editValues: (indicator: Indicator) => void;
  importValues: (indicator: Indicator) => void;
  edit: (indicator: Indicator) => void;
  remove: (indicator: Indicator) => void;
}

interface IndicatorDetailProps {
  id: string;
  indicator: Indicator;
  actions: IndicatorActions;
}

/** An opened indicator: its details, chart and values, and what can be done with it. */
export function IndicatorDetail({ id, indicator, actions }: IndicatorDetailProps) {
  const { t } = useTranslation('indicatorsView');
  const hasFigures =
    indicator.values.length > 0 || indicator.baseline !== null || indicator.target !== null;
  return (
    <div id={id} className="indicator-detail">
      <dl className="indicator-facts">
        {indicator.area && (
          <div>
            <dt>{t('detail.area')}</dt>
            <dd>{indicator.area}</dd>
          </div>
        )}
        <div>
          <dt>{t('detail.better')}</dt>
          <dd>{t(`planData:better.${indicator.better}`)}</dd>
        </div>
        {indicator.note && (
          <div className="indicator-fact-wide">
            <dt>{t('detail.note')}</dt>
            <dd>{indicator.note}</dd>
          </div>
        )}
      </dl>
      {indicator.values.length === 0 && <p className="indicator-hint">{t('detail.noValues')}</p>}
      {hasFigures && (
        <div className="indicator-figures">
          <IndicatorChart indicator={indicator} />
          <IndicatorValuesTable indicator={indicator} />
        </div>
      )}
      <div className="indicator-detail-actions">
        <button type="button" className="btn" onClick={() => actions.editValues(indicator)}>
          {t('detail.editValues')}
        </button>
        <button type="button" className="btn" onClick={() => actions.importValues(indicator)}>
          <Icon name="fileImport" />
          {t('detail.importHere')}
        </button>
        <button type="button" className="btn" onClick={() => actions.edit(indicator)}>
          {t('detail.edit')}
        </button>
        <button
          type="button"
          className="btn btn-quiet indicator-remove"
          onClick={() => actions.remove(indicator)}
        >
          <Icon name="trash" />
          {t('detail.remove')}
        </button>
      </div>
    </div>
  );
}
