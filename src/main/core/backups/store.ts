import { randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupEntry } from '../../../shared/domain/backups';
import {
  exists,
  probePlanFile,
  publish,
  readPlanFile,
  type PlanFileOptions,
} from '../db/plan-file';
import { CoreError, asCoreError } from '../errors';
import { readMeta } from '../plans/repository';
import { backupFileOf, parseBackupName, PARTIAL_SUFFIX, planBackupFolder } from './naming';
import { backupsToRemove } from './retention';

function namesIn(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** What is known of one backup file: its name, size, and what the file itself says read-only. */
function describe(folder: string, name: string, options: PlanFileOptions): BackupEntry | null {
  const parsed = parseBackupName(name);
  if (!parsed) return null;
  const file = join(folder, name);
  const stats = lstatSync(file, { throwIfNoEntry: false });
  if (!stats?.isFile()) return null;
  const entry: BackupEntry = {
    id: `${basename(folder)}/${name}`,
    createdAt: parsed.createdAt.toISOString(),
    sizeBytes: stats.size,
    reason: parsed.reason,
    schemaVersion: 0,
    title: null,
    intact: false,
  };
  try {
    // Probes the file (our id, a known schema, PRAGMA quick_check) and reads it without writing.
    return readPlanFile(
      file,
      (db, version) => ({
        ...entry,
        schemaVersion: version,
        title: readMeta(db).title,
        intact: true,
      }),
      options,
    );
  } catch {
    // Damaged, truncated or foreign: listed so she sees it, never offered for restoring.
    return entry;
  }
}

/** A plan's backups, newest first. */
export function listBackups(
  backupDir: string,
  planPath: string,
  options: PlanFileOptions,
): BackupEntry[] {
  const folder = planBackupFolder(backupDir, planPath);
  return namesIn(folder)
    .map((name) => describe(folder, name, options))
    .filter((entry): entry is BackupEntry => entry !== null)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** One backup by its id, as listed. */
export function backupEntry(backupDir: string, id: string, options: PlanFileOptions): BackupEntry {
  const file = backupFileOf(backupDir, id);
  const entry = file === null ? null : describe(dirname(file), basename(file), options);
  if (!entry) throw new CoreError('NOT_FOUND', { what: 'backup' });
  return entry;
}

/**
 * Deletes the backups of a plan that the retention rule lets go, and copies left half-made by a
 * crash (backups of one plan are made one at a time, so none is being written now).
 */
export function pruneBackups(backupDir: string, planPath: string, now: Date): void {
  const folder = planBackupFolder(backupDir, planPath);
  const names = namesIn(folder);
  const backups = names.flatMap((name) => {
    const parsed = parseBackupName(name);
    return parsed ? [{ name, ...parsed }] : [];
  });
  const leftovers = names.filter(
    (name) => name.endsWith(PARTIAL_SUFFIX) || name.endsWith(`${PARTIAL_SUFFIX}-journal`),
  );
  for (const name of [...backupsToRemove(backups, now), ...leftovers]) {
    rmSync(join(folder, name), { force: true });
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies a backup to `target`, a new plan file: checked first (a damaged backup is refused as
 * CORRUPT), copied beside the target, flushed to disk and moved in place without ever replacing a
 * file (FILE_EXISTS). The backup itself is only read.
 */
export function restoreBackupFile(
  backupDir: string,
  id: string,
  target: string,
  options: PlanFileOptions,
): void {
  const source = backupFileOf(backupDir, id);
  if (source === null || !lstatSync(source, { throwIfNoEntry: false })?.isFile()) {
    throw new CoreError('NOT_FOUND', { what: 'backup' });
  }
  probePlanFile(source, options);
  const temporary = join(dirname(target), `.suunta-${randomBytes(6).toString('hex')}.tmp`);
  try {
    if (exists(target)) throw new CoreError('FILE_EXISTS', { path: target });
    copyFileSync(source, temporary, constants.COPYFILE_EXCL);
    fsyncFile(temporary);
    publish(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw asCoreError(error, target);
  }
}
