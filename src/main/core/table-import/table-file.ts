import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { CellIssue, TablePreviewFileSchema } from '../../../shared/domain/plan-data';
import { readLimited } from '../docx-import/read-source';
import { CoreError } from '../errors';
import { aboutFile } from '../comment-import/sniff';
import { readSurveyTable, surveyLimits, type SurveyTable } from '../comment-import/survey-table';
import { MB } from '../comment-import/table-shape';

/** A table of figures as read once: its bytes' digest, its format and its cells. */
export interface TableFile {
  path: string;
  digest: string;
  format: 'csv' | 'xlsx';
  table: SurveyTable;
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b]);
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * A zip or an OLE compound file goes to the workbook reader, which names what it is instead
 * (a Word document, an old .xls, a password-protected workbook); anything else is read as CSV,
 * which refuses binary bytes. The file's name is never trusted.
 */
const formatOf = (bytes: Buffer): TableFile['format'] =>
  bytes.subarray(0, 2).equals(ZIP_MAGIC) || bytes.subarray(0, 8).equals(CFB_MAGIC) ? 'xlsx' : 'csv';

/**
 * The survey reader's refusals are about comment files; a table of figures is "not a table"
 * whatever else it is (a Word document included), unless it is an old Excel file.
 */
function asTableError(error: unknown, path: string): CoreError {
  const core = aboutFile(error, path);
  if (core.code === 'WRONG_FORMAT' && core.details?.found !== 'xls') {
    return new CoreError('WRONG_FORMAT', { found: 'notTable', path });
  }
  return core;
}

/**
 * Reads a staffing or indicator table (CSV or XLSX) with the survey importer's dialects, encodings
 * and limits, writing nothing. With `expectedDigest` (a commit), other bytes than those previewed
 * are SOURCE_CHANGED before anything else is said about them.
 */
export async function readTableFile(path: string, expectedDigest?: string): Promise<TableFile> {
  let bytes: Buffer;
  try {
    bytes = await readLimited(path, surveyLimits.maxFileMb * MB);
  } catch (error) {
    throw asTableError(error, path);
  }
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (expectedDigest !== undefined && digest !== expectedDigest) {
    throw new CoreError('SOURCE_CHANGED', { path });
  }
  const format = formatOf(bytes);
  try {
    return { path, digest, format, table: await readSurveyTable(bytes, format) };
  } catch (error) {
    throw asTableError(error, path);
  }
}

const SAMPLE_ROWS = 5;

/** What the mapping step shows of the file. */
export function previewFile(
  file: TableFile,
  unplaced: string[],
): z.infer<typeof TablePreviewFileSchema> {
  return {
    path: file.path,
    digest: file.digest,
    format: file.format,
    headers: file.table.headers,
    sample: file.table.rows.slice(0, SAMPLE_ROWS),
    unplaced,
  };
}

/** Given columns must be inside the table and distinct, else the request is wrong. */
export function checkGivenColumns(file: TableFile, columns: readonly (number | null)[]): void {
  const used = columns.filter((column) => column !== null);
  if (
    used.some((column) => column >= file.table.headers.length) ||
    new Set(used).size !== used.length
  ) {
    throw new CoreError('INVALID_INPUT', { issue: 'columns', path: file.path });
  }
}

/** Headers of the columns no role was given (unnamed columns have nothing to name). */
export function unplacedHeaders(
  headers: readonly string[],
  columns: readonly (number | null)[],
): string[] {
  const used = new Set(columns);
  return headers.filter((header, index) => !used.has(index) && header.trim() !== '');
}

/** A commit refuses a table with any cell it cannot read, naming the first. */
export function invalidData({ row, column, value, problem }: CellIssue): CoreError {
  return new CoreError('INVALID_DATA', { row, column, value, problem });
}
