import { createHash } from 'node:crypto';
import { join } from 'node:path';
import {
  BackupIdSchema,
  BackupReasonSchema,
  type BackupReason,
} from '../../../shared/domain/backups';

/**
 * One folder and naming scheme for every backup, whoever makes it (the open, a migration, the
 * interval while editing, "Varmuuskopioi nyt"):
 * `<backupDir>/<plan key>/<stamp>.<reason>[-<n>].opsu`, where the plan key is the first 16 hex
 * digits of the SHA-256 of the plan's real path and the stamp is the UTC time of the backup with
 * `:` and `.` replaced by `-` (2026-03-01T09-00-00-000Z). A backup's id is `<plan key>/<file>`.
 */

/** The folder name of a plan's backups: the same for every path that resolves to the file. */
export function planKey(realPath: string): string {
  return createHash('sha256').update(realPath, 'utf8').digest('hex').slice(0, 16);
}

export function planBackupFolder(backupDir: string, realPath: string): string {
  return join(backupDir, planKey(realPath));
}

const stampOf = (instant: Date) => instant.toISOString().replace(/[:.]/g, '-');

/** The file name of a backup; `copy` > 1 tells apart backups made in the same millisecond. */
export function backupFileName(instant: Date, reason: BackupReason, copy = 1): string {
  return `${stampOf(instant)}.${reason}${copy > 1 ? `-${copy}` : ''}.opsu`;
}

const namePattern =
  /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.([a-z]+)(?:-[1-9]\d{0,5})?\.opsu$/;

export interface ParsedBackupName {
  createdAt: Date;
  reason: BackupReason;
}

/** What a backup's file name says; null for any other file (a half-made copy, a stranger's file). */
export function parseBackupName(name: string): ParsedBackupName | null {
  const match = namePattern.exec(name);
  if (!match) return null;
  const [, date, hours, minutes, seconds, millis, reason] = match;
  const parsedReason = BackupReasonSchema.safeParse(reason);
  const createdAt = new Date(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`);
  if (!parsedReason.success || Number.isNaN(createdAt.getTime())) return null;
  return { createdAt, reason: parsedReason.data };
}

/**
 * The file a backup id names, or null when the id is not one of ours: both parts are checked
 * against our own naming, so no id can reach outside the backup folder.
 */
export function backupFileOf(backupDir: string, id: string): string | null {
  if (!BackupIdSchema.safeParse(id).success) return null;
  const [key, name] = id.split('/') as [string, string];
  if (parseBackupName(name) === null) return null;
  return join(backupDir, key, name);
}

/** Files being written into a plan's backup folder; only finished copies get a backup's name. */
export const PARTIAL_SUFFIX = '.partial';
