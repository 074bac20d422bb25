import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from 'exceljs';
import { surveyCsv, surveyXlsx, type CsvOptions } from '../comment-import/survey-fixtures';

/**
 * Test fixtures: staffing and indicator tables as Finnish Excel and THL's statistics services
 * write them (semicolons, decimal commas, spaces as thousands separators). The e2e journey may
 * use `staffingCsvText` as the file it imports.
 */

/** The staffing table of the example: two municipalities, four rows. */
export const staffingCsvText = [
  'Alue;Aste;Oppilaita;Kuraattorit;Psykologit;Terveydenhoitajat;Lääkärit',
  'Kerava;Perusopetus;4 120;5,5;4,2;8,5;1,8',
  'Kerava;Lukio;1 050;1,5;1;2;0,5',
  'Järvenpää;Perusopetus;5 230;7;6,5;11,25;2,4',
  'Järvenpää;Ammatillinen koulutus;2 400;3,5;2,5;4,5;',
  '',
].join('\r\n');

/** `staffingCsvText` as rows of cells. */
export const staffingRows: string[][] = staffingCsvText
  .trim()
  .split('\r\n')
  .map((line) => line.split(';'));

/** A CSV of rows (default: semicolons, UTF-8, CRLF, as Finnish Excel's "CSV UTF-8" less its BOM). */
export const tableCsv = (rows: readonly (readonly string[])[], options: CsvOptions = {}) =>
  surveyCsv(rows, options);

/** A workbook of one sheet; numbers may be real numbers, as a typed-in sheet has them. */
export const tableXlsx = (rows: readonly (readonly CellValue[])[]) =>
  surveyXlsx(rows, { sheet: 'Mitoitus' });

/** A THL-style long export: indicator, area, year, value. */
export const indicatorLongRows: string[][] = [
  ['Indikaattori', 'Alue', 'Vuosi', 'Arvo'],
  ['Koulukiusattuna vähintään kerran viikossa', 'Keski-Uusimaa', '2019', '6,8'],
  ['Koulukiusattuna vähintään kerran viikossa', 'Keski-Uusimaa', '2021', '7,1'],
  ['Koulukiusattuna vähintään kerran viikossa', 'Koko maa', '2021', '6,5'],
  ['Koulukiusattuna vähintään kerran viikossa', 'Keski-Uusimaa', '2023', '..'],
  ['Tuntematon mittari', 'Keski-Uusimaa', '2023', '12,0'],
];

/** A THL-style wide export: one row per area, one column per year. */
export const indicatorWideRows: string[][] = [
  ['Alue', '2019', '2021', '2023'],
  ['Koko maa', '20,1', '21,4', '22,0'],
  ['Keski-Uusimaa', '18,2', '19,9', '21,35'],
];

/** Writes `bytes` as `name` in `dir` and returns its path. */
export function writeTable(dir: string, name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}
