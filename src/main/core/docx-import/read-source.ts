import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import CFB, { type CFB$Container } from 'cfb';
import { CoreError, asCoreError } from '../errors';
import { defaultLimits, type SourceLimits } from './limits';
import { scanZip } from './zip-scan';

/** A readable Word file: its bytes and the parts that mammoth does not report on. */
export interface DocxSource {
  bytes: Buffer;
  /** SHA-256 of `bytes`, hex. */
  digest: string;
  parts: {
    document: string;
    core: string | null;
    comments: string | null;
  };
}

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';
const COMMENTS = 'word/comments.xml';

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b]);

export const wrongFormat = (found: string) => new CoreError('WRONG_FORMAT', { found });

export const isCompoundFile = (bytes: Buffer) =>
  bytes.subarray(0, CFB_MAGIC.length).equals(CFB_MAGIC);
export const isZip = (bytes: Buffer) => bytes.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC);

/**
 * An OLE compound file is either a legacy Word document or, since Office 2007, an encrypted OOXML
 * package: password protection wraps the whole zip in an `EncryptedPackage` stream.
 */
export function classifyCompoundFile(bytes: Buffer): never {
  let container: CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch {
    throw new CoreError('DAMAGED_FILE', { reason: 'compound file' });
  }
  if (CFB.find(container, 'EncryptedPackage')) throw new CoreError('ENCRYPTED');
  if (CFB.find(container, 'WordDocument')) throw wrongFormat('doc');
  throw wrongFormat('unknown');
}

/** What a zip that is not a Word document is, by the entries that name its kind. */
export function zipKind(names: ReadonlySet<string>): string {
  if (names.has('xl/workbook.xml')) return 'xlsx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  if (names.has('mimetype')) return 'odt';
  return 'zip';
}

/** The file's bytes, or TOO_LARGE (judged by its size before a byte is read). */
export async function readLimited(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw wrongFormat('unknown');
    const tooLarge = new CoreError('TOO_LARGE', {
      limit: 'packed',
      limitMb: Math.round(maxBytes / (1024 * 1024)),
    });
    if (stat.size > maxBytes) throw tooLarge;
    // One byte more than allowed tells a file that grew since the stat.
    const buffer = Buffer.alloc(Math.min(stat.size + 1, maxBytes + 1));
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > maxBytes) throw tooLarge;
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a Word file without writing anything, and refuses everything that is not a readable,
 * unencrypted .docx within the limits, with an error that says what the file is instead.
 */
export async function readDocxSource(
  path: string,
  limits: SourceLimits = defaultLimits,
  expectedDigest?: string,
): Promise<DocxSource> {
  let bytes: Buffer;
  try {
    bytes = await readLimited(path, limits.maxBytes);
  } catch (error) {
    throw asCoreError(error, path);
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  // Checked first: a file changed since its preview may now fail in ways that would mislead.
  if (expectedDigest !== undefined && digest !== expectedDigest) {
    throw new CoreError('SOURCE_CHANGED', { path });
  }
  if (isCompoundFile(bytes)) classifyCompoundFile(bytes);
  if (!isZip(bytes)) throw wrongFormat('unknown');
  const scan = await scanZip(bytes, limits, new Set([DOCUMENT, CORE, COMMENTS]));
  const document = scan.captured.get(DOCUMENT);
  if (!document) throw wrongFormat(zipKind(scan.names));
  const text = (name: string) => scan.captured.get(name)?.toString('utf8') ?? null;
  return {
    bytes,
    digest,
    parts: { document: document.toString('utf8'), core: text(CORE), comments: text(COMMENTS) },
  };
}
