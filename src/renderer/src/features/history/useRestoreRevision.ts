import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { useToast } from '../../ui/Toasts';
import { usePlan } from '../plan/PlanContext';

/** Why a restore did not happen, in the UI language; null when it did. */
export type RestoreFailure = string | null;

/**
 * Makes an old revision a section's text again, as a new revision; `onRestored` then reloads the
 * section's editor. The toast's "Kumoa" restores the revision that was current just before.
 */
export function useRestoreRevision(onRestored: (sectionId: string) => void) {
  const { t, i18n } = useTranslation();
  const { docId, saves, checklist } = usePlan();
  const toast = useToast();
  const reportError = useReportError();

  /** Saves what is typed first: nothing is lost, and no autosave of older text lands after. */
  const flushThenRestore = async (sectionId: string, revision: number): Promise<RestoreFailure> => {
    if (!(await saves.flushSection(sectionId))) return t('history.unsaved');
    const result = await api.history.restore({ docId, sectionId, revision });
    if (!result.ok) return errorText(i18n, result.error);
    onRestored(sectionId);
    // Restored text may cover a requirement, or no longer cover it.
    void checklist.refresh();
    return null;
  };

  const undo = async (sectionId: string, revision: number) => {
    const failure = await flushThenRestore(sectionId, revision);
    if (failure) reportError(failure);
    else toast({ title: t('history.undone') });
  };

  return async (sectionId: string, revision: number): Promise<RestoreFailure> => {
    // The revision current right now (after saving what is typed) is what "Kumoa" returns to.
    if (!(await saves.flushSection(sectionId))) return t('history.unsaved');
    const revisions = await api.history.list({ docId, sectionId });
    const previous = revisions.ok ? (revisions.value[0]?.revision ?? null) : null;
    const failure = await flushThenRestore(sectionId, revision);
    if (failure) return failure;
    toast({
      title: t('history.restored'),
      action:
        previous === null
          ? undefined
          : {
              label: t('history.undo'),
              altText: t('history.undoAlt'),
              onAction: () => void undo(sectionId, previous),
            },
    });
    return null;
  };
}
