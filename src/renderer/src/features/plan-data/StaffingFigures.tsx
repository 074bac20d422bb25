import { useTranslation } from 'react-i18next';
import type { ProfessionFigures, TotalFigures } from '../../../../shared/domain/plan-data';
import { Icon } from '../../ui/Icon';
import { usePlanDataText } from './planDataText';

/**
 * The cells of one profession in a row or a total: FTE, pupils per FTE, the ratio, the FTE the
 * ratio requires, the shortfall, and whether it is met — in words with an icon, never by colour only.
 */
export function StaffingFigures({ figures }: { figures: ProfessionFigures | TotalFigures }) {
  const { t } = useTranslation('staffingView');
  const { t: tData } = useTranslation('planData');
  const text = usePlanDataText();
  const dash = <span className="plan-data-muted">–</span>;
  const fte = (value: number | null) => (value === null ? dash : text.fte(value));
  const total = 'missingRows' in figures ? figures : null;
  return (
    <>
      <td className="plan-data-number">
        {figures.fte === null ? (
          <span className="plan-data-muted">{tData('unknown')}</span>
        ) : (
          text.fte(figures.fte)
        )}
      </td>
      <td className="plan-data-number">
        {figures.perFte === null ? dash : text.whole(figures.perFte)}
      </td>
      <td className="plan-data-number">
        {text.whole(figures.ratio)}
        <span className="plan-data-cell-note">
          {tData(`ratioKind.${figures.ratioKind}`).toLocaleLowerCase()}
        </span>
      </td>
      <td className="plan-data-number">{fte(figures.requiredFte)}</td>
      <td className="plan-data-number">
        {fte(figures.shortfall)}
        {total && total.rowShortfall !== null && total.rowShortfall !== total.shortfall && (
          <span className="plan-data-cell-note">
            {t('staffing.rowShortfall', { value: text.fte(total.rowShortfall) })}
          </span>
        )}
      </td>
      <td className="staffing-met-cell">
        <MetText figures={figures} />
        {total && total.missingRows > 0 && (
          <span className="plan-data-cell-note">
            {t('staffing.missingRows', { count: total.missingRows })}
          </span>
        )}
      </td>
    </>
  );
}

function MetText({ figures }: { figures: ProfessionFigures }) {
  const { t } = useTranslation('staffingView');
  if (figures.met === null) {
    return <span className="staffing-met staffing-met-unknown">{t('staffing.unknown')}</span>;
  }
  const statutory = figures.ratioKind === 'statutory';
  const words = figures.met
    ? t(statutory ? 'staffing.met' : 'staffing.recommendationMet')
    : t(statutory ? 'staffing.notMet' : 'staffing.recommendationNotMet');
  // A recommendation missed is shown apart from a breach of the law.
  const state = figures.met ? 'yes' : statutory ? 'no' : 'below';
  return (
    <span className={`staffing-met staffing-met-${state}`}>
      <Icon name={figures.met ? 'check' : 'alert'} />
      <span>
        {words}
        {!figures.met && figures.overRatio !== null && figures.overRatio > 0 && (
          <span className="plan-data-cell-note">
            {t('staffing.over', { count: figures.overRatio })}
          </span>
        )}
      </span>
    </span>
  );
}
