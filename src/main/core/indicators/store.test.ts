import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indicatorInput, indicatorOf } from '../../../shared/data-blocks/testing/plan-data';
import type { Db } from '../db/plan-file';
import { migrations } from '../db/migrations';
import { CoreError } from '../errors';
import { readIndicators } from './read';
import {
  addStarterIndicators,
  findIndicatorByName,
  removeIndicator,
  saveIndicator,
  setIndicatorValues,
} from './store';

let db: Db;
beforeEach(() => {
  db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const step of migrations) step.up(db);
});
afterEach(() => db.close());

const own = indicatorInput();

const codeOf = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    if (error instanceof CoreError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('did not fail');
};

describe('the indicator store', () => {
  it('reads an indicator with its values oldest first, the latest and the status', () => {
    const id = saveIndicator(db, own);
    setIndicatorValues(db, id, [
      { year: 2023, value: 11 },
      { year: 2019, value: 12 },
      { year: 2021, value: 14.5 },
    ]);
    expect(readIndicators(db)).toEqual([
      indicatorOf(own, {
        id,
        values: [
          { year: 2019, value: 12 },
          { year: 2021, value: 14.5 },
          { year: 2023, value: 11 },
        ],
        status: 'improving',
      }),
    ]);
  });

  it('replaces all values, refusing a year twice without writing any', () => {
    const id = saveIndicator(db, own);
    setIndicatorValues(db, id, [{ year: 2019, value: 12 }]);
    expect(
      codeOf(() =>
        setIndicatorValues(db, id, [
          { year: 2021, value: 9 },
          { year: 2021, value: 8 },
        ]),
      ),
    ).toEqual({ code: 'INVALID_INPUT', details: { issue: 'values: 2021 twice' } });
    setIndicatorValues(db, id, [{ year: 2023, value: 9 }]);
    expect(readIndicators(db)[0]).toMatchObject({
      values: [{ year: 2023, value: 9 }],
      status: 'met',
    });
    setIndicatorValues(db, id, []);
    expect(readIndicators(db)[0]).toMatchObject({ values: [], latest: null, status: 'noData' });
  });

  it('updates an indicator and keeps names unique whatever their case and spacing', () => {
    const id = saveIndicator(db, own);
    const other = saveIndicator(db, { ...own, name: 'Ahdistuneisuus', target: null });
    expect(
      codeOf(() => saveIndicator(db, { ...own, name: '  VAIKEA päästä   kuraattorille' })),
    ).toEqual({ code: 'DUPLICATE_NAME', details: { name: 'VAIKEA päästä kuraattorille' } });
    expect(codeOf(() => saveIndicator(db, { ...own, id: other }))).toMatchObject({
      code: 'DUPLICATE_NAME',
    });
    saveIndicator(db, { ...own, id, name: 'Vaikea  päästä kuraattorille ', better: 'higher' });
    expect(readIndicators(db).map((i) => [i.name, i.better, i.position])).toEqual([
      ['Vaikea päästä kuraattorille', 'higher', 0],
      ['Ahdistuneisuus', 'lower', 1],
    ]);
    expect(findIndicatorByName(db, 'vaikea päästä  KURAATTORILLE')).toEqual({ id });
    expect(findIndicatorByName(db, 'Kuraattori')).toBeNull();
  });

  it('says which indicator is missing', () => {
    const missing = { code: 'NOT_FOUND', details: { what: 'indicator' } };
    expect(codeOf(() => saveIndicator(db, { ...own, id: 'nope' }))).toEqual(missing);
    expect(codeOf(() => setIndicatorValues(db, 'nope', []))).toEqual(missing);
    expect(codeOf(() => removeIndicator(db, 'nope'))).toEqual(missing);
  });

  it('removes an indicator with its values and closes the gap in the order', () => {
    const first = saveIndicator(db, { ...own, name: 'Yksi' });
    const second = saveIndicator(db, { ...own, name: 'Kaksi' });
    const third = saveIndicator(db, { ...own, name: 'Kolme' });
    setIndicatorValues(db, second, [{ year: 2021, value: 3 }]);
    removeIndicator(db, second);
    expect(readIndicators(db).map((i) => [i.id, i.position])).toEqual([
      [first, 0],
      [third, 1],
    ]);
    expect(db.prepare('SELECT count(*) FROM indicator_values').pluck().get()).toBe(0);
  });

  it('adds starter entries in the language given, once each, after the others', () => {
    saveIndicator(db, own);
    addStarterIndicators(db, ['ktk-ahdistuneisuus', 'oma-oppilaita-per-kuraattori'], 'sv');
    addStarterIndicators(db, ['ktk-ahdistuneisuus', 'ktk-ahdistuneisuus'], 'fi');
    const indicators = readIndicators(db);
    expect(indicators.map((i) => [i.name, i.starterKey, i.position])).toEqual([
      ['Vaikea päästä kuraattorille', null, 0],
      ['Måttlig eller svår ångest', 'ktk-ahdistuneisuus', 1],
      ['Elever och studerande per kuratorsårsverke', 'oma-oppilaita-per-kuraattori', 2],
    ]);
    expect(indicators[2]).toMatchObject({
      source: 'own',
      unit: 'elever / åv',
      better: 'lower',
      area: '',
      group: 'alla stadier',
      baseline: null,
      target: null,
      status: 'noData',
    });
    expect(indicators[2]!.note).toContain('670');
  });

  it('refuses an unknown key or a name already taken, adding none of the list', () => {
    expect(codeOf(() => addStarterIndicators(db, ['ktk-ahdistuneisuus', 'x'], 'fi'))).toEqual({
      code: 'INVALID_INPUT',
      details: { issue: 'keys: unknown x' },
    });
    expect(readIndicators(db)).toEqual([]);
    saveIndicator(db, { ...own, name: 'kohtalainen tai vaikea ahdistuneisuus' });
    const add = db.transaction(() =>
      addStarterIndicators(db, ['ktk-terveydentila', 'ktk-ahdistuneisuus'], 'fi'),
    );
    expect(codeOf(() => add())).toEqual({
      code: 'DUPLICATE_NAME',
      details: { name: 'Kohtalainen tai vaikea ahdistuneisuus' },
    });
    expect(readIndicators(db)).toHaveLength(1);
  });
});
