import { useTranslation } from 'react-i18next';
import type { CommentImportReport } from '../../../../shared/domain/comment-import';
import { Icon } from '../../ui/Icon';
import { SkippedList } from './SkippedList';

/** What the import brought in, file by file, and what it left out and why. */
export function ImportReportView({ report }: { report: CommentImportReport }) {
  const { t } = useTranslation('commentImport');
  return (
    <div className="import-report">
      <p className="import-report-total">
        <Icon name="check" className="import-report-icon" />
        {t('report.imported', { count: report.imported })}
      </p>
      <ul className="import-report-figures">
        <li>{t('report.changes', { count: report.changes })}</li>
        <li>{t('report.replies', { count: report.replies })}</li>
        <li>{t('report.general', { count: report.general })}</li>
      </ul>
      {report.respondentsCreated.length > 0 && (
        <p>{t('report.created', { names: report.respondentsCreated.join(', ') })}</p>
      )}
      <table className="data-table import-files-table">
        <caption className="import-step-title">{t('report.files')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('files.name')}</th>
            <th scope="col">{t('files.kind')}</th>
            <th scope="col">{t('report.importedColumn')}</th>
            <th scope="col">{t('report.skippedColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {report.files.map((file) => (
            <tr key={file.name}>
              <th scope="row">
                {file.name}
                {file.repeated && (
                  <span className="import-warning-inline">{t('report.repeated')}</span>
                )}
              </th>
              <td>{t(`files.kindName.${file.kind}`)}</td>
              <td>{file.imported}</td>
              <td>
                {file.skipped.length === 0 ? (
                  t('report.noneSkipped')
                ) : (
                  <SkippedList skipped={file.skipped} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
