import type { PrintOptions } from '../ports';

/**
 * The print loop both printers share, on a document already loaded: print (the first pass
 * layout-only when `revise` is given), let `revise` read the PDF, set the texts it answers in
 * place and print again, until it answers null. Setting a few texts in place costs a re-layout
 * of the loaded document, not a second load of it.
 */
export async function printPasses(
  page: {
    pdf(layoutOnly: boolean): Promise<Uint8Array>;
    setTexts(texts: ReadonlyMap<string, string>): Promise<void>;
  },
  revise: PrintOptions['revise'],
): Promise<Uint8Array> {
  let layoutOnly = revise !== undefined;
  for (;;) {
    const pdf = await page.pdf(layoutOnly);
    const texts = revise ? await revise(pdf) : null;
    if (texts === null && !layoutOnly) return pdf;
    if (texts !== null) await page.setTexts(texts);
    layoutOnly = false;
  }
}
