import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportResult } from '../../../../shared/domain/export';
import type { PlanMeta } from '../../../../shared/domain/plan';
import { api } from '../../api/client';
import { useToast } from '../../ui/Toasts';
import { useMenuCommand } from '../commands/MenuCommands';
import { ExportDialog } from './ExportDialog';

export interface ExportActionProps {
  docId: string;
  meta: PlanMeta;
}

/** The header's "Vie…" button and the export dialog it opens (also from the menu, Ctrl+E). */
export function ExportAction({ docId, meta }: ExportActionProps) {
  const { t } = useTranslation('exportDialog');
  const toast = useToast();
  const [open, setOpen] = useState(false);
  useMenuCommand('exportPlan', () => setOpen(true));

  // An export finished after the dialog was closed: a notice, with the file to open.
  const closedOutcome = (outcome: { result: ExportResult } | { failure: string }) => {
    if ('failure' in outcome) {
      toast({ title: outcome.failure });
      return;
    }
    const { path } = outcome.result;
    toast({
      title: t('done.background', { file: path.split(/[\\/]/).pop() ?? path }),
      action: {
        label: t('done.open'),
        altText: t('done.openAlt'),
        onAction: () => void api.system.openPath({ path }),
      },
    });
  };

  return (
    <>
      <button type="button" className="btn btn-quiet" onClick={() => setOpen(true)}>
        {t('open')}
      </button>
      {open && (
        <ExportDialog
          docId={docId}
          meta={meta}
          onClose={() => setOpen(false)}
          onClosedOutcome={closedOutcome}
        />
      )}
    </>
  );
}
