import type { ExportOptions } from '../../../shared/domain/export';
import { CoreError } from '../errors';
import type { Printer } from '../ports';
import type { ExportDocument } from './document';
import { pdfLayout, type PdfLayout } from './pdf-pages';
import { buildPrintHtml, tocPageId } from './print-html';

export interface PdfExport {
  bytes: Uint8Array;
  pages: number;
  /** Page of each contents entry's anchor in the final PDF. */
  anchors: Map<string, number>;
}

const MAX_PASSES = 3;

/**
 * Prints the plan to a tagged PDF with an outline. Chromium lays out in one pass and cannot fill
 * in the contents' page numbers, so: the document is loaded once and printed with the numbers left
 * blank, the page of each heading is read from that PDF (the named destinations of the contents'
 * links), the printer sets the numbers in place and prints again. The numbers sit in a
 * fixed-width column, so filling them in moves nothing; should the layout still shift, it prints
 * once more with the new numbers (at most three passes in all).
 */
export async function exportPdf(
  printer: Printer,
  doc: ExportDocument,
  options: ExportOptions,
  assets: { fontCss: string; now: Date },
  progress: (stage: 'layout' | 'contents' | 'print', fraction: number) => void = () => {},
): Promise<PdfExport> {
  const printed = buildPrintHtml(doc, options, assets);
  const anchors = printed.entries.map((entry) => entry.anchor);
  let pages: Map<string, number> | null = null;
  let final: PdfLayout | undefined;
  let pass = 1;
  progress('layout', 0.1);
  const bytes = await printer.print(printed.html, {
    title: printed.title,
    language: printed.language,
    revise: async (pdf) => {
      if (pass === 1) progress('contents', 0.45);
      const layout = await pdfLayout(pdf, anchors);
      const missing = anchors.filter((anchor) => !layout.anchors.has(anchor));
      if (missing.length > 0) {
        throw new CoreError('INTERNAL', { reason: `PDF: no destination for ${missing[0]}` });
      }
      if (
        pages !== null &&
        anchors.every((anchor) => layout.anchors.get(anchor) === pages!.get(anchor))
      ) {
        final = layout;
        return null;
      }
      if (pass === MAX_PASSES) {
        throw new CoreError('INTERNAL', { reason: 'PDF: contents page numbers did not settle' });
      }
      pass++;
      progress('print', pass === 2 ? 0.55 : 0.75);
      pages = layout.anchors;
      return new Map(
        anchors.map((anchor) => [tocPageId(anchor), String(layout.anchors.get(anchor))]),
      );
    },
  });
  if (final === undefined) {
    throw new CoreError('INTERNAL', { reason: 'PDF: the printer did not print the contents' });
  }
  return { bytes, pages: final.pages, anchors: final.anchors };
}
