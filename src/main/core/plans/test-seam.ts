import { realpathSync } from 'node:fs';
import type { Core } from '../core';
import type { Db } from '../db/plan-file';
import type { DocRegistry } from './registry';

/**
 * TEST SEAM, for tests only: the live SQLite connection of a plan a core has open, so a test can
 * make its disk "full" (`PRAGMA max_page_count`) while she types. It is not part of the Core
 * interface and no IPC channel reaches it; a test imports it next to `createCore`.
 */
const registries = new WeakMap<Core, DocRegistry>();

export function exposeRegistry(core: Core, registry: DocRegistry): Core {
  registries.set(core, registry);
  return core;
}

export function openPlanConnection(core: Core, path: string): Db {
  const doc = registries.get(core)?.byPath(realpathSync(path));
  if (!doc) throw new Error(`No plan open at ${path}`);
  return doc.db;
}
