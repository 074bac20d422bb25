import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../shared/domain/backups';
import { Icon } from '../../ui/Icon';
import { formatDateTime } from '../versions/versionFormat';
import { formatSize } from './backupFormat';

interface BackupTableProps {
  /** Newest first. */
  backups: BackupEntry[];
  busy: boolean;
  onRestore: (backup: BackupEntry) => void;
}

/** Every backup of a plan: when and why it was made, its size, and whether it is intact. */
export function BackupTable({ backups, busy, onRestore }: BackupTableProps) {
  const { t, i18n } = useTranslation('backups');
  return (
    <div className="backup-table-scroll">
      <table className="backup-table">
        <caption className="visually-hidden">{t('tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('column.createdAt')}</th>
            <th scope="col">{t('column.title')}</th>
            <th scope="col">{t('column.reason')}</th>
            <th scope="col" className="backup-size">
              {t('column.size')}
            </th>
            <th scope="col">{t('column.state')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => {
            const time = formatDateTime(backup.createdAt, i18n.language);
            return (
              <tr key={backup.id} className={backup.intact ? undefined : 'is-damaged'}>
                <th scope="row" className="backup-time">
                  {time}
                </th>
                <td>{backup.title ?? <i>{t('noTitle')}</i>}</td>
                <td>{t(`reason.${backup.reason}`)}</td>
                <td className="backup-size">{formatSize(backup.sizeBytes, i18n.language)}</td>
                <td>
                  <span
                    className={`status-pill status-pill-${backup.intact ? 'good' : 'bad'}`}
                    data-intact={backup.intact}
                  >
                    <Icon name={backup.intact ? 'check' : 'alert'} />
                    {backup.intact ? t('intact') : t('damaged')}
                  </span>
                </td>
                <td className="backup-actions">
                  {backup.intact && (
                    <button
                      type="button"
                      className="btn btn-small"
                      disabled={busy}
                      aria-label={t('restoreLabel', { time })}
                      onClick={() => onRestore(backup)}
                    >
                      {t('restore')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
