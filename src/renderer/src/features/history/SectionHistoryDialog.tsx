import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '../../../../shared/domain/section';
import { ok } from '../../../../shared/result';
import { api } from '../../api/client';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog, DialogButtons, DialogClose } from '../../ui/Dialog';
import { usePlan } from '../plan/PlanContext';
import { LoadStatus } from '../versions/LoadStatus';
import { useResult } from '../versions/useResult';
import { formatDateTime } from '../versions/versionFormat';
import { RevisionList } from './RevisionList';
import { RevisionPreview } from './RevisionPreview';
import type { RestoreFailure } from './useRestoreRevision';

interface SectionHistoryDialogProps {
  entry: OutlineEntry;
  onRestore: (revision: number) => Promise<RestoreFailure>;
  onClose: () => void;
}

/** A section's saved revisions, newest first, each previewable and restorable. */
export function SectionHistoryDialog({ entry, onRestore, onClose }: SectionHistoryDialogProps) {
  const { t, i18n } = useTranslation();
  const { docId, saves } = usePlan();
  const [selected, setSelected] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const section = `${entry.number} ${entry.title}`;

  const loaded = useResult(`${docId}/${entry.id}`, async () => {
    // The newest revision must be the text she sees, so what is typed is saved first.
    await saves.flushSection(entry.id);
    const [revisions, now] = await Promise.all([
      api.history.list({ docId, sectionId: entry.id }),
      api.section.get({ docId, sectionId: entry.id }),
    ]);
    if (!revisions.ok) return revisions;
    if (!now.ok) return now;
    return ok({ revisions: revisions.value, currentText: now.value.plainText });
  });

  const revisions = loaded.state === 'ready' ? loaded.value.revisions : [];
  // The newest, the text as it is now, until she chooses another.
  const chosen = revisions.find((revision) => revision.revision === selected) ?? revisions[0];
  const isCurrent = chosen !== undefined && chosen === revisions[0];

  const restore = async () => {
    if (!chosen) return;
    setBusy(true);
    setFailure(null);
    const restoreFailure = await onRestore(chosen.revision);
    setBusy(false);
    if (restoreFailure) setFailure(restoreFailure);
    else onClose();
  };

  return (
    <Dialog
      onClose={onClose}
      title={t('history.title', { section })}
      description={t('history.description')}
      size="large"
    >
      <LoadStatus loaded={loaded} loading={t('history.loading')} />
      {loaded.state === 'ready' && revisions.length === 0 && <p>{t('history.empty')}</p>}
      {loaded.state === 'ready' && chosen && (
        <div className="history-layout">
          <RevisionList revisions={revisions} selected={chosen.revision} onSelect={setSelected} />
          <RevisionPreview
            sectionId={entry.id}
            revision={chosen}
            isCurrent={isCurrent}
            currentText={loaded.value.currentText}
          />
        </div>
      )}
      <div className="dialog-footer">
        <div role="alert" className="dialog-error">
          {failure}
        </div>
        <DialogButtons>
          <DialogClose className="btn">{t('common.close')}</DialogClose>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!chosen || isCurrent || busy}
            onClick={() => setConfirming(true)}
          >
            {t('history.restore')}
          </button>
        </DialogButtons>
      </div>
      {chosen && (
        <ConfirmDialog
          open={confirming}
          onOpenChange={setConfirming}
          title={t('history.restoreTitle')}
          description={t('history.restoreQuestion', {
            section,
            date: formatDateTime(chosen.createdAt, i18n.language),
          })}
          confirmLabel={t('history.restoreConfirm')}
          cancelLabel={t('common.cancel')}
          onConfirm={() => void restore()}
        />
      )}
    </Dialog>
  );
}
