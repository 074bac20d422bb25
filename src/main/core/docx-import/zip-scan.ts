import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { CoreError } from '../errors';
import type { SourceLimits } from './limits';

export type ZipLimits = Pick<SourceLimits, 'maxUnpackedBytes' | 'maxEntries'> &
  Partial<Pick<SourceLimits, 'maxXmlPartBytes'>>;

export interface ZipScan {
  names: Set<string>;
  /** The inflated bytes of the entries asked for (small XML parts). */
  captured: Map<string, Buffer>;
}

const MB = 1024 * 1024;

const tooLarge = (limits: ZipLimits, bytes = limits.maxUnpackedBytes) =>
  new CoreError('TOO_LARGE', { limit: 'unpacked', limitMb: Math.round(bytes / MB) });

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name);

/** yauzl's own complaints (bad signatures, sizes that lie, truncation) all mean a damaged file. */
const damaged = (error: unknown) =>
  error instanceof CoreError
    ? error
    : new CoreError('DAMAGED_FILE', {
        reason: error instanceof Error ? error.message.slice(0, 200) : 'zip',
      });

function inflate(
  zip: ZipFile,
  entry: Entry,
  budget: { left: number },
  limits: ZipLimits,
  keep: boolean,
): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(damaged(error));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => {
        budget.left -= chunk.length;
        if (budget.left < 0) {
          // Stop inflating at once: a zip bomb costs at most the budget, never its full size.
          stream.destroy();
          return reject(tooLarge(limits));
        }
        if (keep) chunks.push(chunk);
      });
      stream.on('error', (streamError) => reject(damaged(streamError)));
      stream.on('end', () => resolve(keep ? Buffer.concat(chunks) : null));
    });
  });
}

/**
 * Lists a zip's entries and inflates every one of them, counting bytes, so a file is accepted only
 * when all of it can be read within the limits (mammoth reads it afterwards without limits of its
 * own). yauzl checks that each entry inflates to exactly its declared size.
 */
export function scanZip(bytes: Buffer, limits: ZipLimits, wanted: ReadonlySet<string>) {
  return new Promise<ZipScan>((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, validateEntrySizes: true, decodeStrings: true },
      (openError, zip) => {
        if (openError) return reject(damaged(openError));
        const scan: ZipScan = { names: new Set(), captured: new Map() };
        const budget = { left: limits.maxUnpackedBytes };
        if (zip.entryCount > limits.maxEntries) {
          zip.close();
          return reject(tooLarge(limits));
        }
        const fail = (error: unknown) => {
          zip.close();
          reject(damaged(error));
        };
        zip.on('error', fail);
        zip.on('end', () => resolve(scan));
        zip.on('entry', (entry: Entry) => {
          scan.names.add(entry.fileName);
          if (entry.fileName.endsWith('/')) return zip.readEntry();
          // Declared sizes are checked first, so an honest bomb is refused before inflating.
          if (entry.uncompressedSize > budget.left) return fail(tooLarge(limits));
          // An XML part is parsed whole by the readers after this; sizes are validated, so the
          // declared size is what it inflates to.
          const partLimit = limits.maxXmlPartBytes;
          if (
            partLimit !== undefined &&
            isXmlPart(entry.fileName) &&
            entry.uncompressedSize > partLimit
          ) {
            return fail(tooLarge(limits, partLimit));
          }
          inflate(zip, entry, budget, limits, wanted.has(entry.fileName)).then((data) => {
            if (data) scan.captured.set(entry.fileName, data);
            zip.readEntry();
          }, fail);
        });
        zip.readEntry();
      },
    );
  });
}
