// TEMPORARY (contract stage): the export helper builds the export dialog.
import type { PlanMeta } from '../../../../shared/domain/plan';

export interface ExportActionProps {
  docId: string;
  meta: PlanMeta;
}

/** The header's "Vie…" button and the export dialog it opens (also from the menu, Ctrl+E). */
export function ExportAction(_props: ExportActionProps) {
  return null;
}
