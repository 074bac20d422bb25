import { z } from 'zod';

/**
 * Rolling automatic backups of a plan (issue 8), kept in the app's data folder and made with
 * SQLite's online backup API: on open, before every migration, and at intervals while editing.
 */

/** Why a backup was made. */
export const backupReasons = ['open', 'migration', 'interval', 'manual'] as const;
export const BackupReasonSchema = z.enum(backupReasons);
export type BackupReason = z.infer<typeof BackupReasonSchema>;

/**
 * A backup's id: `<plan key>/<file name>`, both parts from the core's own naming, so that an id
 * from the renderer can never name a file outside the backup folder.
 */
export const BackupIdSchema = z
  .string()
  .max(200)
  .regex(/^[0-9a-f]{16}\/[A-Za-z0-9._-]{1,160}\.opsu$/);

export const BackupEntrySchema = z.object({
  id: BackupIdSchema,
  /** ISO timestamp of when the backup was made. */
  createdAt: z.string(),
  sizeBytes: z.number().int().min(0),
  reason: BackupReasonSchema,
  /** The plan's schema version in the backup. */
  schemaVersion: z.number().int().min(0),
  /** The plan's title as the backup has it (null when it cannot be read). */
  title: z.string().nullable(),
  /** `PRAGMA quick_check` of the backup when listed: a damaged backup is shown, not offered. */
  intact: z.boolean(),
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

/** A plan's backups, newest first, and the plan file they were taken of. */
export const BackupListSchema = z.object({
  planPath: z.string(),
  backups: z.array(BackupEntrySchema),
});
export type BackupList = z.infer<typeof BackupListSchema>;
