import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Round } from '../../../shared/domain/rounds';
import type { BackupList } from '../../../shared/domain/backups';
import type { OpenedPlan } from '../../../shared/ipc';
import { samplePlan, writePlanAtVersion, readRows } from '../db/fixtures';
import { SCHEMA_VERSION } from '../db/migrations';
import { rounds } from '../db/migrations/005_rounds';
import { makeTestCore, type TestCore } from '../testing/test-core';

/** Schema 5: comment rounds, added to older files without touching anything else. */

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

const roundTables = [
  'comment_imports',
  'comments',
  'questions',
  'respondent_aliases',
  'respondents',
  'round_invitees',
  'rounds',
];

describe('migration 005: comment rounds', () => {
  it('is the current schema step', () => {
    expect(rounds.version).toBe(5);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(5);
  });

  it('gives a schema-4 file empty round tables, after a backup, keeping its content', async () => {
    const path = join(t.dir, 'old.opsu');
    writePlanAtVersion(path, samplePlan, 4);
    const sectionsBefore = readRows(path, 'SELECT id, content, revision FROM sections ORDER BY id');
    const exportsBefore = readRows(path, 'SELECT * FROM exports');
    const plan = await t.value<OpenedPlan>('plan.open', { path });
    const docId = plan.docId;
    expect(await t.value('rounds.list', { docId })).toEqual([]);
    expect(await t.value('respondents.list', { docId })).toEqual([]);
    const round = await t.value<Round>('rounds.create', {
      docId,
      title: 'Kierros',
      versionId: null,
    });
    expect(round.versionNumber).toBe(1);
    await t.value('plan.close', { docId });
    expect(readRows(path, 'PRAGMA user_version')).toEqual([{ user_version: SCHEMA_VERSION }]);
    const tables = readRows<{ name: string }>(
      path,
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    ).map((row) => row.name);
    expect(tables).toEqual(expect.arrayContaining(roundTables));
    expect(readRows(path, 'SELECT id, content, revision FROM sections ORDER BY id')).toEqual(
      sectionsBefore,
    );
    expect(readRows(path, 'SELECT * FROM exports')).toEqual(exportsBefore);
    const { backups } = await t.value<BackupList>('backups.listForFile', { path });
    expect(backups).toContainEqual(
      expect.objectContaining({ reason: 'migration', schemaVersion: 4, intact: true }),
    );
  });

  it('refuses rows the rules forbid, whoever writes them', () => {
    const path = join(t.dir, 'v5.opsu');
    writePlanAtVersion(path, samplePlan, 5);
    const db = new Database(path);
    try {
      db.exec(`
        INSERT INTO versions (id, number, label, kind, note, created_at, created_by, digest, snapshot)
          VALUES ('v1', 1, 'Kierros', 'round', '', '2026-01-01T00:00:00Z', '', '${'a'.repeat(64)}', '{}');
        INSERT INTO respondents (id, name, name_key, kind, created_at)
          VALUES ('r1', 'Kerava', 'kerava', 'municipality', '2026-01-01T00:00:00Z');
        INSERT INTO rounds (id, title, title_key, version_id, created_at)
          VALUES ('k1', 'Kierros', 'kierros', 'v1', '2026-01-01T00:00:00Z');
      `);
      const comment = db.prepare(
        `INSERT INTO comments (id, round_id, number, respondent_id, text, kind, source, created_at,
           resolution, response, quote_exact, proposal)
         VALUES (?, 'k1', ?, 'r1', ?, ?, 'manual', '2026-01-01T00:00:00Z', ?, ?, ?, ?)`,
      );
      expect(() => comment.run('c1', 1, 'x', 'comment', 'accepted', ' ', null, null)).toThrow(
        /CHECK/,
      );
      expect(() => comment.run('c2', 1, '', 'change', 'open', '', null, 'uusi')).toThrow(/CHECK/);
      expect(() => comment.run('c3', 1, ' ', 'comment', 'open', '', null, null)).toThrow(/CHECK/);
      comment.run('c4', 1, 'x', 'comment', 'open', '', null, null);
      expect(() => comment.run('c5', 1, 'y', 'comment', 'open', '', null, null)).toThrow(/UNIQUE/);
      expect(() =>
        db
          .prepare(
            `UPDATE rounds SET opens_on = '2026-09-02', closes_on = '2026-09-01' WHERE id = 'k1'`,
          )
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});
