import { useTranslation } from 'react-i18next';
import type { VersionSummary } from '../../../../shared/domain/versions';
import { DigestCopy } from './DigestCopy';
import { formatCount, formatDateTime } from './versionFormat';

interface VersionTableProps {
  /** Newest first. */
  versions: VersionSummary[];
  milestones: ReadonlyMap<string, string>;
  /** Ids ticked for "Vertaa valittuja". */
  selected: readonly string[];
  onToggle: (versionId: string) => void;
  onView: (versionId: string) => void;
  onCompareCurrent: (versionId: string) => void;
}

/** Every version of the plan, newest first, with what it is and how to check it. */
export function VersionTable({
  versions,
  milestones,
  selected,
  onToggle,
  onView,
  onCompareCurrent,
}: VersionTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <table className="version-table">
      <caption className="visually-hidden">{t('versions.tableLabel')}</caption>
      <thead>
        <tr>
          <th scope="col" className="version-col-select">
            {t('versions.column.select')}
          </th>
          <th scope="col">{t('versions.column.number')}</th>
          <th scope="col">{t('versions.column.label')}</th>
          <th scope="col">{t('versions.column.kind')}</th>
          <th scope="col">{t('versions.column.createdAt')}</th>
          <th scope="col">{t('versions.column.createdBy')}</th>
          <th scope="col" className="version-col-words">
            {t('versions.column.words')}
          </th>
          <th scope="col">{t('versions.column.digest')}</th>
          <th scope="col">{t('versions.column.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((version) => (
          <tr
            key={version.id}
            className={selected.includes(version.id) ? 'is-selected' : undefined}
          >
            <td className="version-col-select">
              <input
                type="checkbox"
                className="version-select"
                checked={selected.includes(version.id)}
                onChange={() => onToggle(version.id)}
                aria-label={t('versions.selectFor', { number: version.number })}
              />
            </td>
            <td className="version-number">{version.number}</td>
            <td>
              <span className="version-label">{version.label}</span>
              {version.note && <span className="version-note">{version.note}</span>}
            </td>
            <td>
              <span className={`version-kind kind-${version.kind}`}>
                {t(`versions.kind.${version.kind}`)}
              </span>
              {version.milestoneId && milestones.has(version.milestoneId) && (
                <span className="version-milestone">{milestones.get(version.milestoneId)}</span>
              )}
            </td>
            <td className="version-time">{formatDateTime(version.createdAt, i18n.language)}</td>
            <td>{version.createdBy || <i>{t('versions.noAuthor')}</i>}</td>
            <td className="version-col-words">{formatCount(version.words, i18n.language)}</td>
            <td>
              <DigestCopy digest={version.digest} number={version.number} />
            </td>
            <td>
              <div className="version-actions">
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={t('versions.viewVersion', { number: version.number })}
                  onClick={() => onView(version.id)}
                >
                  {t('versions.view')}
                </button>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-label={t('versions.compareCurrentFor', { number: version.number })}
                  onClick={() => onCompareCurrent(version.id)}
                >
                  {t('versions.compareCurrent')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
