import type { Database } from 'better-sqlite3';

/**
 * One step of the plan file's schema. Released migrations never change: a file made by any earlier
 * version is brought up to date by running every later step, in order, in one transaction.
 */
export interface Migration {
  /** The `user_version` the file has after this step. */
  version: number;
  up(db: Database): void;
}
