import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocxPreview } from '../../../../shared/domain/docx-import';
import { api, errorText } from '../../api/client';
import { useReportError } from '../../ui/AlertBanner';
import { useAnnounce } from '../../ui/Announcer';

/** A Word file read into a preview, waiting for her review. */
export interface ReadDocx {
  source: string;
  preview: DocxPreview;
  /** Where she started the import from; focus goes back there when the preview is cancelled. */
  returnFocusTo?: HTMLElement;
}

interface DocxImport {
  /** The file is being read (a long plan with images takes a moment). */
  reading: boolean;
  read: ReadDocx | null;
  /** Asks for a Word file and reads it; a file that cannot be imported is reported in the alert. */
  choose: () => Promise<void>;
  close: () => void;
}

/** "Tuo aiempi suunnitelma (DOCX)" up to the preview: nothing is written on the way. */
export function useDocxImport(): DocxImport {
  const { t, i18n } = useTranslation();
  const report = useReportError();
  const announce = useAnnounce();
  const [reading, setReading] = useState(false);
  const [read, setRead] = useState<ReadDocx | null>(null);
  // The menu may ask again while a file is being read; one read at a time.
  const busy = useRef(false);

  const choose = async () => {
    if (busy.current) return;
    busy.current = true;
    const origin = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    try {
      const chosen = await api.dialog.chooseDocxPath({});
      if (!chosen.ok) {
        report(errorText(i18n, chosen.error));
        return;
      }
      const source = chosen.value.path;
      if (source === null) return;
      report(null);
      setReading(true);
      announce(t('importDocx.reading'));
      const result = await api.import.docxPreview({ source });
      if (result.ok) {
        setRead({ source, preview: result.value, ...(origin ? { returnFocusTo: origin } : {}) });
      } else report(errorText(i18n, result.error));
    } finally {
      busy.current = false;
      setReading(false);
    }
  };

  return { reading, read, choose, close: () => setRead(null) };
}
