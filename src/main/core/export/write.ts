import { realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { CoreError, asCoreError } from '../errors';

/**
 * The real path an export will be written to: absolute, in an existing folder, and never the plan
 * file itself.
 */
export function exportTarget(given: string, planPath: string): string {
  if (!isAbsolute(given)) throw new CoreError('INVALID_INPUT', { issue: 'path: not absolute' });
  let folder: string;
  try {
    folder = realpathSync(dirname(given));
  } catch (error) {
    throw asCoreError(error, given);
  }
  const target = join(folder, basename(given));
  let existing = target;
  try {
    existing = realpathSync(target);
  } catch {
    // A new file.
  }
  if (existing === planPath) {
    throw new CoreError('INVALID_INPUT', { issue: 'path: the plan file itself' });
  }
  return target;
}

/**
 * Writes the file under a temporary name beside the target and renames it into place, so a failed
 * or interrupted export leaves the old file (or none) and never a half-written one.
 */
export async function writeExport(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (error) {
    throw asCoreError(error, path);
  }
}
