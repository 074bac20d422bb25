import { CoreError } from '../errors';
import { defaultLimits, type SourceLimits } from '../docx-import/limits';
import {
  classifyCompoundFile,
  isCompoundFile,
  isZip,
  wrongFormat,
  zipKind,
} from '../docx-import/read-source';
import { scanZip } from '../docx-import/zip-scan';

/** The parts of a returned Word file that hold its text, comments and threads. */
export interface ReturnedParts {
  document: string;
  comments: string | null;
  commentsExtended: string | null;
  styles: string | null;
}

const PARTS = {
  document: 'word/document.xml',
  comments: 'word/comments.xml',
  commentsExtended: 'word/commentsExtended.xml',
  styles: 'word/styles.xml',
} as const;

/**
 * The XML parts of a returned .docx, read within the limits against zip bombs; anything else (a
 * .doc, an encrypted or damaged file, a workbook renamed) is refused with an error that says so.
 */
export async function readReturnedParts(
  input: Uint8Array,
  limits: SourceLimits = defaultLimits,
): Promise<ReturnedParts> {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length > limits.maxBytes) {
    throw new CoreError('TOO_LARGE', {
      limit: 'packed',
      limitMb: Math.round(limits.maxBytes / (1024 * 1024)),
    });
  }
  if (isCompoundFile(bytes)) classifyCompoundFile(bytes);
  if (!isZip(bytes)) throw wrongFormat('unknown');
  const scan = await scanZip(bytes, limits, new Set(Object.values(PARTS)));
  const text = (name: string) => scan.captured.get(name)?.toString('utf8') ?? null;
  const document = text(PARTS.document);
  if (document === null) throw wrongFormat(zipKind(scan.names));
  return {
    document,
    comments: text(PARTS.comments),
    commentsExtended: text(PARTS.commentsExtended),
    styles: text(PARTS.styles),
  };
}
