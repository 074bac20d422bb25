import ExcelJS, { type CellValue } from 'exceljs';
import iconv from 'iconv-lite';
import type { SurveyTable } from './table-shape';

/** Test fixtures: survey exports as Webropol, Microsoft Forms and Excel write them. */

export interface CsvOptions {
  /** Default ';' (Finnish Excel). */
  delimiter?: NonNullable<SurveyTable['delimiter']>;
  /** Default 'utf-8'; 'utf-16' is little-endian with a byte order mark, as Excel writes it. */
  encoding?: NonNullable<SurveyTable['encoding']>;
  /** Default '\r\n'. */
  newline?: '\r\n' | '\n';
  /** Quote every field, not only those that need it. */
  quoteAll?: boolean;
  /** Excel's "sep=;" first line. */
  sepLine?: boolean;
}

function field(value: string, delimiter: string, quoteAll: boolean): string {
  const needsQuotes = quoteAll || /["\r\n]/.test(value) || value.includes(delimiter);
  return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

export function surveyCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): Buffer {
  const delimiter = options.delimiter ?? ';';
  const newline = options.newline ?? '\r\n';
  const lines = rows.map((row) =>
    row.map((value) => field(value, delimiter, options.quoteAll ?? false)).join(delimiter),
  );
  const text = `${options.sepLine ? `sep=${delimiter}${newline}` : ''}${lines.join(newline)}${newline}`;
  switch (options.encoding ?? 'utf-8') {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'windows-1252':
      return iconv.encode(text, 'win1252');
  }
}

export interface XlsxOptions {
  /** Default 'Vastaukset'. */
  sheet?: string;
  /** Sheets before the data, left empty (Forms and Excel users often leave "Taul1" so). */
  emptySheetsBefore?: string[];
  /** Ranges to merge after the rows are written, e.g. 'A3:B3'. */
  merges?: string[];
}

/** A workbook with one sheet of rows; a cell may be anything exceljs writes (rich text, a date). */
export async function surveyXlsx(
  rows: readonly (readonly CellValue[])[],
  options: XlsxOptions = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const name of options.emptySheetsBefore ?? []) workbook.addWorksheet(name);
  const sheet = workbook.addWorksheet(options.sheet ?? 'Vastaukset');
  rows.forEach((row, index) => {
    sheet.getRow(index + 1).values = [...row];
  });
  for (const range of options.merges ?? []) sheet.mergeCells(range);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
