import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorImportPreview } from '../../../../shared/domain/plan-data';
import { ok } from '../../../../shared/result';
import { api, errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { useAnnounce } from '../../ui/Announcer';
import type { PlanDataStore } from '../plan-data/planDataStore';
import { ImportValuesDialog, type TableImportReport } from './ImportValuesDialog';

interface Shown {
  path: string;
  indicator: Indicator | null;
  preview: IndicatorImportPreview;
}

/** The last part of a path, whichever separator the system uses. */
function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/**
 * "Tuo arvot…": choose a CSV or XLSX, read it into a preview (nothing is written) for one
 * indicator or matched by name for all, and import what the preview shows once she confirms.
 */
export function useValuesImport(store: PlanDataStore): {
  start: (indicator: Indicator | null) => Promise<void>;
  dialog: ReactNode;
} {
  const { t, i18n } = useTranslation('indicatorsView');
  const report = useReportError();
  const announce = useAnnounce();
  const [shown, setShown] = useState<Shown | null>(null);
  // A second click while a file is being read does not start another import.
  const busy = useRef(false);

  const start = async (indicator: Indicator | null) => {
    if (busy.current) return;
    busy.current = true;
    try {
      const chosen = await api.dialog.chooseTableFile({});
      if (!chosen.ok) return report(errorText(i18n, chosen.error));
      const path = chosen.value.path;
      if (!path) return;
      announce(t('import.reading'));
      const preview = await api.indicators.importPreview({
        docId: store.docId,
        path,
        indicatorId: indicator?.id ?? null,
      });
      if (!preview.ok) return report(errorText(i18n, preview.error));
      setShown({ path, indicator, preview: preview.value });
    } finally {
      busy.current = false;
    }
  };

  const commit = async ({
    path,
    indicator,
    preview,
  }: Shown): Promise<TableImportReport | string> => {
    if (!preview.columns) return t('import.noColumns');
    const result = await api.indicators.importCommit({
      docId: store.docId,
      path,
      digest: preview.file.digest,
      indicatorId: indicator?.id ?? null,
      columns: preview.columns,
    });
    if (!result.ok) return errorText(i18n, result.error);
    store.apply(ok(result.value.data));
    return result.value.report;
  };

  const dialog = shown && (
    <ImportValuesDialog
      fileName={baseName(shown.path)}
      preview={shown.preview}
      indicatorName={shown.indicator?.name ?? null}
      onCommit={() => commit(shown)}
      onClose={() => setShown(null)}
    />
  );
  return { start, dialog };
}
