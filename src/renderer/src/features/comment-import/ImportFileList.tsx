import { useTranslation } from 'react-i18next';
import type { ImportFilePreview } from '../../../../shared/domain/comment-import';
import { formatDate } from '../versions/versionFormat';
import { SkippedList } from './SkippedList';

/** The chosen files: what each holds, a warning for one imported before, and what it leaves out. */
export function ImportFileList({ files }: { files: ImportFilePreview[] }) {
  const { t, i18n } = useTranslation('commentImport');
  return (
    <table className="data-table import-files-table">
      <caption className="import-step-title">{t('files.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('files.name')}</th>
          <th scope="col">{t('files.kind')}</th>
          <th scope="col">{t('files.comments')}</th>
          <th scope="col">{t('files.changes')}</th>
          <th scope="col">{t('files.replies')}</th>
          <th scope="col">{t('files.notes')}</th>
        </tr>
      </thead>
      <tbody>
        {files.map((file) => (
          <tr key={file.path}>
            <th scope="row">{file.name}</th>
            <td>{t(`files.kindName.${file.kind}`)}</td>
            <td>{file.comments}</td>
            <td>{file.kind === 'docx' ? file.changes : '–'}</td>
            <td>{file.kind === 'docx' ? file.replies : '–'}</td>
            <td>
              {file.previouslyImported && (
                <p className="import-warning">
                  {t('files.previously', {
                    date: formatDate(new Date(file.previouslyImported.at), i18n.language),
                    count: file.previouslyImported.comments,
                  })}
                </p>
              )}
              {file.skipped.length === 0 && !file.previouslyImported ? (
                <span className="rounds-none">–</span>
              ) : (
                <SkippedList skipped={file.skipped} />
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
