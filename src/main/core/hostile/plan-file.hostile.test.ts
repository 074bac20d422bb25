import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OpenedPlan } from '../../../shared/ipc';
import { errorCodes, type ErrorCode } from '../../../shared/result';
import { writePlanAtVersion } from '../db/fixtures';
import {
  checkedCall,
  hostileRun,
  expectCleanAnswer,
  filesChanged,
  folderState,
  mutation,
  mutate,
  runs,
  seeded,
  timeout,
} from './harness';

/**
 * Plan files received by e-mail: a real plan (current schema, and schema 1, which is migrated on
 * open) with flipped bytes, truncated, with junk inserted, or a sound SQLite file with hostile
 * contents. Opening (`plan.open`) answers a Result with a file refusal or opens it; a refusal
 * writes nothing (the file, its companions, the backup folder); reading an opened one through
 * every read channel answers Results; the CLI's read-only `inspectPlan` never writes at all.
 */

/** What opening a plan file may be refused with. */
const openRefusals: readonly ErrorCode[] = ['NOT_A_PLAN', 'CORRUPT', 'NEWER_VERSION', 'IO'];
/** Reading a hostile but sound file may fail in any way that is a Result (INTERNAL included). */
const anyCode = errorCodes;

const HUGE = 'x'.repeat(2_000_000);
const DEEP_JSON = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
const hostileValue = fc.constantFrom<unknown>(
  null,
  '',
  -1,
  2 ** 53,
  1.5,
  HUGE,
  DEEP_JSON,
  '{',
  '{"root":{"type":"root","children":[{"type":"script","text":"<script>alert(1)</script>"}]}}',
  '{"root":null}',
  '{"__proto__":{"polluted":"yes"}}',
  Buffer.from([0, 1, 2, 255]),
);

/** Statements that make a sound SQLite plan hostile; a statement the schema refuses is skipped. */
const hostileStatement = fc.oneof(
  fc
    .record({
      table: fc.constantFrom('meta', 'sections', 'revisions', 'milestones', 'section_requirements'),
      column: fc.constantFrom(
        'title',
        'content',
        'plain_text',
        'parent_id',
        'position',
        'revision',
        'language',
        'period',
        'region',
        'kind',
        'requirement_id',
        'words',
        'id',
      ),
      value: hostileValue,
    })
    .map(({ table, column, value }) => ({
      sql: `UPDATE ${table} SET ${column} = ? WHERE rowid IN (SELECT rowid FROM ${table} LIMIT 2)`,
      params: [value],
    })),
  fc.constantFrom(
    { sql: 'UPDATE sections SET parent_id = id', params: [] },
    { sql: "UPDATE sections SET parent_id = 'goals-a' WHERE id = 'goals'", params: [] },
    { sql: 'UPDATE sections SET position = 0', params: [] },
    { sql: 'DELETE FROM meta', params: [] },
    { sql: 'DELETE FROM sections', params: [] },
    { sql: 'DROP TABLE revisions', params: [] },
    { sql: 'DROP TABLE milestones', params: [] },
    { sql: 'PRAGMA user_version = 0', params: [] },
    { sql: 'PRAGMA user_version = -7', params: [] },
    { sql: 'PRAGMA application_id = 0', params: [] },
    { sql: 'CREATE TABLE evil (x)', params: [] },
    { sql: 'CREATE VIEW outline AS SELECT 1', params: [] },
    {
      sql: "CREATE TRIGGER evil AFTER UPDATE ON sections BEGIN SELECT load_extension('/tmp/evil'); END",
      params: [],
    },
    {
      sql: 'CREATE TRIGGER wipe AFTER UPDATE ON sections BEGIN DELETE FROM revisions; END',
      params: [],
    },
  ),
);

type Hostile =
  | { kind: 'bytes'; seed: 'current' | 'v1'; bytes: Buffer }
  | {
      kind: 'contents';
      seed: 'current' | 'v1';
      statements: Array<{ sql: string; params: readonly unknown[] }>;
    };

const seedPaths = { current: '', v1: '' };
const seedBytes = { current: Buffer.alloc(0), v1: Buffer.alloc(0) };

const run = hostileRun((t) => {
  seedPaths.current = join(t.backupDir, '..', 'seed-current.opsu');
  seedPaths.v1 = join(t.backupDir, '..', 'seed-v1.opsu');
  writePlanAtVersion(seedPaths.current);
  writePlanAtVersion(seedPaths.v1, undefined, 1);
  seedBytes.current = readFileSync(seedPaths.current);
  seedBytes.v1 = readFileSync(seedPaths.v1);
});
const { t, figures } = run;

const which = fc.constantFrom('current' as const, 'v1' as const);
const hostilePlan: fc.Arbitrary<Hostile> = fc.oneof(
  fc
    .record({ seed: which, changes: fc.array(mutation, { minLength: 1, maxLength: 6 }) })
    .map(({ seed, changes }) => ({
      kind: 'bytes' as const,
      seed,
      bytes: mutate(seedBytes[seed], changes),
    })),
  fc.record({ seed: which, at: fc.nat() }).map(({ seed, at }) => ({
    kind: 'bytes' as const,
    seed,
    bytes: seedBytes[seed].subarray(0, at % seedBytes[seed].length),
  })),
  fc
    .record({ seed: which, statements: fc.array(hostileStatement, { minLength: 1, maxLength: 3 }) })
    .map(({ seed, statements }) => ({ kind: 'contents' as const, seed, statements })),
);

/** Writes the hostile plan to `path`: mutated bytes, or the seed with the statements run. */
function materialise(plan: Hostile, path: string): void {
  if (plan.kind === 'bytes') return writeFileSync(path, plan.bytes);
  copyFileSync(seedPaths[plan.seed], path);
  const db = new Database(path);
  try {
    for (const { sql, params } of plan.statements) {
      try {
        db.prepare(sql).run(...params);
      } catch {
        // The schema refused it (a constraint, a missing column): the file stays sound.
      }
    }
  } finally {
    db.close();
  }
}

/** Every channel that reads an open plan, with what it needs. */
function readCalls(opened: OpenedPlan): Array<[string, object]> {
  const docId = opened.docId;
  const sections = opened.outline.slice(0, 4).map((entry) => entry.id);
  return [
    ['outline.get', { docId }],
    ...sections.map((sectionId): [string, object] => ['section.get', { docId, sectionId }]),
    ...sections
      .slice(0, 1)
      .map((sectionId): [string, object] => ['history.list', { docId, sectionId }]),
    ['checklist.get', { docId }],
    ['versions.list', { docId }],
    ['milestones.list', { docId }],
    ['rounds.list', { docId }],
    ['respondents.list', { docId }],
    ['planData.get', { docId }],
    [
      'export.preview',
      {
        docId,
        versionId: null,
        language: 'fi',
        annexes: [],
        final: false,
        roundId: null,
        paragraphNumbers: false,
      },
    ],
  ];
}

describe('a broken or hostile plan file', () => {
  it(
    'is refused cleanly or opened and read, never written on a refusal',
    { timeout: timeout(120_000) },
    async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(hostilePlan, async (plan) => {
          const path = join(t.dir, `saatu-${n++}.opsu`);
          materialise(plan, path);
          figures.badInputs++;

          // The CLI's reading never writes, whatever the file holds.
          const before = folderState(run.roots);
          const inspected = await t.core.inspectPlan(path);
          run.meter.sample();
          expectCleanAnswer(inspected, anyCode, 'inspectPlan');
          const changedByInspect = filesChanged(before, folderState(run.roots));
          figures.bytesChanged += changedByInspect;
          expect(changedByInspect, 'inspectPlan wrote').toBe(0);

          const opened = await checkedCall(run, 'plan.open', { path }, openRefusals);
          if (!opened.ok) {
            figures.refusedCleanly++;
            return;
          }
          figures.accepted++;
          const value = opened.value as OpenedPlan;
          for (const [channel, input] of readCalls(value)) {
            await checkedCall(run, channel, input, anyCode);
          }
          await checkedCall(run, 'plan.close', { docId: value.docId }, []);
        }),
        { numRuns: runs(25), ...seeded(8_204) },
      );
      expect(figures.refusedCleanly).toBeGreaterThan(0);
      expect(figures.accepted).toBeGreaterThan(0);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(run.meter.growthMb()).toBeLessThan(300);
    },
  );
});
