import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CommentImportPreview,
  CommentImportReport,
  SurveyColumns,
} from '../../../../shared/domain/comment-import';
import type { Respondent } from '../../../../shared/domain/rounds';
import { api, errorText } from '../../api/client';
import { Dialog, DialogButtons, DialogClose } from '../../ui/Dialog';
import { FormDialog } from '../../ui/FormDialog';
import { AuthorMappingStep } from './AuthorMappingStep';
import { ImportFileList } from './ImportFileList';
import { ImportReportView } from './ImportReportView';
import {
  authorMapping,
  collectAuthors,
  commitFiles,
  nameProblems,
  unmappedSurveys,
  withChoices,
  type AuthorChoice,
  type AuthorEntry,
} from './importModel';
import { SurveyColumnsStep } from './SurveyColumnsStep';

export interface CommentImportDialogProps {
  docId: string;
  round: { id: string; title: string };
  preview: CommentImportPreview;
  respondents: Respondent[];
  onImported: (report: CommentImportReport) => void;
  onClose: () => void;
}

/**
 * "Tuo kommentteja": the chosen files with what each would bring, the column mapping of survey
 * files, whose comments are whose; then "Tuo" writes them all or nothing, and the report follows.
 * A refusal keeps every choice she made.
 */
export function CommentImportDialog({
  docId,
  round,
  preview: initial,
  respondents,
  onImported,
  onClose,
}: CommentImportDialogProps) {
  const { t, i18n } = useTranslation('commentImport');
  const [preview, setPreview] = useState(initial);
  const [columns, setColumns] = useState<Map<string, SurveyColumns>>(new Map());
  const [chosen, setChosen] = useState<Map<string, AuthorChoice>>(new Map());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [report, setReport] = useState<CommentImportReport | null>(null);

  const authors = useMemo(() => collectAuthors(preview), [preview]);
  const fallbackName = (entry: AuthorEntry) => entry.files[0] ?? '';
  const choices = withChoices(authors, chosen, fallbackName);
  const problems = nameProblems(choices, respondents);

  /** Reads the files again (other columns, or a file changed since); her choices stay. */
  const reread = async (nextColumns: Map<string, SurveyColumns>) => {
    setBusy(true);
    const result = await api.comments.importPreview({
      docId,
      roundId: round.id,
      files: preview.files.map((file) => {
        const picked = nextColumns.get(file.path);
        return { path: file.path, ...(picked ? { columns: picked } : {}) };
      }),
    });
    setBusy(false);
    if (!result.ok) {
      setFailure(errorText(i18n, result.error));
      return false;
    }
    setPreview(result.value);
    return true;
  };

  const chooseColumns = (path: string, picked: SurveyColumns) => {
    const next = new Map(columns).set(path, picked);
    setColumns(next);
    setFailure(null);
    void reread(next);
  };

  const submit = async () => {
    setFailure(null);
    const unmapped = unmappedSurveys(preview, columns);
    if (unmapped.length > 0)
      return setFailure(t('failure.noCommentColumn', { files: unmapped.join(', ') }));
    if (problems.size > 0) return setFailure(t('failure.names'));
    setBusy(true);
    const result = await api.comments.importCommit({
      docId,
      roundId: round.id,
      files: commitFiles(preview, columns),
      authors: authorMapping(choices),
    });
    setBusy(false);
    if (!result.ok) {
      setFailure(errorText(i18n, result.error));
      // A file changed since it was read: read it again so that the next "Tuo" sees it as it is.
      if (result.error.code === 'SOURCE_CHANGED') await reread(columns);
      return;
    }
    setReport(result.value);
    onImported(result.value);
  };

  if (report)
    return (
      <Dialog
        onClose={onClose}
        title={t('report.title')}
        description={t('report.description', { round: round.title })}
        size="wide"
      >
        <ImportReportView report={report} />
        <DialogButtons>
          <DialogClose className="btn btn-primary">{t('report.done')}</DialogClose>
        </DialogButtons>
      </Dialog>
    );

  const total = preview.files.reduce((sum, file) => sum + file.comments, 0);
  return (
    <FormDialog
      size="large"
      title={t('title', { round: round.title })}
      description={t('description')}
      submitLabel={t('submit', { count: total })}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
    >
      <ImportFileList files={preview.files} />
      {preview.files.map((file) =>
        file.survey ? (
          <SurveyColumnsStep
            key={file.path}
            file={{ ...file, survey: file.survey }}
            columns={columns.get(file.path) ?? file.survey.columns}
            onChange={(picked) => chooseColumns(file.path, picked)}
            busy={busy}
          />
        ) : null,
      )}
      <AuthorMappingStep
        authors={authors}
        choices={choices}
        problems={problems}
        respondents={respondents}
        fallbackName={fallbackName}
        onChange={(author, choice) => {
          setChosen((current) => new Map(current).set(author, choice));
          setFailure(null);
        }}
      />
    </FormDialog>
  );
}
