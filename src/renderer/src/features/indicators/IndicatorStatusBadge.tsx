import { useTranslation } from 'react-i18next';
import type { IndicatorStatus } from '../../../../shared/domain/plan-data';
import { Icon, type IconName } from '../../ui/Icon';

const icons: Record<IndicatorStatus, IconName> = {
  met: 'check',
  improving: 'arrowUp',
  unchanged: 'swap',
  worsening: 'arrowDown',
  noTarget: 'info',
  noData: 'circle',
};

/** Where an indicator stands, in words with an icon (never colour alone). */
export function IndicatorStatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation('planData');
  return (
    <span className={`indicator-status indicator-status-${status}`} data-status={status}>
      <Icon name={icons[status]} className="indicator-status-icon" />
      {t(`indicatorStatus.${status}`)}
    </span>
  );
}
