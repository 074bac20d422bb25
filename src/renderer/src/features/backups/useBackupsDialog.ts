import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/result';
import { api, errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { useMenuCommand } from '../commands/MenuCommands';
import type { BackupSource } from './backupSource';

/**
 * When "Palauta varmuuskopiosta" is shown, and for which plan: the menu command shows the open
 * plan's backups (with no plan open, it asks for the file first); a plan refused as damaged
 * offers its own.
 */
export function useBackupsDialog(openPlan: { docId: string; path: string } | null) {
  const { i18n } = useTranslation();
  const report = useReportError();
  const [source, setSource] = useState<BackupSource | null>(null);

  useMenuCommand('restoreBackup', () => {
    if (openPlan) {
      setSource({ kind: 'plan', docId: openPlan.docId, path: openPlan.path });
      return;
    }
    void api.dialog.chooseOpenPath({}).then((chosen) => {
      if (!chosen.ok) report(errorText(i18n, chosen.error));
      else if (chosen.value.path !== null) {
        setSource({ kind: 'file', path: chosen.value.path, damaged: false });
      }
    });
  });

  /** After opening a plan failed: a damaged file (CORRUPT) gets its backups offered. */
  const offerIfDamaged = useCallback((error: AppError) => {
    const path = error.details?.['path'];
    if (error.code === 'CORRUPT' && typeof path === 'string') {
      setSource({ kind: 'file', path, damaged: true });
    }
  }, []);
  const close = useCallback(() => setSource(null), []);

  return { source, close, offerIfDamaged };
}
