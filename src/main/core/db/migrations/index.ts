import { initial } from './001_initial';
import { checklist } from './002_checklist';
import type { Migration } from './types';

/** Every schema step, oldest first. Append only: a released step is never edited. */
export const migrations: readonly Migration[] = [initial, checklist];

/** The schema version this build of the app writes. */
export const SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
