import type { PrintOptions } from '../ports';
import { LAYOUT_PASS_CLASS } from './print-css';

/**
 * The print loop both printers share, on a document already loaded: print (the first pass
 * layout-only when `revise` is given), let `revise` read the PDF, set the texts it answers in
 * place and print again, until it answers null. Setting a few texts in place costs a re-layout
 * of the loaded document, not a second load of it. The layout-only pass prints the document with
 * its root in LAYOUT_PASS_CLASS: untagged, and with nothing painted.
 */
export async function printPasses(
  page: {
    pdf(layoutOnly: boolean): Promise<Uint8Array>;
    setTexts(texts: ReadonlyMap<string, string>): Promise<void>;
    /** Puts the document's root in a class, or takes it out. */
    setRootClass(name: string, on: boolean): Promise<void>;
  },
  revise: PrintOptions['revise'],
): Promise<Uint8Array> {
  let layoutOnly = revise !== undefined;
  for (;;) {
    if (layoutOnly) await page.setRootClass(LAYOUT_PASS_CLASS, true);
    const pdf = await page.pdf(layoutOnly);
    if (layoutOnly) await page.setRootClass(LAYOUT_PASS_CLASS, false);
    const texts = revise ? await revise(pdf) : null;
    if (texts === null && !layoutOnly) return pdf;
    if (texts !== null) await page.setTexts(texts);
    layoutOnly = false;
  }
}
