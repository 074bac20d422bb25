import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface PreviewPage {
  number: number;
  src: string;
  width: number;
  height: number;
}

interface ExportPreviewProps {
  /** The previewed PDF (base64) and its page count. */
  pdfBase64: string;
  pages: number;
}

/**
 * The pages of a previewed PDF (the dialog gives each preview its own `key`, so a new one starts
 * from an empty column), drawn with pdf.js one after the other into a scrolling column
 * that the keyboard can scroll too; each image is named "Sivu N / M".
 */
export function ExportPreview({ pdfBase64, pages }: ExportPreviewProps) {
  const { t } = useTranslation('exportDialog');
  const [drawn, setDrawn] = useState<PreviewPage[]>([]);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    // pdf.js is large: loaded the first time a preview is shown.
    import('./pdfPages')
      .then(({ renderPdfPages }) =>
        renderPdfPages(
          pdfBase64,
          (page) => {
            if (!cancelled) setDrawn((before) => [...before, page]);
          },
          () => cancelled,
        ),
      )
      .catch(() => {
        if (!cancelled) setFailed(true);
      });
    return () => {
      cancelled = true;
    };
  }, [pdfBase64]);

  return (
    <div className="export-preview">
      <p className="export-preview-count">{t('preview.pages', { count: pages })}</p>
      {failed && (
        <p role="alert" className="dialog-error">
          {t('preview.failed')}
        </p>
      )}
      {/* A scrolling region: focusable, so the keyboard can scroll it. */}
      <div className="export-pages" role="region" tabIndex={0} aria-label={t('preview.label')}>
        <ol>
          {drawn.map((page) => (
            <li key={page.number} className="export-page">
              <img
                src={page.src}
                width={page.width}
                height={page.height}
                alt={t('preview.page', { number: page.number, total: pages })}
              />
              <span className="export-page-number" aria-hidden="true">
                {page.number} / {pages}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
