import { createHash } from 'node:crypto';
import CFB from 'cfb';
import type { CommentFileKind } from '../../../shared/domain/comment-import';
import { CoreError, asCoreError } from '../errors';
import { defaultLimits, type SourceLimits } from '../docx-import/limits';
import {
  classifyCompoundFile,
  isCompoundFile,
  isZip,
  readLimited,
  wrongFormat,
  zipKind,
} from '../docx-import/read-source';
import { scanZip } from '../docx-import/zip-scan';

/** A returned file as read once: its bytes, their SHA-256 and what they are. */
export interface ReturnedFile {
  path: string;
  bytes: Buffer;
  digest: string;
  kind: CommentFileKind;
}

/** How much of the start of a file tells text from binary. */
const TEXT_PROBE = 64 * 1024;

const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

/**
 * A CSV export is text in some 8-bit encoding or UTF-16: no NUL bytes (unless UTF-16) and hardly
 * any control characters other than tab, line breaks and form feed.
 */
function looksLikeText(bytes: Buffer): boolean {
  if (UTF16_BOMS.some((bom) => bytes.subarray(0, 2).equals(bom))) return true;
  const probe = bytes.subarray(0, TEXT_PROBE);
  let control = 0;
  for (const byte of probe) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      control++;
    }
  }
  return control * 100 <= probe.length;
}

/**
 * A compound file is refused as the Word import refuses it (encrypted, legacy Word), except that
 * a legacy Excel workbook (.xls, a `Workbook` stream) is named as one: a survey saved so.
 */
function refuseCompoundFile(bytes: Buffer): never {
  let workbook = false;
  try {
    workbook = CFB.find(CFB.read(bytes, { type: 'buffer' }), 'Workbook') !== null;
  } catch {
    // Unreadable: classifyCompoundFile says it is damaged.
  }
  if (workbook) throw wrongFormat('xls');
  classifyCompoundFile(bytes);
}

/**
 * What the bytes are, by their content, never by the file's name: a Word document, an Excel
 * workbook, or text (a CSV export). Every zip entry is inflated within the limits first, since the
 * readers after this have no limits of their own; anything else is WRONG_FORMAT, ENCRYPTED,
 * DAMAGED_FILE or TOO_LARGE as for an imported plan.
 */
async function kindOf(bytes: Buffer, limits: SourceLimits): Promise<CommentFileKind> {
  if (isCompoundFile(bytes)) refuseCompoundFile(bytes);
  if (isZip(bytes)) {
    const { names } = await scanZip(bytes, limits, new Set());
    if (names.has('word/document.xml')) return 'docx';
    if (names.has('xl/workbook.xml')) return 'xlsx';
    // An OpenDocument file is worth naming: saving it as .docx or .xlsx is the way out.
    throw wrongFormat(zipKind(names) === 'odt' ? 'odt' : 'notReturned');
  }
  if (looksLikeText(bytes)) return 'csv';
  throw wrongFormat('notReturned');
}

/** The error, naming the file it is about (so a batch of files says which one failed). */
export function aboutFile(error: unknown, path: string): CoreError {
  const core = asCoreError(error, path);
  return new CoreError(core.code, { ...core.details, path });
}

/**
 * Reads a returned file once, refusing one larger than the limit before reading it. With
 * `expectedDigest` (the commit), a file that changed since its preview is SOURCE_CHANGED, checked
 * before anything else so a changed file never fails in a misleading way.
 */
export async function readCommentFile(
  path: string,
  expectedDigest?: string,
  limits: SourceLimits = defaultLimits,
): Promise<ReturnedFile> {
  try {
    const bytes = await readLimited(path, limits.maxBytes);
    const digest = createHash('sha256').update(bytes).digest('hex');
    if (expectedDigest !== undefined && digest !== expectedDigest) {
      throw new CoreError('SOURCE_CHANGED', { path });
    }
    return { path, bytes, digest, kind: await kindOf(bytes, limits) };
  } catch (error) {
    throw aboutFile(error, path);
  }
}
