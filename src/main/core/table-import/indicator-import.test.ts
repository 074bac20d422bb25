import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indicatorInput } from '../../../shared/data-blocks/testing/plan-data';
import type {
  IndicatorColumns,
  IndicatorImportPreview,
  IndicatorInput,
  PlanData,
} from '../../../shared/domain/plan-data';
import { dataPlan } from '../plan-data/testing';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { indicatorLongRows, indicatorWideRows, tableCsv, tableXlsx, writeTable } from './fixtures';
import { recogniseIndicatorColumns } from './indicator-columns';

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
});
afterEach(() => t.dispose());

type Committed = { report: { added: number; updated: number; unplaced: string[] }; data: PlanData };

const bullying = indicatorInput({
  name: 'Koulukiusattuna vähintään kerran viikossa',
  baseline: { year: 2019, value: 6.8 },
  target: { year: 2025, value: 5 },
});

/** A plan with indicators, and the import channels for it. */
async function importer(...indicators: IndicatorInput[]) {
  const { docId } = await dataPlan(t);
  let data: PlanData | null = null;
  for (const indicator of indicators) {
    data = await t.value<PlanData>('indicators.save', { docId, indicator });
  }
  const ids = (data?.indicators ?? []).map((indicator) => indicator.id);
  const preview = (path: string, indicatorId: string | null, columns?: IndicatorColumns) =>
    t.value<IndicatorImportPreview>('indicators.importPreview', {
      docId,
      path,
      indicatorId,
      ...(columns ? { columns } : {}),
    });
  const commitInput = (previewed: IndicatorImportPreview, indicatorId: string | null) => ({
    docId,
    path: previewed.file.path,
    digest: previewed.file.digest,
    indicatorId,
    columns: previewed.columns!,
  });
  const commit = async (path: string, indicatorId: string | null) =>
    t.value<Committed>(
      'indicators.importCommit',
      commitInput(await preview(path, indicatorId), indicatorId),
    );
  const values = async (id: string) =>
    (await t.value<PlanData>('planData.get', { docId })).indicators.find((i) => i.id === id)!
      .values;
  return { docId, ids, preview, commitInput, commit, values };
}

describe('indicator columns', () => {
  it('recognises long and wide THL exports in Finnish, Swedish and English', () => {
    expect(recogniseIndicatorColumns(indicatorLongRows[0]!, false).columns).toEqual({
      indicator: 0,
      area: 1,
      year: 2,
      value: 3,
      yearColumns: [],
    });
    expect(recogniseIndicatorColumns(['Indikator', 'Område', 'År', 'Värde', 'Kön'], false)).toEqual(
      {
        columns: { indicator: 0, area: 1, year: 2, value: 3, yearColumns: [] },
        missing: null,
        unplaced: ['Kön'],
      },
    );
    expect(recogniseIndicatorColumns(['Region', 'Year', 'Value (%)'], true).columns).toEqual({
      indicator: null,
      area: 0,
      year: 1,
      value: 2,
      yearColumns: [],
    });
    expect(recogniseIndicatorColumns(indicatorWideRows[0]!, true).columns).toEqual({
      indicator: null,
      area: 0,
      year: null,
      value: null,
      yearColumns: [
        { column: 1, year: 2019 },
        { column: 2, year: 2021 },
        { column: 3, year: 2023 },
      ],
    });
  });

  it('says what is missing: the indicator unless one is chosen, then the year or value', () => {
    expect(recogniseIndicatorColumns(['Alue', 'Vuosi', 'Arvo'], false)).toMatchObject({
      columns: null,
      missing: 'indicator',
    });
    expect(recogniseIndicatorColumns(['Alue', 'Arvo'], true).missing).toBe('year');
    expect(recogniseIndicatorColumns(['Alue', 'Vuosi'], true).missing).toBe('value');
  });
});

describe('indicator values import', { timeout: 60_000 }, () => {
  it('imports a long export by indicator name, skipping other areas and unknown names', async () => {
    const { ids, preview, commitInput, values } = await importer(bullying);
    const path = writeTable(t.dir, 'thl.csv', tableCsv(indicatorLongRows));
    const previewed = await preview(path, null);
    expect(previewed.issues).toEqual([]);
    expect(previewed.skipped).toEqual([
      { row: 4, reason: 'otherArea' },
      { row: 6, reason: 'unknownIndicator' },
    ]);
    // 2023 is THL's ".." (no figure): no value, no error.
    expect(previewed.values).toEqual([
      {
        indicatorId: ids[0],
        name: bullying.name,
        values: [
          { year: 2019, value: 6.8 },
          { year: 2021, value: 7.1 },
        ],
        changed: 2,
      },
    ]);
    const { report } = await t.value<Committed>(
      'indicators.importCommit',
      commitInput(previewed, null),
    );
    expect(report).toEqual({ added: 2, updated: 0, unplaced: [] });
    expect(await values(ids[0]!)).toEqual([
      { year: 2019, value: 6.8 },
      { year: 2021, value: 7.1 },
    ]);
  });

  it('merges a wide export into the chosen indicator: its years replaced, others kept', async () => {
    const { docId, ids, preview, commit, values } = await importer(bullying);
    await t.value('indicators.setValues', {
      docId,
      indicatorId: ids[0],
      values: [
        { year: 2017, value: 5.9 },
        { year: 2019, value: 7 },
      ],
    });
    const path = writeTable(t.dir, 'leveä.csv', tableCsv(indicatorWideRows));
    const previewed = await preview(path, ids[0]!);
    expect(previewed.skipped).toEqual([{ row: 2, reason: 'otherArea' }]);
    expect(previewed.values[0]).toMatchObject({ name: bullying.name, changed: 3 });
    const { report } = await commit(path, ids[0]!);
    expect(report).toEqual({ added: 2, updated: 1, unplaced: [] });
    expect(await values(ids[0]!)).toEqual([
      { year: 2017, value: 5.9 },
      { year: 2019, value: 18.2 },
      { year: 2021, value: 19.9 },
      { year: 2023, value: 21.35 },
    ]);
  });

  it('takes every row when the indicator has no area, and reads an Excel workbook', async () => {
    const own = { ...bullying, name: 'Kuraattorin vastaanotolle viikossa', area: '' };
    const { ids, commit, values } = await importer(own);
    const path = writeTable(
      t.dir,
      'oma.xlsx',
      await tableXlsx([
        ['Vuosi', 'Osuus (%)'],
        [2024, 81.5],
        [2025, '84,25'],
      ]),
    );
    expect((await commit(path, ids[0]!)).report.added).toBe(2);
    expect(await values(ids[0]!)).toEqual([
      { year: 2024, value: 81.5 },
      { year: 2025, value: 84.25 },
    ]);
  });

  it('lists unreadable cells and years twice; a commit then writes nothing', async () => {
    const { ids, preview, commitInput, values } = await importer(bullying);
    const path = writeTable(
      t.dir,
      'virheet.csv',
      tableCsv([
        ['Vuosi', 'Arvo'],
        ['2019', 'n/a'],
        ['vuosi 2021', '7,0'],
        ['2023', '7,5'],
        ['2023', '7,6'],
        ['', '3'],
      ]),
    );
    const previewed = await preview(path, ids[0]!);
    expect(previewed.issues).toEqual([
      { row: 2, column: 'Arvo', value: 'n/a', problem: 'notANumber' },
      { row: 3, column: 'Vuosi', value: 'vuosi 2021', problem: 'notANumber' },
      { row: 5, column: 'Vuosi', value: '2023', problem: 'duplicate' },
      { row: 6, column: 'Vuosi', value: '', problem: 'empty' },
    ]);
    expect(await t.error('indicators.importCommit', commitInput(previewed, ids[0]!))).toMatchObject(
      { code: 'INVALID_DATA', details: { row: 2, column: 'Arvo', value: 'n/a' } },
    );
    expect(await values(ids[0]!)).toEqual([]);
  });

  it('refuses a missing column, an unknown indicator and a changed file', async () => {
    const { docId, ids, preview, commitInput } = await importer(bullying);
    const path = writeTable(t.dir, 'arvot.csv', tableCsv([['Alue', 'Vuosi', 'Arvo']]));
    const previewed = await preview(path, null);
    expect(previewed).toMatchObject({ columns: null, values: [], issues: [] });
    const columns = { indicator: null, area: 0, year: 1, value: 2, yearColumns: [] };
    const digest = previewed.file.digest;
    const commit = (input: object) =>
      t.error('indicators.importCommit', { docId, path, digest, columns, ...input });
    expect(await commit({ indicatorId: null })).toMatchObject({
      code: 'MISSING_COLUMN',
      details: { column: 'indicator' },
    });
    expect(await commit({ indicatorId: 'gone' })).toMatchObject({
      code: 'NOT_FOUND',
      details: { what: 'indicator' },
    });
    const chosen = await preview(path, ids[0]!);
    writeTable(
      t.dir,
      'arvot.csv',
      tableCsv([
        ['Alue', 'Vuosi', 'Arvo'],
        ['X', '2020', '1'],
      ]),
    );
    expect(await t.error('indicators.importCommit', commitInput(chosen, ids[0]!))).toMatchObject({
      code: 'SOURCE_CHANGED',
    });
  });
});
