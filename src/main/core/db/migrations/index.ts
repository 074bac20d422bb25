import { initial } from './001_initial';
import { checklist } from './002_checklist';
import { versions } from './003_versions';
import { exportsRecord } from './004_exports';
import { rounds } from './005_rounds';
import { planData } from './006_plan_data';
import { search } from './007_search';
import type { Migration } from './types';

/** Every schema step, oldest first. Append only: a released step is never edited. */
export const migrations: readonly Migration[] = [
  initial,
  checklist,
  versions,
  exportsRecord,
  rounds,
  planData,
  search,
];

/** The schema version this build of the app writes. */
export const SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
