import { helsinkiDate } from '../../../shared/dates';
import type { BackupReason } from '../../../shared/domain/backups';

/** The newest backups of a plan are all kept… */
export const KEEP_NEWEST = 10;
/** …and of the days before, the newest of each day (in Helsinki), for this many days. */
export const KEEP_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface RetainedBackup {
  name: string;
  createdAt: Date;
  reason: BackupReason;
}

/**
 * The retention rule: the 10 newest backups, the newest backup of each of the last 14 days, and
 * every backup made before a migration in those 14 days (the only copies in the older format).
 * Returns the names of the backups the rule lets go; the newest backup is never among them.
 */
export function backupsToRemove(backups: readonly RetainedBackup[], now: Date): string[] {
  const newestFirst = [...backups].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.name.localeCompare(a.name),
  );
  const windowStart = now.getTime() - KEEP_DAYS * DAY_MS;
  const daysSeen = new Set<string>();
  return newestFirst
    .filter((backup, index) => {
      const recent = backup.createdAt.getTime() >= windowStart;
      const day = helsinkiDate(backup.createdAt);
      const newestOfDay = recent && !daysSeen.has(day);
      if (recent) daysSeen.add(day);
      return !(index < KEEP_NEWEST || newestOfDay || (recent && backup.reason === 'migration'));
    })
    .map((backup) => backup.name);
}
