import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  PlanData,
  StaffingColumns,
  StaffingImportPreview,
} from '../../../shared/domain/plan-data';
import { createI18n, errorMessage } from '../../../shared/i18n';
import { zipBuffer } from '../docx-import/fixtures';
import { CoreError } from '../errors';
import type * as Staffing from '../plan-data/staffing';
import { dataPlan } from '../plan-data/testing';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { staffingCsvText, tableCsv, tableXlsx, writeTable } from './fixtures';

/** Which call of saveStaffingRow fails (as a full disk would), counted from 1; 0: none. */
const failOnSave = vi.hoisted(() => ({ at: 0, calls: 0 }));
vi.mock('../plan-data/staffing', async (original) => {
  const real = await original<typeof Staffing>();
  return {
    ...real,
    saveStaffingRow: (...args: Parameters<typeof real.saveStaffingRow>) => {
      if (failOnSave.at > 0 && ++failOnSave.calls === failOnSave.at) {
        throw new CoreError('IO', { reason: 'disk full' });
      }
      return real.saveStaffingRow(...args);
    },
  };
});

let t: TestCore;
beforeEach(() => {
  t = makeTestCore();
  Object.assign(failOnSave, { at: 0, calls: 0 });
});
afterEach(() => t.dispose());

type Committed = { report: { added: number; updated: number; unplaced: string[] }; data: PlanData };

async function importer() {
  const plan = await dataPlan(t);
  const { docId } = plan;
  const preview = (path: string, columns?: StaffingColumns) =>
    t.value<StaffingImportPreview>('staffing.importPreview', {
      docId,
      path,
      ...(columns ? { columns } : {}),
    });
  const commitInput = (previewed: StaffingImportPreview) => ({
    docId,
    path: previewed.file.path,
    digest: previewed.file.digest,
    columns: previewed.columns!,
  });
  const commit = async (path: string) =>
    t.value<Committed>('staffing.importCommit', commitInput(await preview(path)));
  const data = () => t.value<PlanData>('planData.get', { docId });
  return { ...plan, preview, commitInput, commit, data };
}

/** The stored rows as [area, level, pupils, kuraattori, psykologi, terveydenhoitaja, lääkäri]. */
const table = (data: PlanData) =>
  data.staffing.rows.map((row) => [
    row.area,
    row.level,
    row.pupils,
    row.fte.kuraattori,
    row.fte.psykologi,
    row.fte.terveydenhoitaja,
    row.fte.laakari,
  ]);

const example = [
  ['Järvenpää', 'basic', 5230, 7, 6.5, 11.25, 2.4],
  ['Järvenpää', 'vocational', 2400, 3.5, 2.5, 4.5, null],
  ['Kerava', 'basic', 4120, 5.5, 4.2, 8.5, 1.8],
  ['Kerava', 'upperSecondary', 1050, 1.5, 1, 2, 0.5],
];

describe('staffing import', { timeout: 60_000 }, () => {
  it('previews the example CSV with what each row would become, then writes it', async () => {
    const { preview, commitInput } = await importer();
    const path = writeTable(t.dir, 'mitoitus.csv', staffingCsvText);
    const previewed = await preview(path);
    expect(previewed.file).toMatchObject({
      path,
      format: 'csv',
      headers: [
        'Alue',
        'Aste',
        'Oppilaita',
        'Kuraattorit',
        'Psykologit',
        'Terveydenhoitajat',
        'Lääkärit',
      ],
      unplaced: [],
    });
    expect(previewed.file.sample[0]).toEqual([
      'Kerava',
      'Perusopetus',
      '4 120',
      '5,5',
      '4,2',
      '8,5',
      '1,8',
    ]);
    expect(previewed.issues).toEqual([]);
    expect(
      previewed.rows.map((row) => [row.row, row.action, row.input.area, row.input.level]),
    ).toEqual([
      [2, 'add', 'Kerava', 'basic'],
      [3, 'add', 'Kerava', 'upperSecondary'],
      [4, 'add', 'Järvenpää', 'basic'],
      [5, 'add', 'Järvenpää', 'vocational'],
    ]);
    const { report, data } = await t.value<Committed>(
      'staffing.importCommit',
      commitInput(previewed),
    );
    expect(report).toEqual({ added: 4, updated: 0, unplaced: [] });
    expect(table(data)).toEqual(example);
    // Computed against the ratio: 4 120 pupils / 670 = 6.15 FTE needed (rounded up), 0.65 short.
    const kerava = data.staffing.rows[2]!.figures.find((f) => f.profession === 'kuraattori')!;
    expect([kerava.requiredFte, kerava.shortfall, kerava.met]).toEqual([6.15, 0.65, false]);
  });

  it('updates the rows of a re-import, keeping figures of columns the file lacks', async () => {
    const { commit, provider, data } = await importer();
    await commit(writeTable(t.dir, 'mitoitus.csv', staffingCsvText));
    const tuusula = (await provider({ name: 'Tuusula' })).providers[0]!;
    const second = writeTable(
      t.dir,
      'kuraattorit.csv',
      tableCsv([
        ['Kunta', 'Koulutusaste', 'Kuraattori (htv)', 'Lisätieto'],
        ['  KERAVA ', 'perusopetus', '6', 'uusi virka'],
        ['Tuusula', 'Lukio', '1,25', ''],
      ]),
    );
    const { report, data: after } = await commit(second);
    expect(report).toEqual({ added: 1, updated: 1, unplaced: ['Lisätieto'] });
    expect(table(after)).toEqual([
      example[0],
      example[1],
      ['Kerava', 'basic', 4120, 6, 4.2, 8.5, 1.8],
      example[3],
      ['Tuusula', 'upperSecondary', null, 1.25, null, null, null],
    ]);
    expect(after.staffing.rows[4]!.providerId).toBe(tuusula.id);
    // The same file again changes nothing and adds nothing.
    const again = await commit(second);
    expect(again.report).toMatchObject({ added: 0, updated: 2 });
    expect(table(await data())).toEqual(table(after));
  });

  it('reads Swedish headers from Windows-1252 and English ones from UTF-8 with a BOM', async () => {
    const { preview } = await importer();
    const swedish = await preview(
      writeTable(
        t.dir,
        'sv.csv',
        tableCsv(
          [
            ['Område', 'Nivå', 'Elever', 'Kurator', 'Psykolog', 'Hälsovårdare', 'Läkare'],
            ['Borgå', 'Grundläggande utbildning', '1 200', '2,5', '1,5', '3', '0,6'],
          ],
          { encoding: 'windows-1252' },
        ),
      ),
    );
    expect(swedish.issues).toEqual([]);
    expect(swedish.rows[0]!.input).toMatchObject({
      area: 'Borgå',
      level: 'basic',
      pupils: 1200,
      fte: { kuraattori: 2.5, psykologi: 1.5, terveydenhoitaja: 3, laakari: 0.6 },
    });
    const english = await preview(
      writeTable(
        t.dir,
        'en.csv',
        tableCsv(
          [
            ['Area', 'Level', 'Pupils', 'Social worker', 'Psychologist', 'Nurse', 'Doctor'],
            ['Porvoo', 'Upper secondary', '980', '1.5', '1.25', '2', ''],
          ],
          { encoding: 'utf-8-bom', delimiter: ',' },
        ),
      ),
    );
    expect(english.file.headers[0]).toBe('Area');
    expect(english.rows[0]!.input).toMatchObject({
      level: 'upperSecondary',
      pupils: 980,
      fte: { kuraattori: 1.5, psykologi: 1.25, terveydenhoitaja: 2, laakari: null },
    });
  });

  it('imports an Excel workbook with typed-in numbers, passing over its sum row', async () => {
    const { commit } = await importer();
    const path = writeTable(
      t.dir,
      'mitoitus.xlsx',
      await tableXlsx([
        ['Alue', 'Aste', 'Oppilaat', 'Kuraattorit', 'Psykologit'],
        ['Mäntsälä', 'Esiopetus', 210, 0.3, 0.25],
        ['Mäntsälä', 'TUVA', '45', '0,1', null],
        ['Yhteensä', null, 255, 0.4, 0.25],
      ]),
    );
    const { report, data } = await commit(path);
    expect(report.added).toBe(2);
    expect(table(data)).toEqual([
      ['Mäntsälä', 'preschool', 210, 0.3, 0.25, null, null],
      ['Mäntsälä', 'tuva', 45, 0.1, null, null, null],
    ]);
  });

  it('lists every unreadable cell, and a commit of the file writes nothing', async () => {
    const { preview, commit, commitInput, data } = await importer();
    await commit(writeTable(t.dir, 'mitoitus.csv', staffingCsvText));
    const before = await data();
    const path = writeTable(
      t.dir,
      'virheet.csv',
      tableCsv([
        ['Alue', 'Aste', 'Oppilaat', 'Kuraattorit', 'Psykologit'],
        ['Kerava', 'Perusopetus', '4 500', 'noin 5', '4'],
        ['Kerava', 'Korkeakoulu', '41,5', '1', '-1'],
        ['', 'Lukio', '', '', ''],
        ['', '', '', '', ''],
        ['kerava ', 'PERUSOPETUS', '4 400', '5', '4'],
      ]),
    );
    const previewed = await preview(path);
    expect(previewed.issues).toEqual([
      { row: 2, column: 'Kuraattorit', value: 'noin 5', problem: 'notANumber' },
      { row: 3, column: 'Aste', value: 'Korkeakoulu', problem: 'unknownLevel' },
      { row: 3, column: 'Oppilaat', value: '41,5', problem: 'notWhole' },
      { row: 3, column: 'Psykologit', value: '-1', problem: 'negative' },
      { row: 4, column: 'Alue', value: '', problem: 'empty' },
      { row: 6, column: 'Alue', value: 'kerava ', problem: 'duplicate' },
    ]);
    expect(previewed.rows.map((row) => [row.row, row.action])).toEqual([[2, 'update']]);
    const error = await t.error('staffing.importCommit', commitInput(previewed));
    expect(error).toMatchObject({
      code: 'INVALID_DATA',
      details: { row: 2, column: 'Kuraattorit', value: 'noin 5' },
    });
    expect(errorMessage(createI18n('fi'), error)).toBe(
      'Taulukon rivillä 2 sarakkeen ”Kuraattorit” arvoa ”noin 5” ei voi lukea. Korjaa tiedosto ja tuo se uudelleen. Mitään ei tallennettu.',
    );
    expect(await data()).toEqual(before);
  });

  it('finds no area or level column, and names every header it could not place', async () => {
    const { preview } = await importer();
    const previewed = await preview(
      writeTable(
        t.dir,
        'ei-aluetta.csv',
        tableCsv([
          ['Koulu', 'Aste', 'Kuraattorit'],
          ['A', 'Lukio', '1'],
        ]),
      ),
    );
    expect(previewed.columns).toBeNull();
    expect(previewed.rows).toEqual([]);
    expect(previewed.file.unplaced).toEqual(['Koulu']);
  });

  it('writes all rows or none: a failure on the last row undoes the rows before it', async () => {
    const { preview, commit, commitInput, data } = await importer();
    await commit(writeTable(t.dir, 'mitoitus.csv', staffingCsvText));
    const before = await data();
    const previewed = await preview(
      writeTable(
        t.dir,
        'kolme.csv',
        tableCsv([
          ['Alue', 'Aste', 'Kuraattorit'],
          ['Kerava', 'Perusopetus', '9'],
          ['Uusi kunta', 'Lukio', '1'],
          ['Toinen kunta', 'Lukio', '1'],
        ]),
      ),
    );
    failOnSave.at = 3;
    expect(await t.error('staffing.importCommit', commitInput(previewed))).toMatchObject({
      code: 'IO',
    });
    expect(await data()).toEqual(before);
  });

  it('refuses an area name too long to store, already in the preview', async () => {
    const { docId } = await importer();
    const path = writeTable(
      t.dir,
      'pitka.csv',
      tableCsv([
        ['Alue', 'Aste'],
        ['X'.repeat(201), 'Lukio'],
      ]),
    );
    expect(await t.error('staffing.importPreview', { docId, path })).toMatchObject({
      code: 'INVALID_INPUT',
      details: { issue: 'row 2' },
    });
  });

  it('refuses a file changed since its preview, and given columns outside the table', async () => {
    const { preview, commitInput, docId, data } = await importer();
    const path = writeTable(t.dir, 'mitoitus.csv', staffingCsvText);
    const previewed = await preview(path);
    writeTable(t.dir, 'mitoitus.csv', staffingCsvText.replace('5,5', '6,5'));
    expect(await t.error('staffing.importCommit', commitInput(previewed))).toMatchObject({
      code: 'SOURCE_CHANGED',
      details: { path },
    });
    expect((await data()).staffing.rows).toEqual([]);
    const columns = { ...previewed.columns!, laakari: 7 };
    expect(await t.error('staffing.importPreview', { docId, path, columns })).toMatchObject({
      code: 'INVALID_INPUT',
      details: { issue: 'columns' },
    });
  });

  it('maps the columns as given instead of as recognised', async () => {
    const { preview } = await importer();
    const path = writeTable(
      t.dir,
      'omat.csv',
      tableCsv([
        ['A', 'B', 'C'],
        ['Kerava', 'Lukio', '2,5'],
      ]),
    );
    const previewed = await preview(path, {
      area: 0,
      level: 1,
      pupils: null,
      kuraattori: null,
      psykologi: 2,
      terveydenhoitaja: null,
      laakari: null,
    });
    expect(previewed.file.unplaced).toEqual([]);
    expect(previewed.rows[0]!.input.fte).toEqual({
      kuraattori: null,
      psykologi: 2.5,
      terveydenhoitaja: null,
      laakari: null,
    });
  });

  it('refuses what is not a table: a Word document, binary bytes', async () => {
    const { docId } = await importer();
    const docx = writeTable(
      t.dir,
      'mitoitus.xlsx',
      zipBuffer([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]),
    );
    const binary = writeTable(t.dir, 'mitoitus.csv', Buffer.from([0x00, 0x01, 0x02, 0xff]));
    for (const path of [docx, binary]) {
      expect(await t.error('staffing.importPreview', { docId, path })).toMatchObject({
        code: 'WRONG_FORMAT',
        details: { found: 'notTable', path },
      });
    }
  });
});
