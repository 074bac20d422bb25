import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  StaffingImportPreview,
  TableImportReportSchema,
} from '../../../../shared/domain/plan-data';
import { ok } from '../../../../shared/result';
import { api, errorText } from '../../api/client';
import { Dialog, DialogButtons, DialogClose } from '../../ui/Dialog';
import { FormDialog } from '../../ui/FormDialog';
import { Icon } from '../../ui/Icon';
import type { PlanDataStore } from './planDataStore';
import { StaffingColumnsStep } from './StaffingColumnsStep';
import { StaffingImportRows } from './StaffingImportRows';
import { completeColumns, emptyMapping, type StaffingMapping } from './staffingMapping';

type ImportReport = z.infer<typeof TableImportReportSchema>;

interface StaffingImportDialogProps {
  store: PlanDataStore;
  preview: StaffingImportPreview;
  onClose: () => void;
}

/**
 * "Tuo mitoitus taulukosta": the columns (as recognised, or as she maps them), the rows that would
 * be added or updated, and every cell that cannot be read; "Tuo" writes all or nothing, and the
 * report follows. The commit is refused while any cell needs fixing.
 */
export function StaffingImportDialog({
  store,
  preview: initial,
  onClose,
}: StaffingImportDialogProps) {
  const { t, i18n } = useTranslation('staffingView');
  const [preview, setPreview] = useState(initial);
  const [mapping, setMapping] = useState<StaffingMapping>(initial.columns ?? emptyMapping);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  // Answers to earlier mappings may arrive after later ones: only the last one counts.
  const asked = useRef(0);

  const columns = completeColumns(mapping);
  const { file } = preview;
  const blocked = columns === null || preview.issues.length > 0 || preview.rows.length === 0;

  const remap = async (next: StaffingMapping) => {
    setMapping(next);
    setFailure(null);
    const nextColumns = completeColumns(next);
    if (!nextColumns) return;
    const request = ++asked.current;
    setBusy(true);
    const result = await api.staffing.importPreview({
      docId: store.docId,
      path: file.path,
      columns: nextColumns,
    });
    if (request !== asked.current) return;
    setBusy(false);
    if (result.ok) setPreview(result.value);
    else setFailure(errorText(i18n, result.error));
  };

  const commit = async () => {
    if (!columns || blocked) return;
    setBusy(true);
    setFailure(null);
    const result = await api.staffing.importCommit({
      docId: store.docId,
      path: file.path,
      digest: file.digest,
      columns,
    });
    setBusy(false);
    if (!result.ok) {
      setFailure(errorText(i18n, result.error));
      return;
    }
    store.apply(ok(result.value.data));
    setReport(result.value.report);
  };

  if (report) {
    return (
      <Dialog onClose={onClose} title={t('import.reportTitle')}>
        <p className="plan-data-report" role="status">
          {t('import.report', report)}
        </p>
        {report.unplaced.length > 0 && (
          <p className="plan-data-report">
            {t('import.reportUnplaced', {
              columns: report.unplaced.map((name) => `”${name}”`).join(', '),
            })}
          </p>
        )}
        <DialogButtons>
          <DialogClose className="btn btn-primary">{t('import.close')}</DialogClose>
        </DialogButtons>
      </Dialog>
    );
  }

  const added = preview.rows.filter((row) => row.action === 'add').length;
  return (
    <FormDialog
      title={t('import.title')}
      description={t('import.description')}
      submitLabel={t('import.commit', { count: preview.rows.length })}
      onSubmit={commit}
      onClose={onClose}
      busy={busy || blocked}
      failure={failure}
      size="large"
    >
      <p className="import-file">
        <Icon name="file" />
        {t('import.file', { name: baseName(file.path), format: file.format.toUpperCase() })}
      </p>
      <StaffingColumnsStep
        file={file}
        mapping={mapping}
        busy={busy}
        onChange={(next) => void remap(next)}
      />
      {columns === null ? (
        <p className="import-warning" role="alert">
          {t('import.chooseRequired')}
        </p>
      ) : (
        <>
          {preview.issues.length > 0 && <ImportIssues preview={preview} />}
          <section className="staffing-import-rows" aria-labelledby="staffing-import-rows-title">
            <h3 id="staffing-import-rows-title" className="import-subheading">
              {t('import.rowsTitle')}{' '}
              <span className="plan-data-muted">
                {t('import.rowsSummary', { added, updated: preview.rows.length - added })}
              </span>
            </h3>
            {preview.rows.length === 0 ? (
              <p>{t('import.noRows')}</p>
            ) : (
              <StaffingImportRows rows={preview.rows} />
            )}
          </section>
          {preview.issues.length > 0 && (
            <p className="import-warning" id="staffing-import-blocked">
              {t('import.blocked')}
            </p>
          )}
        </>
      )}
    </FormDialog>
  );
}

/** The cells that cannot be read: where, what was there, and what is wrong with it. */
function ImportIssues({ preview }: { preview: StaffingImportPreview }) {
  const { t } = useTranslation('staffingView');
  return (
    <section className="staffing-import-issues" aria-labelledby="staffing-issues-title">
      <h3 id="staffing-issues-title" className="import-subheading">
        {t('import.issuesTitle')}
      </h3>
      <p>{t('import.issuesText')}</p>
      <table className="plan-data-table staffing-issues">
        <caption className="visually-hidden">{t('import.issuesCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.issueColumn.row')}</th>
            <th scope="col">{t('import.issueColumn.column')}</th>
            <th scope="col">{t('import.issueColumn.value')}</th>
            <th scope="col">{t('import.issueColumn.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.issues.map((issue, index) => (
            <tr key={index}>
              <td className="plan-data-number">{issue.row}</td>
              <td>{issue.column}</td>
              <td>{issue.value === '' ? t('import.empty') : `”${issue.value}”`}</td>
              <td>{t(`import.problem.${issue.problem}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
