import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';

/** "Takaisin kommenttikierroksiin" (Escape does the same). */
export function RoundBackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('rounds');
  return (
    <button
      type="button"
      className="btn btn-quiet rounds-back"
      onClick={onBack}
      aria-keyshortcuts="Escape"
    >
      <Icon name="arrowLeft" />
      {t('details.back')}
    </button>
  );
}
