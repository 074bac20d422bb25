import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type {
  IndicatorImportPreview,
  TableImportReportSchema,
} from '../../../../shared/domain/plan-data';
import { Dialog, DialogButtons, DialogClose } from '../../ui/Dialog';
import { useFigures } from './useFigures';

export type TableImportReport = z.infer<typeof TableImportReportSchema>;

interface ImportValuesDialogProps {
  fileName: string;
  preview: IndicatorImportPreview;
  /** The indicator the values are for; null: matched by the names in the file. */
  indicatorName: string | null;
  /** Writes the values; answers the report, or a failure's text. */
  onCommit: () => Promise<TableImportReport | string>;
  onClose: () => void;
}

/**
 * The preview of "Tuo arvot…": the values each indicator gets and how many of them change, the
 * rows left out and why, and the cells that cannot be read — which stop the import until the file
 * is corrected. Then the import's report.
 */
export function ImportValuesDialog({
  fileName,
  preview,
  indicatorName,
  onCommit,
  onClose,
}: ImportValuesDialogProps) {
  const { t } = useTranslation('indicatorsView');
  const { figure } = useFigures();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [report, setReport] = useState<TableImportReport | null>(null);
  const valueCount = preview.values.reduce((sum, entry) => sum + entry.values.length, 0);
  const blockedBy = !preview.columns
    ? t('import.noColumns')
    : preview.issues.length > 0
      ? t('import.blocked')
      : valueCount === 0
        ? t('import.noValues')
        : null;

  const commit = async () => {
    setBusy(true);
    setFailure(null);
    const answer = await onCommit();
    setBusy(false);
    if (typeof answer === 'string') setFailure(answer);
    else setReport(answer);
  };

  if (report)
    return (
      <Dialog title={t('import.reportTitle')} onClose={onClose}>
        <p role="status">{t('import.report', report)}</p>
        {report.unplaced.length > 0 && (
          <p className="indicator-hint">
            {t('import.unplaced', { names: report.unplaced.join(', ') })}
          </p>
        )}
        <DialogButtons>
          <DialogClose className="btn btn-primary">{t('import.close')}</DialogClose>
        </DialogButtons>
      </Dialog>
    );

  return (
    <Dialog
      title={t('import.title', { file: fileName })}
      description={
        indicatorName ? t('import.forIndicator', { name: indicatorName }) : t('import.byName')
      }
      onClose={onClose}
      size="wide"
    >
      {preview.values.length > 0 && (
        <table className="data-table indicator-import-table">
          <caption>{t('import.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('import.indicator')}</th>
              <th scope="col" className="numeric">
                {t('import.count')}
              </th>
              <th scope="col" className="numeric">
                {t('import.changed')}
              </th>
              <th scope="col">{t('import.years')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.values.map((entry) => (
              <tr key={`${entry.indicatorId ?? ''}-${entry.name}`}>
                <th scope="row">
                  {entry.indicatorId ? entry.name : t('import.unmatched', { name: entry.name })}
                </th>
                <td className="numeric">{entry.values.length}</td>
                <td className="numeric">{entry.changed}</td>
                <td>
                  {entry.values.map((value, index) => (
                    <Fragment key={value.year}>
                      {index > 0 && ' · '}
                      <span className="indicator-import-value">
                        {`${value.year}: ${figure(value.value)}`}
                      </span>
                    </Fragment>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.issues.length > 0 && (
        <table className="data-table indicator-import-table indicator-import-issues">
          <caption>{t('import.issuesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('import.row')}
              </th>
              <th scope="col">{t('import.column')}</th>
              <th scope="col">{t('import.cell')}</th>
              <th scope="col">{t('import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.issues.map((issue) => (
              <tr key={`${issue.row}-${issue.column}`}>
                <th scope="row" className="numeric">
                  {issue.row}
                </th>
                <td>{issue.column}</td>
                <td>{issue.value}</td>
                <td>{t(`import.problems.${issue.problem}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {preview.skipped.length > 0 && (
        <section className="indicator-import-skipped" aria-label={t('import.skippedHeading')}>
          <h3>{t('import.skippedHeading')}</h3>
          <ul>
            {preview.skipped.map((skip) => (
              <li key={skip.row}>{t(`import.skipped.${skip.reason}`, { row: skip.row })}</li>
            ))}
          </ul>
        </section>
      )}
      {preview.file.unplaced.length > 0 && (
        <p className="indicator-hint">
          {t('import.unplaced', { names: preview.file.unplaced.join(', ') })}
        </p>
      )}
      <div className="dialog-footer">
        {blockedBy && (
          <p id="indicator-import-blocked" className="indicator-import-blocked">
            {blockedBy}
          </p>
        )}
        <div role="alert" className="dialog-error">
          {failure}
        </div>
        <DialogButtons>
          <DialogClose className="btn">{t('ui:common.cancel')}</DialogClose>
          <button
            type="button"
            className="btn btn-primary"
            disabled={busy || blockedBy !== null}
            aria-describedby={blockedBy ? 'indicator-import-blocked' : undefined}
            onClick={() => void commit()}
          >
            {t('import.commit')}
          </button>
        </DialogButtons>
      </div>
    </Dialog>
  );
}
