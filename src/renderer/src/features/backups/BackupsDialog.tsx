import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../../shared/domain/backups';
import type { OpenedPlan } from '../../../../shared/ipc';
import { api, errorText } from '../../api/client';
import { Dialog, DialogButtons, DialogClose } from '../../ui/Dialog';
import { formatDate, formatDateTime } from '../versions/versionFormat';
import { formatSize } from './backupFormat';
import type { BackupSource } from './backupSource';
import { BackupTable } from './BackupTable';
import { useBackupList } from './useBackupList';
import '../../styles/backups.css';

interface BackupsDialogProps {
  source: BackupSource;
  /** Saves the plan open now; false stops the restore (saving failed). */
  beforeRestore: () => Promise<boolean>;
  /** The restored copy, opened: it takes the place of the plan open now. */
  onRestored: (plan: OpenedPlan) => void;
  onClose: () => void;
}

/**
 * "Palauta varmuuskopiosta": a plan's backups, newest first, each restorable as a new plan file;
 * for a plan refused as damaged, "Tiedosto on vioittunut" with its latest intact backup offered
 * first. For the open plan also "Varmuuskopioi nyt".
 */
export function BackupsDialog({ source, beforeRestore, onRestored, onClose }: BackupsDialogProps) {
  const { t, i18n } = useTranslation('backups');
  const { list, failure: loadFailure, reload } = useBackupList(source);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const damaged = source.kind === 'file' && source.damaged;
  const latest = list?.backups.find((backup) => backup.intact);

  const run = async (work: () => Promise<void>) => {
    setFailure(null);
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  const restore = (backup: BackupEntry) =>
    run(async () => {
      const chosen = await api.dialog.chooseNewPlanPath({
        suggestedName: t('restoredName', {
          title: (backup.title ?? t('title')).slice(0, 150),
          date: formatDate(new Date(backup.createdAt), i18n.language),
        }),
      });
      if (!chosen.ok) {
        setFailure(errorText(i18n, chosen.error));
        return;
      }
      if (chosen.value.path === null || !(await beforeRestore())) return;
      const restored = await api.backups.restore({ backupId: backup.id, path: chosen.value.path });
      if (restored.ok) onRestored(restored.value);
      else setFailure(errorText(i18n, restored.error));
    });

  const createNow = (docId: string) =>
    run(async () => {
      setStatus('');
      const made = await api.backups.create({ docId });
      if (!made.ok) {
        setFailure(errorText(i18n, made.error));
        return;
      }
      await reload();
      setStatus(t('created', { time: formatDateTime(made.value.createdAt, i18n.language) }));
    });

  const description = damaged
    ? t('damagedIntro', { path: source.path })
    : source.kind === 'file'
      ? t('fileIntro', { path: source.path })
      : t('intro');

  return (
    <Dialog
      onClose={onClose}
      title={damaged ? t('damagedTitle') : t('title')}
      description={description}
      size="wide"
    >
      <div className="backups-body" aria-busy={list === null}>
        {list === null && <p className="backups-note">{t('loading')}</p>}
        {damaged && latest && (
          <section className="backup-latest" aria-labelledby="backup-latest-heading">
            <h3 id="backup-latest-heading" className="backup-latest-heading">
              {t('latest')}
            </h3>
            <p className="backup-latest-summary">
              <strong>{latest.title}</strong>
              <span>
                {t('latestSummary', {
                  time: formatDateTime(latest.createdAt, i18n.language),
                  reason: t(`reason.${latest.reason}`),
                  size: formatSize(latest.sizeBytes, i18n.language),
                })}
              </span>
            </p>
            <button
              type="button"
              className="btn btn-primary"
              disabled={busy}
              onClick={() => void restore(latest)}
            >
              {t('restoreLatest')}
            </button>
          </section>
        )}
        {list !== null && list.backups.length === 0 && loadFailure === null && (
          <p className="backups-note">{t('none')}</p>
        )}
        {list !== null && list.backups.length > 0 && !latest && (
          <p className="backups-note">{t('noneIntact')}</p>
        )}
        {list !== null && list.backups.length > 0 && (
          <section aria-labelledby="backup-all-heading">
            <h3 id="backup-all-heading" className="backup-all-heading">
              {t('all')}
            </h3>
            <BackupTable
              backups={list.backups}
              busy={busy}
              onRestore={(backup) => void restore(backup)}
            />
          </section>
        )}
      </div>
      <div className="dialog-footer">
        <div role="alert" className="dialog-error">
          {failure ?? loadFailure}
        </div>
        <p role="status" className="backups-status">
          {status}
        </p>
        <DialogButtons>
          {source.kind === 'plan' && (
            <button
              type="button"
              className="btn"
              disabled={busy}
              onClick={() => void createNow(source.docId)}
            >
              {t('createNow')}
            </button>
          )}
          <DialogClose className="btn">{t('close')}</DialogClose>
        </DialogButtons>
      </div>
    </Dialog>
  );
}
