import { useTranslation } from 'react-i18next';
import type { SkippedItem } from '../../../../shared/domain/comment-import';

/** What a file held that was left out, each with where it is and why. */
export function SkippedList({ skipped }: { skipped: SkippedItem[] }) {
  const { t } = useTranslation('commentImport');
  if (skipped.length === 0) return null;
  return (
    <details className="import-skipped">
      <summary>{t('skipped.summary', { count: skipped.length })}</summary>
      <ul>
        {skipped.map((item, index) => (
          <li key={index}>
            <span className="import-skipped-where">
              {item.row !== null
                ? t('skipped.row', { row: item.row })
                : item.commentNo !== null
                  ? t('skipped.comment', { number: item.commentNo })
                  : t('skipped.file')}
            </span>{' '}
            {t(`skipped.reason.${item.reason}`)}
            {item.excerpt && <q className="import-skipped-excerpt">{item.excerpt}</q>}
          </li>
        ))}
      </ul>
    </details>
  );
}
