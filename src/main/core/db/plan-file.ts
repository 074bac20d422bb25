import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, mkdirSync, renameSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupReason } from '../../../shared/domain/backups';
import { backupFileName, PARTIAL_SUFFIX, planBackupFolder } from '../backups/naming';
import { CoreError, asCoreError } from '../errors';
import { APPLICATION_ID, checkHeader, withRollbackHeader } from './header';
import { migrations as releasedMigrations } from './migrations';
import type { Migration } from './migrations/types';

export type Db = Database.Database;

/**
 * How long a statement waits for a lock held by another connection. Short on purpose: a plan is
 * only ever locked by another Suunta (app or CLI) that keeps it, so waiting longer only delays the
 * LOCKED message.
 */
const BUSY_TIMEOUT_MS = 150;

export interface PlanFileOptions {
  /** Schema steps; the released list unless a test brings its own. */
  migrations?: readonly Migration[];
  /** better-sqlite3's compiled addon, when not the one in node_modules (see CoreDeps). */
  nativeBinding?: string | undefined;
}

/** A better-sqlite3 connection with the addon the shell chose. */
function connect(
  file: string | Buffer,
  options: PlanFileOptions,
  settings: Database.Options = {},
): Db {
  return new Database(
    file,
    options.nativeBinding === undefined
      ? settings
      : { ...settings, nativeBinding: options.nativeBinding },
  );
}

export interface BackupOptions extends PlanFileOptions {
  /** The app's backup folder; each plan has its own folder in it (see backups/naming.ts). */
  backupDir: string;
  now(): Date;
}

export interface OpenOptions extends BackupOptions {
  appVersion: string;
}

const targetVersion = (steps: readonly Migration[]): number => steps[steps.length - 1]!.version;

/** better-sqlite3 trims file names; a path with surrounding spaces would open another file. */
function assertOpenable(path: string): void {
  if (path !== path.trim()) {
    throw new CoreError('INVALID_INPUT', { issue: 'path: leading or trailing spaces' });
  }
}

function assertPlainFile(path: string): void {
  if (!statSync(path).isFile()) throw new CoreError('NOT_A_PLAN', { path });
}

/**
 * The checks made through SQLite on a connection that is already open: our application id, a
 * schema this app knows, and an intact file. Returns the file's schema version.
 */
function verify(db: Db, path: string, appSchemaVersion: number, deep: boolean): number {
  if (db.pragma('application_id', { simple: true }) !== APPLICATION_ID) {
    throw new CoreError('NOT_A_PLAN', { path });
  }
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > appSchemaVersion) {
    throw new CoreError('NEWER_VERSION', {
      path,
      fileVersion: version,
      appVersion: appSchemaVersion,
    });
  }
  // Only create() writes our application id, and always together with a schema version.
  if (version < 1) throw new CoreError('CORRUPT', { path });
  if (deep && db.pragma('quick_check', { simple: true }) !== 'ok') {
    throw new CoreError('CORRUPT', { path });
  }
  return version;
}

function openReadOnly(path: string, options: PlanFileOptions): Db {
  const db = connect(path, options, {
    readonly: true,
    fileMustExist: true,
    timeout: BUSY_TIMEOUT_MS,
  });
  db.pragma('trusted_schema = OFF');
  return db;
}

/**
 * Opens a file read-only after checking it without writing anything: it exists and is a regular
 * file, it is a SQLite database with our application id, its schema is not newer than `target`,
 * and it is intact. `use` gets the connection and the file's schema version; errors name the file.
 */
function withCheckedReader<T>(
  path: string,
  options: PlanFileOptions,
  target: number,
  use: (db: Db, version: number) => T,
): T {
  try {
    assertOpenable(path);
    assertPlainFile(path);
    checkHeader(path, target);
    const db = openReadOnly(path, options);
    try {
      return use(db, verify(db, path, target, true));
    } finally {
      db.close();
    }
  } catch (error) {
    throw asCoreError(error, path);
  }
}

/** Checks a file as `withCheckedReader` does and returns its schema version. */
export function probePlanFile(path: string, options: PlanFileOptions = {}): number {
  const target = targetVersion(options.migrations ?? releasedMigrations);
  return withCheckedReader(path, options, target, (_db, version) => version);
}

function runMigrations(db: Db, from: number, steps: readonly Migration[], appVersion: string) {
  // Steps may rebuild tables, which foreign keys would forbid; the check below replaces them.
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const step of steps) if (step.version > from) step.up(db);
      if ((db.pragma('foreign_key_check') as unknown[]).length > 0) {
        throw new Error('foreign_key_check failed');
      }
      db.pragma(`user_version = ${targetVersion(steps)}`);
      db.prepare('UPDATE meta SET app_version = ?').run(appVersion);
    })();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

/**
 * Copies an open plan, as it is, into its backup folder with SQLite's online backup API: a closed,
 * self-contained plan file (rollback journal) that gets a backup's name only once complete, so a
 * crash midway leaves no half-made backup to offer. Returns the backup's id.
 */
export async function backUpPlan(
  db: Db,
  path: string,
  reason: BackupReason,
  options: BackupOptions,
): Promise<string> {
  const folder = planBackupFolder(options.backupDir, path);
  mkdirSync(folder, { recursive: true });
  const instant = options.now();
  const partial = join(folder, `${backupFileName(instant, reason)}${PARTIAL_SUFFIX}`);
  try {
    await db.backup(partial);
    const copy = connect(partial, options, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    let copyNumber = 1;
    while (exists(join(folder, backupFileName(instant, reason, copyNumber)))) copyNumber += 1;
    const name = backupFileName(instant, reason, copyNumber);
    publish(partial, join(folder, name));
    return `${basename(folder)}/${name}`;
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    throw error;
  }
}

/**
 * Opens a plan for writing, after `probePlanFile` found it sound. Exclusive locking is set before
 * WAL, so the connection holds the file's lock for as long as it is open: a second app instance or
 * the CLI gets SQLITE_BUSY (LOCKED), never a second writer. An older file is backed up and then
 * migrated in one transaction.
 */
export async function openPlanFile(path: string, options: OpenOptions): Promise<Db> {
  const steps = options.migrations ?? releasedMigrations;
  const target = targetVersion(steps);
  probePlanFile(path, options);
  let db: Db | undefined;
  try {
    db = connect(path, options, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    db.pragma('trusted_schema = OFF');
    db.pragma('locking_mode = EXCLUSIVE');
    if (db.pragma('journal_mode = WAL', { simple: true }) !== 'wal') {
      throw new CoreError('IO', { reason: 'WAL unavailable' });
    }
    // FULL: a save reported as done survives a power cut too. Saves come at most once a second,
    // so the extra fsync per commit costs nothing the user can notice.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    // Checked again under the lock: the file may have changed since the probe.
    const version = verify(db, path, target, false);
    if (version < target) {
      await backUpPlan(db, path, 'migration', options);
      runMigrations(db, version, steps, options.appVersion);
    }
    return db;
  } catch (error) {
    db?.close();
    throw asCoreError(error, path);
  }
}

/**
 * Closes a plan opened by `openPlanFile`. The WAL is folded back and the file returned to a
 * rollback journal, so a closed plan is one self-contained file: it can be copied or mailed as is,
 * and opened read-only (CLI `info`, read-only media) without SQLite creating `-wal`/`-shm` files.
 */
export function closePlanFile(db: Db): void {
  try {
    db.pragma('journal_mode = DELETE');
  } catch {
    // Still a complete plan: closing below checkpoints the WAL into the file.
  } finally {
    db.close();
  }
}

/**
 * Reads a plan without opening it for writing: no lock kept, no journal-mode change, not a byte
 * written. An older file is brought up to date in a memory copy for reading.
 */
export function readPlanFile<T>(
  path: string,
  /** Gets the (possibly migrated) reader and the schema version of the file on disk. */
  read: (db: Db, fileVersion: number) => T,
  options: PlanFileOptions = {},
): T {
  const steps = options.migrations ?? releasedMigrations;
  return withCheckedReader(path, options, targetVersion(steps), (db, version) => {
    if (version === targetVersion(steps)) return read(db, version);
    const copy = connect(withRollbackHeader(db.serialize()), options);
    try {
      // The copy lives in memory only; the version it records is never stored anywhere.
      runMigrations(copy, version, steps, 'in-memory');
      return read(copy, version);
    } finally {
      copy.close();
    }
  });
}

const linkUnsupported = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EXDEV', 'ENOSYS']);

/** Moves the finished temporary file to `path`, never replacing a file that appeared meanwhile. */
export function publish(temporary: string, path: string): void {
  try {
    linkSync(temporary, path);
    unlinkSync(temporary);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    // Some file systems (FAT, some network shares) have no hard links.
    if (!linkUnsupported.has(code)) throw error;
    if (exists(path)) throw new CoreError('FILE_EXISTS', { path });
    renameSync(temporary, path);
  }
}

export function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Creates a new plan file at `path` (which must not exist): the schema, our application id and
 * whatever `fill` writes, in one transaction, in a temporary file beside the target that is moved
 * into place only when complete. A failure leaves nothing behind.
 */
export function createPlanFile(
  path: string,
  fill: (db: Db) => void,
  options: PlanFileOptions = {},
): void {
  const steps = options.migrations ?? releasedMigrations;
  const temporary = join(dirname(path), `.suunta-${randomBytes(6).toString('hex')}.tmp`);
  let db: Db | undefined;
  try {
    assertOpenable(path);
    if (exists(path)) throw new CoreError('FILE_EXISTS', { path });
    if (!statSync(dirname(path)).isDirectory()) {
      throw new CoreError('FILE_NOT_FOUND', { path: dirname(path) });
    }
    db = connect(temporary, options);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.transaction(() => {
      for (const step of steps) step.up(db!);
      db!.pragma(`application_id = ${APPLICATION_ID}`);
      db!.pragma(`user_version = ${targetVersion(steps)}`);
      fill(db!);
    })();
    db.close();
    db = undefined;
    publish(temporary, path);
  } catch (error) {
    db?.close();
    rmSync(temporary, { force: true });
    rmSync(`${temporary}-journal`, { force: true });
    throw asCoreError(error, path);
  }
}
