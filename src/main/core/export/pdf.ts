import type { ExportOptions } from '../../../shared/domain/export';
import { CoreError } from '../errors';
import type { Printer } from '../ports';
import type { ExportDocument } from './document';
import { pdfLayout } from './pdf-pages';
import { buildPrintHtml } from './print-html';

export interface PdfExport {
  bytes: Uint8Array;
  pages: number;
  /** Page of each contents entry's anchor in the final PDF. */
  anchors: Map<string, number>;
}

const MAX_PASSES = 3;

/**
 * Prints the plan to a tagged PDF with an outline. Chromium lays out in one pass and cannot fill
 * in the contents' page numbers, so: print once with the numbers left blank, read the page of each
 * heading from the PDF (the named destinations of the contents' links), print again with them.
 * The numbers sit in a fixed-width column, so filling them in moves nothing; should the layout
 * still shift, it prints once more with the new numbers (at most three passes in all).
 */
export async function exportPdf(
  printer: Printer,
  doc: ExportDocument,
  options: ExportOptions,
  assets: { fontCss: string; now: Date },
  progress: (stage: 'layout' | 'contents' | 'print', fraction: number) => void = () => {},
): Promise<PdfExport> {
  let pages: Map<string, number> | null = null;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    // The first pass lays the text out; the later ones print it with the contents' numbers.
    if (pass === 1) progress('layout', 0.1);
    else progress('print', pass === 2 ? 0.55 : 0.75);
    const printed = buildPrintHtml(doc, options, { ...assets, pages });
    // Only the final pass needs tags and an outline: the first is read for its page numbers, and
    // a pass whose numbers settle is the last (a third pass, if the layout shifted, is tagged too).
    const bytes = await printer.print(printed.html, {
      title: printed.title,
      language: printed.language,
      layoutOnly: pass === 1,
    });
    const anchors = printed.entries.map((entry) => entry.anchor);
    if (pass === 1) progress('contents', 0.45);
    const layout = await pdfLayout(bytes, anchors);
    const missing = anchors.filter((anchor) => !layout.anchors.has(anchor));
    if (missing.length > 0) {
      throw new CoreError('INTERNAL', { reason: `PDF: no destination for ${missing[0]}` });
    }
    if (
      pages !== null &&
      anchors.every((anchor) => layout.anchors.get(anchor) === pages!.get(anchor))
    ) {
      return { bytes, pages: layout.pages, anchors: layout.anchors };
    }
    pages = layout.anchors;
  }
  throw new CoreError('INTERNAL', { reason: 'PDF: contents page numbers did not settle' });
}
