import JSZip from 'jszip';

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
};

/** A Word file's document.xml and its paragraphs' text, one line each, for assertions. */
export async function docxText(bytes: Uint8Array): Promise<{ xml: string; lines: string[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const lines = xml
    .split('</w:p>')
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
        .map((match) => match[1]!)
        .join('')
        .replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity]!),
    )
    .filter((line) => line !== '');
  return { xml, lines };
}
