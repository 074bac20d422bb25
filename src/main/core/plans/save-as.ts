import { randomBytes } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { CoreError, asCoreError } from '../errors';
import { exists, publish, type Db } from '../db/plan-file';

/**
 * Writes the plan as `db` holds it now to the new file `path` (which must not exist): SQLite's
 * online backup from the open connection into a temporary file beside the target, returned to a
 * rollback journal so it is one self-contained file, then moved in place. `db` is only read, so
 * this works while the plan's own file is gone, too. A failure leaves nothing behind.
 */
export async function copyPlanTo(
  db: Db,
  path: string,
  nativeBinding: string | undefined,
): Promise<void> {
  const temporary = join(dirname(path), `.suunta-${randomBytes(6).toString('hex')}.tmp`);
  try {
    // better-sqlite3 trims file names; such a path would name another file.
    if (path !== path.trim()) {
      throw new CoreError('INVALID_INPUT', { issue: 'path: leading or trailing spaces' });
    }
    if (exists(path)) throw new CoreError('FILE_EXISTS', { path });
    if (!statSync(dirname(path)).isDirectory()) {
      throw new CoreError('FILE_NOT_FOUND', { path: dirname(path) });
    }
    await db.backup(temporary);
    const copy = new Database(temporary, {
      fileMustExist: true,
      ...(nativeBinding === undefined ? {} : { nativeBinding }),
    });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    publish(temporary, path);
  } catch (error) {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      rmSync(`${temporary}${suffix}`, { force: true });
    }
    throw asCoreError(error, path);
  }
}
