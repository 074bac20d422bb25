import { realpathSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupEntry, BackupList, BackupReason } from '../../../shared/domain/backups';
import { backUpPlan, type Db } from '../db/plan-file';
import type { OpenDoc } from '../plans/registry';
import { absolute, realPath } from '../plans/service';
import { backupEntry, listBackups, pruneBackups, restoreBackupFile } from './store';

export interface BackupServiceDeps {
  /** The app's backup folder (in the app's data folder). */
  backupDir: string;
  now(): Date;
  nativeBinding: string | undefined;
}

/** While she edits, the first save this long after the plan's last backup makes a new one. */
export const EDITING_INTERVAL_MS = 10 * 60 * 1000;

/**
 * The real path of a plan file named by `path`, also when the file itself is gone (its backups
 * are then all that is left of it).
 */
function planPathOf(path: string): string {
  const given = absolute(path);
  try {
    return realpathSync(given);
  } catch {
    try {
      return join(realpathSync(dirname(given)), basename(given));
    } catch {
      return given;
    }
  }
}

/**
 * Rolling backups of each plan: on open, before a migration (made by `openPlanFile` in the same
 * folder and naming), at intervals while editing, and on request. Automatic backups never fail
 * what she is doing: their failures are swallowed, and the next interval tries again.
 */
export class BackupService {
  /** When each plan (by real path) was last backed up, or a backup last tried. */
  private readonly lastBackup = new Map<string, number>();
  /** The latest backup queued for each plan: backups of one plan are made one at a time. */
  private readonly queued = new Map<string, Promise<string>>();

  constructor(private readonly deps: BackupServiceDeps) {}

  /** The backup made when a plan has been opened (and migrated, if it was older). */
  async backupOnOpen(db: Db, path: string): Promise<void> {
    await this.quietly(db, path, 'open');
  }

  /** Called after each save: a backup when the last one is `EDITING_INTERVAL_MS` old. */
  async maybeBackupWhileEditing(doc: OpenDoc): Promise<void> {
    const last = this.lastBackup.get(doc.path);
    if (last !== undefined && this.deps.now().getTime() - last < EDITING_INTERVAL_MS) return;
    await this.quietly(doc.db, doc.path, 'interval');
  }

  /** "Varmuuskopioi nyt": unlike the automatic backups, a failure is reported to her. */
  async create(doc: OpenDoc): Promise<BackupEntry> {
    const id = await this.backUp(doc.db, doc.path, 'manual');
    return backupEntry(this.deps.backupDir, id, this.fileOptions());
  }

  /** The backups of a plan file, open or not (a damaged or even deleted one included). */
  list(path: string): BackupList {
    const planPath = planPathOf(path);
    return { planPath, backups: listBackups(this.deps.backupDir, planPath, this.fileOptions()) };
  }

  /** Copies a backup to a new plan file; returns the new file's real path. */
  restore(id: string, path: string): string {
    const given = absolute(path);
    const target = join(realPath(dirname(given)), basename(given));
    restoreBackupFile(this.deps.backupDir, id, target, this.fileOptions());
    return target;
  }

  private async quietly(db: Db, path: string, reason: BackupReason): Promise<void> {
    try {
      await this.backUp(db, path, reason);
    } catch {
      // A full disk or an unwritable data folder must not stop her opening or saving the plan.
    }
  }

  private backUp(db: Db, path: string, reason: BackupReason): Promise<string> {
    // Noted at once, so saves arriving while this backup is made do not queue more of them.
    this.lastBackup.set(path, this.deps.now().getTime());
    const previous = this.queued.get(path);
    const next = (previous ?? Promise.resolve('')).then(
      () => this.make(db, path, reason),
      () => this.make(db, path, reason),
    );
    this.queued.set(path, next);
    const forget = () => {
      if (this.queued.get(path) === next) this.queued.delete(path);
    };
    next.then(forget, forget);
    return next;
  }

  private async make(db: Db, path: string, reason: BackupReason): Promise<string> {
    const id = await backUpPlan(db, path, reason, {
      ...this.fileOptions(),
      backupDir: this.deps.backupDir,
      now: () => this.deps.now(),
    });
    try {
      pruneBackups(this.deps.backupDir, path, this.deps.now());
    } catch {
      // The backup is made; old ones are let go at the next backup instead.
    }
    return id;
  }

  private fileOptions() {
    return { nativeBinding: this.deps.nativeBinding };
  }
}
