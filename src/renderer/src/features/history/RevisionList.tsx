import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '../../../../shared/domain/versions';
import { formatCount, formatDateTime } from '../versions/versionFormat';

interface RevisionListProps {
  /** Newest first. */
  revisions: RevisionSummary[];
  selected: number;
  onSelect: (revision: number) => void;
}

/** The saves of a section as radio buttons: arrow keys move between them, the preview follows. */
export function RevisionList({ revisions, selected, onSelect }: RevisionListProps) {
  const { t, i18n } = useTranslation();
  const name = useId();
  return (
    <fieldset className="revision-list">
      <legend className="revision-list-title">{t('history.revisions')}</legend>
      <ol>
        {revisions.map((revision, index) => (
          <li key={revision.revision}>
            <label className="revision-option">
              <input
                type="radio"
                name={name}
                checked={revision.revision === selected}
                onChange={() => onSelect(revision.revision)}
              />
              <span className="revision-text">
                <span className="revision-head">
                  <span className="revision-time">
                    {formatDateTime(revision.createdAt, i18n.language)}
                  </span>
                  {index === 0 && <span className="revision-current">{t('history.current')}</span>}
                </span>
                <span className="revision-meta">
                  {revision.author || t('history.noAuthor')} ·{' '}
                  {t('history.words', {
                    count: revision.words,
                    formatted: formatCount(revision.words, i18n.language),
                  })}
                </span>
                <span className="revision-excerpt">
                  {revision.excerpt || t('history.emptyText')}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ol>
    </fieldset>
  );
}
