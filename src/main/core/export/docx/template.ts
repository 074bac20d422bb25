import { readFile, stat } from 'node:fs/promises';
import yauzl from 'yauzl';
import { CoreError, asCoreError } from '../../errors';

/**
 * A county's Word template (.docx or .dotx) for the Word export: only its styles are taken
 * (word/styles.xml, read with size limits), and the ids of the built-in styles we use are looked
 * up by their names, because a localized Word gives them localized ids ("Otsikko1" for Heading 1).
 */

/** Style ids the export refers to, keyed by our (English, built-in) id. */
export const defaultStyleIds = {
  Heading1: 'Heading1',
  Heading2: 'Heading2',
  Heading3: 'Heading3',
  Heading4: 'Heading4',
  Heading5: 'Heading5',
  Heading6: 'Heading6',
  Title: 'Title',
  Quote: 'Quote',
  ListParagraph: 'ListParagraph',
  TOCHeading: 'TOCHeading',
  Hyperlink: 'Hyperlink',
} as const;
export type StyleIds = Record<keyof typeof defaultStyleIds, string>;

/** The built-in name (w:name, compared without case) of each style. */
const builtInNames: Record<keyof StyleIds, string> = {
  Heading1: 'heading 1',
  Heading2: 'heading 2',
  Heading3: 'heading 3',
  Heading4: 'heading 4',
  Heading5: 'heading 5',
  Heading6: 'heading 6',
  Title: 'title',
  Quote: 'quote',
  ListParagraph: 'list paragraph',
  TOCHeading: 'toc heading',
  Hyperlink: 'hyperlink',
};

export interface TemplateStyles {
  /** The template's word/styles.xml. */
  xml: string;
  ids: StyleIds;
}

export const TEMPLATE_LIMITS = {
  /** The template file. */
  maxFileBytes: 50 * 1024 * 1024,
  /** word/styles.xml inflated. */
  maxStylesBytes: 8 * 1024 * 1024,
  maxEntries: 10_000,
};

function stylesXml(bytes: Buffer, limits: typeof TEMPLATE_LIMITS): Promise<string | null> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error) return reject(error);
      let entries = 0;
      let done = false;
      const finish = (value: string | null, failure?: unknown) => {
        if (done) return;
        done = true;
        zip.close();
        if (failure) reject(failure instanceof Error ? failure : new Error('zip'));
        else resolve(value);
      };
      zip.on('error', (zipError) => finish(null, zipError));
      zip.on('end', () => finish(null));
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        if (entries > limits.maxEntries) return finish(null, new Error('too many entries'));
        if (entry.fileName !== 'word/styles.xml') return zip.readEntry();
        if (entry.uncompressedSize > limits.maxStylesBytes) {
          return finish(null, new Error('styles.xml too large'));
        }
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return finish(null, streamError);
          const chunks: Buffer[] = [];
          let size = 0;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > limits.maxStylesBytes) {
              stream.destroy();
              finish(null, new Error('styles.xml too large'));
            } else chunks.push(chunk);
          });
          stream.on('error', (readError) => finish(null, readError));
          stream.on('end', () => finish(Buffer.concat(chunks).toString('utf8')));
        });
      });
      zip.readEntry();
    });
  });
}

/** The ids of our styles in a styles.xml, found by their built-in names; ours where missing. */
export function styleIdsOf(xml: string): StyleIds {
  const byName = new Map<string, string>();
  for (const match of xml.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)) {
    const style = match[0];
    const id = /w:styleId="([^"]+)"/.exec(style)?.[1];
    const name = /<w:name\s+w:val="([^"]+)"/.exec(style)?.[1];
    if (id && name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), id);
  }
  return Object.fromEntries(
    (Object.keys(defaultStyleIds) as Array<keyof StyleIds>).map((key) => [
      key,
      byName.get(builtInNames[key]) ?? defaultStyleIds[key],
    ]),
  ) as StyleIds;
}

/**
 * Reads the styles of a Word template. A file that is not a Word package, has no styles or whose
 * styles are too large is BAD_TEMPLATE; nothing is written in any case.
 */
export async function readTemplateStyles(
  path: string,
  limits = TEMPLATE_LIMITS,
): Promise<TemplateStyles> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CoreError('BAD_TEMPLATE', { path });
    if (info.size > limits.maxFileBytes) throw new CoreError('BAD_TEMPLATE', { path });
    bytes = await readFile(path);
  } catch (error) {
    throw asCoreError(error, path);
  }
  let xml: string | null;
  try {
    xml = await stylesXml(bytes, limits);
  } catch {
    throw new CoreError('BAD_TEMPLATE', { path });
  }
  if (xml === null || !/<w:styles\b/.test(xml)) throw new CoreError('BAD_TEMPLATE', { path });
  return { xml, ids: styleIdsOf(xml) };
}
