import { useTranslation } from 'react-i18next';
import { Icon } from '../../ui/Icon';

/** "Takaisin versioihin" (Escape does the same). */
export function BackButton({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="btn btn-quiet versions-back"
      onClick={onBack}
      aria-keyshortcuts="Escape"
    >
      <Icon name="arrowLeft" />
      {t('versions.back')}
    </button>
  );
}
