import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Round, RoundPackage } from '../../../../shared/domain/rounds';
import { api, errorText } from '../../api/client';
import { useAnnounce } from '../../ui/Announcer';
import { useToast } from '../../ui/Toasts';
import { fileNameOf } from './roundText';

export type SummaryFormat = 'docx' | 'csv';

/**
 * The files a round writes: its send-out package into a folder she chooses, and the summary of
 * comments and responses as Word or CSV. A failure is kept for the screen to show; a cancelled
 * dialog does nothing.
 */
export function useRoundFiles(docId: string, round: Round) {
  const { t, i18n } = useTranslation('rounds');
  const toast = useToast();
  const announce = useAnnounce();
  const [busy, setBusy] = useState<'package' | SummaryFormat | null>(null);
  const [written, setWritten] = useState<RoundPackage | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const writePackage = async () => {
    setFailure(null);
    const chosen = await api.dialog.chooseFolder({ suggestedName: fileNameOf(round.title) });
    if (!chosen.ok) return setFailure(errorText(i18n, chosen.error));
    if (chosen.value.path === null) return;
    setBusy('package');
    announce(t('package.writing'));
    const result = await api.rounds.package({
      docId,
      roundId: round.id,
      folder: chosen.value.path,
    });
    setBusy(null);
    if (!result.ok) return setFailure(errorText(i18n, result.error));
    setWritten(result.value);
    announce(t('package.written', { count: result.value.files.length }));
  };

  const exportSummary = async (format: SummaryFormat) => {
    setFailure(null);
    const chosen = await api.dialog.chooseExportPath({
      format,
      suggestedName: t('summary.fileName', { title: round.title }).slice(0, 200),
    });
    if (!chosen.ok) return setFailure(errorText(i18n, chosen.error));
    if (chosen.value.path === null) return;
    setBusy(format);
    const result = await api.comments.exportSummary({
      docId,
      roundId: round.id,
      format,
      path: chosen.value.path,
    });
    setBusy(null);
    if (!result.ok) return setFailure(errorText(i18n, result.error));
    toast({ title: t('summary.written', { path: result.value.path }) });
  };

  return { busy, written, failure, writePackage, exportSummary };
}
