import { CoreError } from '../errors';

/** A survey export as read: its header row and the data rows under it, cell texts as written. */
export interface SurveyTable {
  /** CSV: the field separator found; null for XLSX. */
  delimiter: ',' | ';' | '\t' | null;
  /** CSV: the text encoding found; null for XLSX. */
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16' | 'windows-1252' | null;
  /** XLSX: the worksheet read (the first with data); null for CSV. */
  sheet: string | null;
  headers: string[];
  /** Every row under the header up to the last non-empty one, each as wide as `headers`. */
  rows: string[][];
  /** The 1-based row number (as Excel shows it) of `rows[0]`; `rows[i]` is row `firstRow + i`. */
  firstRow: number;
}

/** How big a survey may be: far above any comment round, low enough to stay responsive. */
export interface SurveyLimits {
  maxRows: number;
  maxColumns: number;
  /** All cell texts together, in megabytes (of characters). */
  maxTextMb: number;
  /** A file larger than this is refused before it is read. */
  maxFileMb: number;
  /** XLSX: what its zip may inflate to. */
  maxUnpackedMb: number;
}

export const surveyLimits: SurveyLimits = {
  maxRows: 20_000,
  maxColumns: 200,
  maxTextMb: 5,
  maxFileMb: 32,
  maxUnpackedMb: 128,
};

export const MB = 1024 * 1024;

export const tableTooLarge = (limits: SurveyLimits) =>
  new CoreError('TOO_LARGE', {
    limit: 'table',
    rows: limits.maxRows,
    columns: limits.maxColumns,
    limitMb: limits.maxTextMb,
  });

const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');

/**
 * The header and data rows of a sheet's records (each row's cells from column 1): the header is
 * the first non-empty row, empty rows after the last data row and empty columns right of the last
 * used one are dropped, and every row is padded to the same width. Empty rows between data rows
 * stay, so each row keeps the number she sees in Excel.
 */
export function shapeTable(
  records: readonly (readonly string[])[],
  limits: SurveyLimits,
): { headers: string[]; rows: string[][]; headerIndex: number } | null {
  const headerIndex = records.findIndex((record) => !isBlank(record));
  if (headerIndex < 0) return null;
  let end = records.length;
  while (end > headerIndex + 1 && isBlank(records[end - 1]!)) end--;
  const used = records.slice(headerIndex, end);
  if (used.length - 1 > limits.maxRows) throw tableTooLarge(limits);
  let width = 0;
  let characters = 0;
  for (const record of used) {
    for (let column = 0; column < record.length; column++) {
      const cell = record[column]!;
      characters += cell.length;
      if (cell.trim() !== '') width = Math.max(width, column + 1);
    }
  }
  if (width > limits.maxColumns || characters > limits.maxTextMb * MB) {
    throw tableTooLarge(limits);
  }
  const widen = (record: readonly string[]) =>
    Array.from({ length: width }, (_, column) => record[column] ?? '');
  return {
    headers: widen(used[0]!).map((header) => header.replace(/\s+/g, ' ').trim()),
    rows: used.slice(1).map(widen),
    headerIndex,
  };
}
