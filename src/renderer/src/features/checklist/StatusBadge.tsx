import { useTranslation } from 'react-i18next';
import type { RequirementStatus } from '../../../../shared/domain/checklist';
import { Icon, type IconName } from '../../ui/Icon';

const icons: Record<RequirementStatus, IconName> = {
  missing: 'circle',
  inProgress: 'halfCircle',
  done: 'check',
};

/** Puuttuu / kesken / valmis: an icon and a word, never colour alone. */
export function StatusBadge({ status }: { status: RequirementStatus }) {
  const { t } = useTranslation();
  return (
    <span
      className={`status-badge status-${status}`}
      title={t(`checklist.statusHint.${status}`)}
      data-status={status}
    >
      <Icon name={icons[status]} className="status-icon" />
      {t(`checklist.status.${status}`)}
    </span>
  );
}
