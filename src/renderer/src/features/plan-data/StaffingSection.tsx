import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  PlanData,
  StaffingImportPreview,
  StaffingRow,
} from '../../../../shared/domain/plan-data';
import { api, errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import { useToast } from '../../ui/Toasts';
import { DataEmpty, DataSectionHead, RemoveQuestion } from './DataSection';
import type { PlanDataStore } from './planDataStore';
import { RatioSetPicker } from './RatioSetPicker';
import { StaffingImportDialog } from './StaffingImportDialog';
import { StaffingRowDialog } from './StaffingRowDialog';
import { StaffingTable } from './StaffingTable';

type OpenDialog =
  | { kind: 'edit'; row: StaffingRow | null }
  | { kind: 'remove'; row: StaffingRow }
  | { kind: 'import'; preview: StaffingImportPreview };

/** "Mitoitus": the ratio set, the staffing table with its computed figures, and the import. */
export function StaffingSection({ store, data }: { store: PlanDataStore; data: PlanData }) {
  const { t, i18n } = useTranslation('staffingView');
  const { t: tData } = useTranslation('planData');
  const toast = useToast();
  const announce = useAnnounce();
  const reportError = useReportError();
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const [reading, setReading] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const { staffing, providers } = data;
  const rowName = (row: Pick<StaffingRow, 'area' | 'level'>) => ({
    area: row.area,
    level: tData(`level.${row.level}`),
  });

  const startImport = async () => {
    if (reading) return;
    const chosen = await api.dialog.chooseTableFile({});
    if (!chosen.ok) return reportError(errorText(i18n, chosen.error));
    const path = chosen.value.path;
    if (path === null) return;
    setReading(true);
    announce(t('import.reading'));
    const preview = await api.staffing.importPreview({ docId: store.docId, path });
    setReading(false);
    if (preview.ok) setDialog({ kind: 'import', preview: preview.value });
    else reportError(errorText(i18n, preview.error));
  };

  const remove = async (row: StaffingRow) => {
    const removed = store.apply(await api.staffing.remove({ docId: store.docId, rowId: row.id }));
    if (removed) toast({ title: t('staffing.removed', rowName(row)) });
  };

  return (
    <section className="plan-data-section" aria-labelledby="staffing-heading">
      <DataSectionHead
        headingId="staffing-heading"
        heading={t('staffing.heading')}
        intro={t('staffing.intro')}
      >
        <div className="plan-data-actions-bar">
          <button
            type="button"
            className="btn"
            disabled={reading}
            onClick={() => void startImport()}
          >
            <Icon name="fileImport" />
            {t('staffing.import')}
          </button>
          <button
            ref={addButton}
            type="button"
            className="btn btn-primary"
            onClick={() => setDialog({ kind: 'edit', row: null })}
          >
            <Icon name="plus" />
            {t('staffing.add')}
          </button>
        </div>
      </DataSectionHead>
      <p className="plan-data-reading" aria-live="polite">
        {reading ? t('import.reading') : ''}
      </p>
      {staffing.rows.length === 0 ? (
        <DataEmpty title={t('staffing.emptyTitle')} text={t('staffing.emptyText')} />
      ) : (
        <StaffingTable
          report={staffing}
          providers={providers}
          onEdit={(row) => setDialog({ kind: 'edit', row })}
          onRemove={(row) => setDialog({ kind: 'remove', row })}
        />
      )}
      <RatioSetPicker store={store} data={data} />
      {dialog?.kind === 'edit' && (
        <StaffingRowDialog
          store={store}
          providers={providers}
          row={dialog.row}
          onSaved={(area, level) => announce(t('row.saved', rowName({ area, level })))}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'remove' && (
        <RemoveQuestion
          title={t('staffing.removeTitle')}
          description={t('staffing.removeText', rowName(dialog.row))}
          confirmLabel={t('staffing.remove')}
          rowSelector={`[data-staffing-row-id="${dialog.row.id}"]`}
          afterRemove={addButton}
          onRemove={() => void remove(dialog.row)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'import' && (
        <StaffingImportDialog
          store={store}
          preview={dialog.preview}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}
