import type { LexicalEditor } from 'lexical';
import { createContext, useContext } from 'react';
import type { Language } from '../../../../shared/domain/settings';
import type { SaveCoordinator } from '../autosave/saveCoordinator';
import type { ChecklistStore } from '../checklist/checklistStore';
import type { EditorRegistry } from '../editor/registry';
import type { PlanDataStore } from '../plan-data/planDataStore';

/** What every part of the open plan's view shares. */
export interface PlanServices {
  docId: string;
  /** The language the plan is written in (spell checking, screen reader pronunciation). */
  planLanguage: Language;
  saves: SaveCoordinator;
  editors: EditorRegistry;
  openLinkDialog: (editor: LexicalEditor) => void;
  openTableDialog: (editor: LexicalEditor) => void;
  /** She put the caret in a section: the outline highlights it. */
  onSectionFocus: (sectionId: string) => void;
  /** The statutory checklist, fetched again as the plan changes. */
  checklist: ChecklistStore;
  /** The plan's data (providers, staffing, indicators), which live blocks in the text show. */
  planData: PlanDataStore;
  /** Opens the dialog that inserts a live data block into `editor` at its selection. */
  openDataBlockDialog: (editor: LexicalEditor) => void;
}

export const PlanContext = createContext<PlanServices | null>(null);

export function usePlan(): PlanServices {
  const value = useContext(PlanContext);
  if (!value) throw new Error('usePlan outside PlanContext');
  return value;
}
