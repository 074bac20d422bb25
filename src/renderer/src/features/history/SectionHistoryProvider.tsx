import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '../../../../shared/domain/section';
import { useReportError } from '../../ui/AlertBanner';
import { useMenuCommand } from '../commands/MenuCommands';
import type { EditorRegistry } from '../editor/registry';
import { usePlan } from '../plan/PlanContext';
import { SectionHistoryContext, type SectionHistory } from './SectionHistoryContext';
import { SectionHistoryDialog } from './SectionHistoryDialog';
import { useRestoreRevision } from './useRestoreRevision';

interface SectionHistoryProviderProps {
  outline: OutlineEntry[];
  /** The section selected in the outline or written in last: the menu's Ctrl+Shift+H opens it. */
  currentId: string | null;
  /** How often each section's text was replaced from outside its editor (see useSectionReloads). */
  reloads: Readonly<Record<string, number>>;
  /** Rebuilds a section's editor with its stored text, caret in it. */
  onReload: (sectionId: string) => void;
  children: ReactNode;
}

/** Puts the caret in a section once its editor, rebuilt with restored text, has mounted. */
function focusWhenMounted(editors: EditorRegistry, sectionId: string) {
  const stop = editors.subscribe(() => {
    if (!editors.focus(sectionId)) return;
    stop();
    document.getElementById(`section-${sectionId}`)?.scrollIntoView({ block: 'nearest' });
  });
}

/**
 * Reloading of sections whose text was replaced from outside their editors (a restore from the
 * history, a change proposal applied in the review): an editor loads its text only on mount, so
 * a growing count per section remounts it with the stored text.
 */
export function useSectionReloads(editors: EditorRegistry) {
  const [reloads, setReloads] = useState<Record<string, number>>({});
  const reload = useCallback(
    /** `focus`: the caret goes into the reloaded section (not when it is replaced from another view). */
    (sectionId: string, focus = true) => {
      if (focus) focusWhenMounted(editors, sectionId);
      setReloads((current) => ({ ...current, [sectionId]: (current[sectionId] ?? 0) + 1 }));
    },
    [editors],
  );
  return { reloads, reload };
}

/** "Luvun muutoshistoria" for every section: opened from a section's header or the menu. */
export function SectionHistoryProvider({
  outline,
  currentId,
  reloads,
  onReload,
  children,
}: SectionHistoryProviderProps) {
  const { t } = useTranslation();
  const { editors } = usePlan();
  const reportError = useReportError();
  const [openFor, setOpenFor] = useState<string | null>(null);
  const restore = useRestoreRevision(onReload);

  useMenuCommand('sectionHistory', () => {
    const sectionId = currentId ?? editors.getActive()?.sectionId;
    if (sectionId) setOpenFor(sectionId);
    else reportError(t('history.noSection'));
  });

  const value = useMemo<SectionHistory>(() => ({ open: setOpenFor, reloads }), [reloads]);
  const entry = outline.find((candidate) => candidate.id === openFor);

  return (
    <SectionHistoryContext.Provider value={value}>
      {children}
      {entry && (
        <SectionHistoryDialog
          entry={entry}
          onRestore={(revision) => restore(entry.id, revision)}
          onClose={() => setOpenFor(null)}
        />
      )}
    </SectionHistoryContext.Provider>
  );
}
