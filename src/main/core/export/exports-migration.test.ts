import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupList } from '../../../shared/domain/backups';
import type { OpenedPlan } from '../../../shared/ipc';
import { samplePlan, writePlanAtVersion, readRows } from '../db/fixtures';
import { SCHEMA_VERSION } from '../db/migrations';
import { exportsRecord } from '../db/migrations/004_exports';
import { makeTestCore, type TestCore } from '../testing/test-core';

/** Schema 4: the record of exports, added to older files without touching anything else. */

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

describe('migration 004: exports', () => {
  it('is the current schema step', () => {
    expect(exportsRecord.version).toBe(4);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(4);
  });

  it('gives a schema-3 file an empty record, after a backup, keeping its content', async () => {
    const path = join(t.dir, 'old.opsu');
    writePlanAtVersion(path, samplePlan, 3);
    const sectionsBefore = readRows(path, 'SELECT id, content FROM sections ORDER BY id');
    const plan = await t.value<OpenedPlan>('plan.open', { path });
    await t.value('plan.close', { docId: plan.docId });
    expect(readRows(path, 'PRAGMA user_version')).toEqual([{ user_version: SCHEMA_VERSION }]);
    expect(readRows(path, 'SELECT * FROM exports')).toEqual([]);
    expect(readRows(path, 'SELECT id, content FROM sections ORDER BY id')).toEqual(sectionsBefore);
    const { backups } = await t.value<BackupList>('backups.listForFile', { path });
    expect(backups).toContainEqual(
      expect.objectContaining({ reason: 'migration', schemaVersion: 3, intact: true }),
    );
  });

  it('keeps the exports of a schema-4 file and refuses rows that are not digests', () => {
    const path = join(t.dir, 'v4.opsu');
    writePlanAtVersion(path, samplePlan, 4);
    expect(readRows(path, 'SELECT format, final, language FROM exports')).toEqual([
      { format: 'pdf', final: 0, language: 'fi' },
    ]);
    const db = new Database(path);
    try {
      const insert = db.prepare(
        `INSERT INTO exports (id, format, path, exported_at, content_digest, file_digest, final, language)
         VALUES (?, ?, '/x', '2026-01-01T00:00:00Z', ?, ?, 0, 'fi')`,
      );
      expect(() => insert.run('e2', 'pdf', 'not hex', 'b'.repeat(64))).toThrow(/CHECK/);
      expect(() => insert.run('e3', 'odt', 'a'.repeat(64), 'b'.repeat(64))).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
