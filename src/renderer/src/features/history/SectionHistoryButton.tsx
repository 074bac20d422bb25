import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '../../../../shared/domain/section';
import { Icon } from '../../ui/Icon';
import { useSectionHistory } from './SectionHistoryContext';

/** "Muutoshistoria" in a section's header. */
export function SectionHistoryButton({ entry }: { entry: OutlineEntry }) {
  const { t } = useTranslation();
  const history = useSectionHistory();
  return (
    <button
      type="button"
      className="btn btn-quiet btn-small section-history-button"
      aria-label={t('history.openFor', { section: `${entry.number} ${entry.title}` })}
      aria-haspopup="dialog"
      onClick={() => history.open(entry.id)}
    >
      <Icon name="history" />
      {t('history.open')}
    </button>
  );
}
