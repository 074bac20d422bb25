import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from '../../../../shared/domain/plan-data';
import { Icon, type IconName } from '../../ui/Icon';
import type { StatusTone } from '../../ui/statusTone';

const icons: Record<IndicatorStatus, IconName> = {
  met: 'check',
  improving: 'arrowUp',
  unchanged: 'swap',
  worsening: 'arrowDown',
  noTarget: 'info',
  noData: 'circle',
};

const tones: Record<IndicatorStatus, StatusTone> = {
  met: 'good',
  improving: 'good',
  unchanged: 'warning',
  worsening: 'bad',
  noTarget: 'none',
  noData: 'none',
};

/** Where an indicator stands, in words with an icon (never colour alone). */
export function IndicatorStatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation('planData');
  return (
    <span className={`status-pill status-pill-${tones[status]}`} data-status={status}>
      <Icon name={icons[status]} />
      {t(`indicatorStatus.${status}`)}
    </span>
  );
}
