import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * Reads back a PDF Chromium printed: its page count and the page of every named destination
 * (Chromium writes one for each element a link in the document points at — the contents' links),
 * with pdf.js. Used for the contents' page numbers and, in tests, to check them.
 */
export interface PdfLayout {
  pages: number;
  /** Anchor (element id) → page number, 1-based. */
  anchors: Map<string, number>;
}

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | undefined;

/** pdf.js, loaded on first use (the legacy build runs under Node 20 and in Electron's main). */
export function loadPdfJs(): Promise<PdfJs> {
  return (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
}

export async function openPdf(bytes: Uint8Array) {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of the buffer it is given: hand it a copy.
  return getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  }).promise;
}

export async function pdfLayout(bytes: Uint8Array, anchors: readonly string[]): Promise<PdfLayout> {
  const doc = await openPdf(bytes);
  try {
    const found = new Map<string, number>();
    for (const anchor of anchors) {
      const dest = await doc.getDestination(anchor);
      const ref: unknown = dest?.[0];
      if (ref && typeof ref === 'object') {
        found.set(anchor, (await doc.getPageIndex(ref as { num: number; gen: number })) + 1);
      }
    }
    return { pages: doc.numPages, anchors: found };
  } finally {
    await doc.destroy();
  }
}
