import mammoth from 'mammoth';
import { CoreError } from '../errors';

/** The class mammoth gives the paragraph in Word's Title style, so it can be taken out. */
export const TITLE_CLASS = 'suunta-doc-title';
/** Images become empty <img> markers with this source and their alternative text. */
export const IMAGE_MARKER = 'suunta:image';

const styleMap = [
  `p[style-name='Title'] => p.${TITLE_CLASS}:fresh`,
  // Underline is dropped by mammoth's default map; a plan keeps it.
  'u => u',
  // Strikethrough is not a format of the plan's editor: the text stays, the line goes.
  'strike => ',
];

/** An image converter that never reads the picture's bytes: only its alternative text is kept. */
const imageMarker = mammoth.images.imgElement((image) =>
  Promise.resolve({
    src: IMAGE_MARKER,
    alt: (image as { altText?: string }).altText ?? '',
  }),
);

/** A Word document as HTML: headings h1–h6, paragraphs, lists, tables, links, notes at the end. */
export async function docxToHtml(bytes: Buffer): Promise<string> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: bytes },
      { styleMap, convertImage: imageMarker, externalFileAccess: false },
    );
    return result.value;
  } catch (error) {
    // The zip has already been read in full, so what fails here is the XML inside it.
    throw new CoreError('DAMAGED_FILE', {
      reason: error instanceof Error ? error.message.slice(0, 200) : 'docx',
    });
  }
}
