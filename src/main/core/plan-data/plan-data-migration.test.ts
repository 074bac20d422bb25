import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanData } from '../../../shared/domain/plan-data';
import type { BackupList } from '../../../shared/domain/backups';
import type { OpenedPlan } from '../../../shared/ipc';
import { readRows, samplePlan, writePlanAtVersion } from '../db/fixtures';
import { SCHEMA_VERSION } from '../db/migrations';
import { planData } from '../db/migrations/006_plan_data';
import { makeTestCore, type TestCore } from '../testing/test-core';

/** Schema 6: the plan's numbers, added to older files with the default ratio set. */

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

describe('migration 006: the plan data', () => {
  it('is the current schema step', () => {
    expect(planData.version).toBe(6);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(6);
  });

  it('gives a schema-5 file the default ratio set and empty tables, keeping its content', async () => {
    const path = join(t.dir, 'old.opsu');
    writePlanAtVersion(path, samplePlan, 5);
    const sectionsBefore = readRows(path, 'SELECT id, content, revision FROM sections ORDER BY id');
    const plan = await t.value<OpenedPlan>('plan.open', { path });
    const data = await t.value<PlanData>('planData.get', { docId: plan.docId });
    expect(data.staffing.ratioSet.id).toBe('ophl-2023');
    expect(data.providers).toEqual([]);
    expect(data.staffing.rows).toEqual([]);
    await t.value('plan.close', { docId: plan.docId });
    expect(readRows(path, 'PRAGMA user_version')).toEqual([{ user_version: SCHEMA_VERSION }]);
    expect(readRows(path, 'SELECT id, content, revision FROM sections ORDER BY id')).toEqual(
      sectionsBefore,
    );
    const { backups } = await t.value<BackupList>('backups.listForFile', { path });
    expect(backups).toContainEqual(
      expect.objectContaining({ reason: 'migration', schemaVersion: 5, intact: true }),
    );
  });
});
