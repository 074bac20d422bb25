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
 * "Luvun muutoshistoria" for every section: opened from a section's header or the menu, and the
 * reloading of a section whose text a restore replaced (its editor loads text only on mount).
 */
export function SectionHistoryProvider({
  outline,
  currentId,
  children,
}: SectionHistoryProviderProps) {
  const { t } = useTranslation();
  const { editors } = usePlan();
  const reportError = useReportError();
  const [openFor, setOpenFor] = useState<string | null>(null);
  const [reloads, setReloads] = useState<Record<string, number>>({});

  const reload = useCallback(
    (sectionId: string) => {
      focusWhenMounted(editors, sectionId);
      setReloads((current) => ({ ...current, [sectionId]: (current[sectionId] ?? 0) + 1 }));
    },
    [editors],
  );
  const restore = useRestoreRevision(reload);

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
