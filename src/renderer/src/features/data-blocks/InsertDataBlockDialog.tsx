import type { LexicalEditor } from 'lexical';
import type { PlanDataStore } from '../plan-data/planDataStore';

interface InsertDataBlockDialogProps {
  editor: LexicalEditor;
  store: PlanDataStore;
  onClose: () => void;
}

// TEMPORARY contract stub: chooses a live block (staffing table, shortfall, providers, indicators,
// an indicator's chart) and inserts it at the editor's selection (issue 7).
export function InsertDataBlockDialog(_props: InsertDataBlockDialogProps) {
  return null;
}
