import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker is one of the app's own files (script-src 'self' covers workers too).
GlobalWorkerOptions.workerSrc = workerUrl;

/** Width in CSS pixels the preview shows a page at; drawn at the screen's pixel density. */
const PAGE_WIDTH = 420;

function base64Bytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Draws every page of a PDF (base64, from `export.preview`) into an image, one after the other,
 * handing each to `onPage` as soon as it is ready; stops when `cancelled()` says so.
 */
export async function renderPdfPages(
  pdfBase64: string,
  onPage: (page: { number: number; src: string; width: number; height: number }) => void,
  cancelled: () => boolean,
): Promise<void> {
  const pdf = await getDocument({ data: base64Bytes(pdfBase64), isEvalSupported: false }).promise;
  try {
    const density = Math.min(window.devicePixelRatio || 1, 2);
    for (let number = 1; number <= pdf.numPages && !cancelled(); number++) {
      const page = await pdf.getPage(number);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: (PAGE_WIDTH / base.width) * density });
      const canvas = document.createElement('canvas');
      canvas.width = Math.ceil(viewport.width);
      canvas.height = Math.ceil(viewport.height);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d canvas');
      await page.render({ canvasContext: context, viewport }).promise;
      page.cleanup();
      onPage({
        number,
        src: canvas.toDataURL('image/png'),
        width: PAGE_WIDTH,
        height: Math.round((PAGE_WIDTH * base.height) / base.width),
      });
    }
  } finally {
    await pdf.destroy();
  }
}
