import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanData } from '../../../shared/domain/plan-data';
import { ratioSets } from '../../../shared/staffing/ratio-sets';
import { migrations } from '../db/migrations';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { readPlanRatioSet } from './ratio-set';
import { readPlanData } from './read';
import { findStaffingRow, fteHundredths, saveStaffingRow } from './staffing';
import { dataPlan, providerInputOf, staffingInput, staffingInputOf } from './testing';

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

const kuraattori = (data: PlanData, rowIndex = 0) =>
  data.staffing.rows[rowIndex]!.figures.find((f) => f.profession === 'kuraattori')!;

describe('the providers register', () => {
  it('keeps providers in Finnish alphabetical order with their levels and stated need', async () => {
    const { provider } = await dataPlan(t);
    await provider({ name: 'Ähtärin kaupunki' });
    await provider({ name: 'Zeta Oy', kind: 'private', levels: ['vocational'] });
    const data = await provider({
      name: '  Keski-Uudenmaan   koulutuskuntayhtymä ',
      kind: 'jointAuthority',
      levels: ['vocational', 'upperSecondary', 'tuva', 'vocational'],
      language: 'both',
      planStatus: 'adopted',
      adoptedOn: '2025-06-12',
      planReference: 'https://keuda.fi/opiskeluhuolto.pdf',
      needText: 'Kuraattorin työaikaa tarvitaan lisää.',
      needFigures: [{ label: 'Kuraattorit', value: 2.5, unit: 'htv' }],
    });
    expect(data.providers.map((p) => [p.name, p.position])).toEqual([
      ['Keski-Uudenmaan koulutuskuntayhtymä', 0],
      ['Zeta Oy', 1],
      ['Ähtärin kaupunki', 2],
    ]);
    expect(data.providers[0]).toMatchObject({
      kind: 'jointAuthority',
      levels: ['upperSecondary', 'vocational', 'tuva'],
      language: 'both',
      planStatus: 'adopted',
      adoptedOn: '2025-06-12',
      needFigures: [{ label: 'Kuraattorit', value: 2.5, unit: 'htv' }],
    });
  });

  it('refuses a name taken, a date without adoption and a provider that is gone', async () => {
    const { docId, provider } = await dataPlan(t);
    const first = providerInputOf((await provider({ name: 'Keravan kaupunki' })).providers[0]!);
    const save = (input: object) =>
      t.error('providers.save', { docId, provider: { ...first, ...input } });
    await provider({ name: 'Tuusulan kunta' });
    const anew = { ...first };
    delete anew.id;
    expect(
      await t.error('providers.save', {
        docId,
        provider: { ...anew, name: 'keravan  KAUPUNKI' },
      }),
    ).toMatchObject({
      code: 'DUPLICATE_NAME',
    });
    expect(await save({ name: 'Tuusulan kunta' })).toMatchObject({ code: 'DUPLICATE_NAME' });
    expect(await save({ adoptedOn: '2025-01-01', planStatus: 'inPreparation' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(await save({ id: 'gone' })).toMatchObject({
      code: 'NOT_FOUND',
      details: { what: 'provider' },
    });
    expect(await t.error('providers.remove', { docId, providerId: 'gone' })).toMatchObject({
      code: 'NOT_FOUND',
      details: { what: 'provider' },
    });
    const data = await t.value<PlanData>('planData.get', { docId });
    expect(data.providers.map((p) => [p.name, p.planStatus])).toEqual([
      ['Keravan kaupunki', 'notStarted'],
      ['Tuusulan kunta', 'notStarted'],
    ]);
  });

  it('renames a provider; removing it leaves its staffing rows without the link', async () => {
    const { docId, provider, staffing } = await dataPlan(t);
    const { id } = (await provider({ name: 'Kerava' })).providers[0]!;
    const kerava = providerInputOf((await provider({ name: 'Kerava', id })).providers[0]!);
    await staffing({ area: 'Kerava', providerId: id, pupils: 100 });
    const renamed = await provider({ ...kerava, name: 'Keravan kaupunki' });
    expect(renamed.providers).toMatchObject([{ id, name: 'Keravan kaupunki' }]);
    const data = await t.value<PlanData>('providers.remove', { docId, providerId: id });
    expect(data.providers).toEqual([]);
    expect(data.staffing.rows).toMatchObject([{ area: 'Kerava', providerId: null }]);
  });
});

describe('the staffing table', () => {
  it('stores FTEs rounded half up to hundredths and computes each row', async () => {
    const { staffing } = await dataPlan(t);
    const data = await staffing({
      area: 'Kerava',
      pupils: 1000,
      fte: { kuraattori: 1.005, psykologi: 0.125, terveydenhoitaja: 2, laakari: null },
    });
    expect(data.staffing.rows[0]!.fte).toEqual({
      kuraattori: 1.01,
      psykologi: 0.13,
      terveydenhoitaja: 2,
      laakari: null,
    });
    // 1000 / 670 = 1.4925… → 1.50, short by 1.50 − 1.01.
    expect(kuraattori(data)).toMatchObject({ requiredFte: 1.5, shortfall: 0.49, met: false });
    expect(data.staffing.totals.map((total) => total.levelGroup)).toEqual(['basic', null]);
  });

  it('updates a row by id, refuses the same area and level twice, and removes', async () => {
    const { docId, staffing } = await dataPlan(t);
    const first = (await staffing({ area: 'Kerava', pupils: 670 })).staffing.rows[0]!;
    await staffing({ area: 'Kerava', level: 'upperSecondary', pupils: 300 });
    const row = staffingInputOf(first);
    const updated = await t.value<PlanData>('staffing.save', {
      docId,
      row: { ...row, fte: { ...row.fte, kuraattori: 1 } },
    });
    expect(kuraattori(updated)).toMatchObject({ fte: 1, met: true });
    expect(
      await t.error('staffing.save', { docId, row: staffingInput({ area: ' kerava ' }) }),
    ).toMatchObject({ code: 'DUPLICATE_NAME', details: { name: 'kerava' } });
    expect(
      await t.error('staffing.save', {
        docId,
        row: staffingInput({ area: 'Tuusula', providerId: 'nobody' }),
      }),
    ).toMatchObject({ code: 'NOT_FOUND', details: { what: 'provider' } });
    expect(
      await t.error('staffing.save', { docId, row: staffingInput({ id: 'gone', area: 'X' }) }),
    ).toMatchObject({ code: 'NOT_FOUND', details: { what: 'staffingRow' } });
    const removed = await t.value<PlanData>('staffing.remove', { docId, rowId: first.id });
    expect(removed.staffing.rows.map((r) => r.level)).toEqual(['upperSecondary']);
    expect(await t.error('staffing.remove', { docId, rowId: first.id })).toMatchObject({
      code: 'NOT_FOUND',
      details: { what: 'staffingRow' },
    });
  });

  it('finds a row by its area key and level', () => {
    const db = new Database(':memory:');
    try {
      for (const step of migrations) step.up(db);
      const id = saveStaffingRow(db, staffingInput({ area: 'Järvenpään  kaupunki' }));
      expect(findStaffingRow(db, ' järvenpään KAUPUNKI', 'basic')).toEqual({ id });
      expect(findStaffingRow(db, 'Järvenpään kaupunki', 'preschool')).toBeNull();
    } finally {
      db.close();
    }
    expect([1.005, 2.675, 0.125, 0.124, 3].map(fteHundredths)).toEqual([101, 268, 13, 12, 300]);
  });
});

describe('the ratio set', () => {
  it('starts with the statutory set and lists the whole catalogue', async () => {
    const { docId } = await dataPlan(t);
    const data = await t.value<PlanData>('planData.get', { docId });
    expect(data.staffing.ratioSet).toEqual(ratioSets.find((set) => set.id === 'ophl-2023'));
    expect(data.ratioSets.map((set) => set.id)).toEqual(['ophl-2023', 'tavoite-500']);
    expect(data.indicators).toEqual([]);
  });

  it('seeds in migration 006 exactly the catalogue figures', () => {
    const db = new Database(':memory:');
    try {
      for (const step of migrations) step.up(db);
      expect(readPlanRatioSet(db)).toEqual(ratioSets.find((set) => set.id === 'ophl-2023'));
    } finally {
      db.close();
    }
  });

  it("lists a plan's own set the app no longer knows among the catalogue's, newest first", () => {
    const db = new Database(':memory:');
    try {
      for (const step of migrations) step.up(db);
      db.prepare(
        "UPDATE plan_ratio_set SET id = 'vanha-2020', effective_from = '2020-01-01'",
      ).run();
      const data = readPlanData(db);
      expect(data.staffing.ratioSet.id).toBe('vanha-2020');
      expect(data.ratioSets.map((set) => set.id)).toEqual([
        'ophl-2023',
        'tavoite-500',
        'vanha-2020',
      ]);
    } finally {
      db.close();
    }
  });

  it('switches the plan to another set of the catalogue, refusing an unknown one', async () => {
    const { docId, staffing } = await dataPlan(t);
    await staffing({
      area: 'Kerava',
      pupils: 1000,
      fte: { ...staffingInput({ area: '' }).fte, kuraattori: 1.5 },
    });
    const switched = await t.value<PlanData>('staffing.setRatioSet', {
      docId,
      ratioSetId: 'tavoite-500',
    });
    expect(switched.staffing.ratioSet.id).toBe('tavoite-500');
    // 1000 / 500 = 2.00 against 1.5.
    expect(kuraattori(switched)).toMatchObject({
      ratio: 500,
      ratioKind: 'recommendation',
      requiredFte: 2,
      shortfall: 0.5,
      met: false,
    });
    expect(await t.error('staffing.setRatioSet', { docId, ratioSetId: 'ophl-2099' })).toMatchObject(
      { code: 'NOT_FOUND' },
    );
    const data = await t.value<PlanData>('planData.get', { docId });
    expect(data.staffing.ratioSet.id).toBe('tavoite-500');
  });
});
