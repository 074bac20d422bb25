import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CommentImportPreview,
  CommentImportReport,
} from '../../../../shared/domain/comment-import';
import type { Respondent } from '../../../../shared/domain/rounds';
import { api, errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { useAnnounce } from '../../ui/Announcer';
import { CommentImportDialog } from './CommentImportDialog';
import { ImportFailedDialog } from './ImportFailedDialog';

interface Target {
  id: string;
  title: string;
}

type Shown =
  | { kind: 'preview'; round: Target; preview: CommentImportPreview }
  | { kind: 'failed'; round: Target; names: string[]; message: string };

/** The last part of a path, whichever separator the system uses. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * "Tuo kommentteja…" for a round: choose returned Word files and survey exports, read them into a
 * preview (nothing is written), and show the import dialog, or why the files could not be read.
 */
export function useCommentImport(
  docId: string,
  respondents: Respondent[],
  onImported: (report: CommentImportReport) => void,
): { start: (round: Target) => Promise<void>; reading: boolean; dialog: ReactNode } {
  const { t, i18n } = useTranslation('commentImport');
  const report = useReportError();
  const announce = useAnnounce();
  const [shown, setShown] = useState<Shown | null>(null);
  const [reading, setReading] = useState(false);
  // The menu may ask again while files are being read; one import at a time.
  const busy = useRef(false);

  const start = async (round: Target) => {
    if (busy.current) return;
    busy.current = true;
    try {
      const chosen = await api.dialog.chooseCommentFiles({});
      if (!chosen.ok) return report(errorText(i18n, chosen.error));
      const paths = chosen.value.paths;
      if (paths.length === 0) return;
      setShown(null);
      setReading(true);
      announce(t('reading', { count: paths.length }));
      const result = await api.comments.importPreview({
        docId,
        roundId: round.id,
        files: paths.map((path) => ({ path })),
      });
      setShown(
        result.ok
          ? { kind: 'preview', round, preview: result.value }
          : {
              kind: 'failed',
              round,
              names: paths.map(baseName),
              message: errorText(i18n, result.error),
            },
      );
    } finally {
      busy.current = false;
      setReading(false);
    }
  };

  const close = () => setShown(null);
  let dialog: ReactNode = null;
  if (shown?.kind === 'preview')
    dialog = (
      <CommentImportDialog
        docId={docId}
        round={shown.round}
        preview={shown.preview}
        respondents={respondents}
        onImported={onImported}
        onClose={close}
      />
    );
  if (shown?.kind === 'failed')
    dialog = (
      <ImportFailedDialog
        round={shown.round}
        names={shown.names}
        message={shown.message}
        onClose={close}
        onChooseAgain={() => void start(shown.round)}
      />
    );
  return { start, reading, dialog };
}
