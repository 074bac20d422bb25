import Database from 'better-sqlite3';
import canonicalize from 'canonicalize';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanData } from '../../../shared/domain/plan-data';
import type { VersionSnapshot, VersionSummary } from '../../../shared/domain/versions';
import type { OpenedPlan } from '../../../shared/ipc';
import { dataPlan, staffingInput } from '../plan-data/testing';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { digestOf } from './snapshot';

/** Snapshot format 2: a version keeps the plan's data as it was when frozen. */

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

async function frozenPlan() {
  const setup = await dataPlan(t);
  const row = staffingInput({
    area: 'Kerava',
    pupils: 1340,
    fte: { kuraattori: 1, psykologi: 2, terveydenhoitaja: 3, laakari: 1 },
  });
  const saved = await setup.staffing(row);
  const version = await t.value<VersionSummary>('versions.create', {
    docId: setup.docId,
    label: 'Luonnos',
  });
  const get = () =>
    t.value<VersionSnapshot>('versions.get', { docId: setup.docId, versionId: version.id });
  return { ...setup, row: { ...row, id: saved.staffing.rows[0]!.id }, version, get };
}

const kuraattori = (data: PlanData | null) =>
  data!.staffing.rows[0]!.figures.find((f) => f.profession === 'kuraattori')!;

describe('the data frozen with a version', () => {
  it('keeps the figures of the version when the staffing changes afterwards', async () => {
    const { docId, row, get } = await frozenPlan();
    const changed = await t.value<PlanData>('staffing.save', {
      docId,
      row: { ...row, fte: { ...row.fte, kuraattori: 2 } },
    });
    // 1340 / 670 = 2.00 required: short by 1.00 in the version, met now.
    expect(kuraattori(changed)).toMatchObject({ fte: 2, shortfall: 0, met: true });
    const frozen = await get();
    expect(frozen.digestOk).toBe(true);
    expect(frozen.data!.staffing.rows[0]!.fte.kuraattori).toBe(1);
    expect(kuraattori(frozen.data)).toMatchObject({ fte: 1, shortfall: 1, met: false });
    expect(frozen.data!.staffing.ratioSet.id).toBe('ophl-2023');
  });

  it('reads and verifies a version frozen as format 1, without data', async () => {
    const { docId, plan, version } = await frozenPlan();
    await t.value('plan.close', { docId });
    // The version as an older Suunta froze it: no data, format 1, its own digest.
    const db = new Database(plan.path);
    const { snapshot } = db
      .prepare('SELECT snapshot FROM versions WHERE id = ?')
      .get(version.id) as { snapshot: string };
    const old = JSON.parse(snapshot) as Record<string, unknown>;
    delete old.data;
    const text = canonicalize({ ...old, format: 1 })!;
    db.prepare('UPDATE versions SET snapshot = ?, digest = ? WHERE id = ?').run(
      text,
      digestOf(text),
      version.id,
    );
    db.close();
    expect(await t.core.verifyPlan(plan.path)).toMatchObject({
      ok: true,
      value: { versions: [{ ok: true }] },
    });
    const reopened = await t.value<OpenedPlan>('plan.open', { path: plan.path });
    const frozen = await t.value<VersionSnapshot>('versions.get', {
      docId: reopened.docId,
      versionId: version.id,
    });
    expect(frozen).toMatchObject({ digestOk: true, data: null });
    expect(frozen.sections.length).toBeGreaterThan(0);
  });
});
