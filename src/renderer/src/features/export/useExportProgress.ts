import { useEffect, useState } from 'react';
import type { ExportProgress } from '../../../../shared/domain/export';
import { api } from '../../api/client';

/** The latest `exportProgress` of this plan while `active`; null otherwise. */
export function useExportProgress(docId: string, active: boolean): ExportProgress | null {
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    const unsubscribe = api.events.exportProgress((payload) => {
      if (payload.docId === docId) setProgress(payload);
    });
    return () => {
      unsubscribe();
      setProgress(null);
    };
  }, [docId, active]);
  return progress;
}
