import CFB, { type CFB$Container } from 'cfb';
import type { Buffer as ExcelBuffer, Cell, CellValue, Worksheet } from 'exceljs';
import { CoreError } from '../errors';
import { defaultLimits } from '../docx-import/limits';
import { scanZip } from '../docx-import/zip-scan';
import { MB, shapeTable, tableTooLarge, type SurveyLimits, type SurveyTable } from './table-shape';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b];

const wrongFormat = (found: string) => new CoreError('WRONG_FORMAT', { found });
const damaged = (reason: string) => new CoreError('DAMAGED_FILE', { format: 'table', reason });

/** An OLE compound file: a password-protected workbook, an old .xls, or something else. */
function refuseCompoundFile(bytes: Buffer): never {
  let container: CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch {
    throw damaged('compound file');
  }
  if (CFB.find(container, 'EncryptedPackage'))
    throw new CoreError('ENCRYPTED', { format: 'table' });
  if (CFB.find(container, 'Workbook') || CFB.find(container, 'Book')) throw wrongFormat('xls');
  if (CFB.find(container, 'WordDocument')) throw wrongFormat('doc');
  throw wrongFormat('notTable');
}

/**
 * Checks the whole zip within the limits before exceljs (which has no limits of its own) opens
 * it, and tells a Word document or another zip from a workbook.
 */
async function checkPackage(bytes: Buffer, limits: SurveyLimits): Promise<void> {
  const starts = (magic: readonly number[]) => magic.every((byte, index) => bytes[index] === byte);
  if (starts(CFB_MAGIC)) refuseCompoundFile(bytes);
  if (!starts(ZIP_MAGIC)) throw wrongFormat('notTable');
  const { names } = await scanZip(
    bytes,
    {
      maxUnpackedBytes: limits.maxUnpackedMb * MB,
      maxEntries: 10_000,
      maxXmlPartBytes: defaultLimits.maxXmlPartBytes,
    },
    new Set(),
  );
  if (names.has('word/document.xml')) throw wrongFormat('docx');
  if (!names.has('xl/workbook.xml')) throw wrongFormat('notTable');
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A date as Finns write it (4.1.2026), with the time (9.05) when it has one. */
function dateText(date: Date): string {
  const day = `${date.getUTCDate()}.${date.getUTCMonth() + 1}.${date.getUTCFullYear()}`;
  const hours = date.getUTCHours();
  const minutes = date.getUTCMinutes();
  return hours === 0 && minutes === 0 ? day : `${day} ${hours}.${pad(minutes)}`;
}

/** A cell's value as text: rich text joined, a formula's last result, a link's text. */
function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  // Excel shows at most 15 significant digits, so a sum's binary noise (0.30000000000000004) goes.
  if (typeof value === 'number') return String(Number(value.toPrecision(15)));
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return valueText((value as { result?: CellValue }).result ?? null);
  }
  if ('hyperlink' in value) return valueText(value.text);
  // An error value (#N/A, #DIV/0!) says nothing she wrote.
  return '';
}

function cellText(cell: Cell): string {
  // A merged range keeps its text in its first cell only.
  if (cell.master.address !== cell.address) return '';
  return valueText(cell.value).replace(/\r\n?/g, '\n');
}

function records(sheet: Worksheet): string[][] {
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const record: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      record[column - 1] = cellText(cell);
    });
    out[number - 1] = Array.from(record, (cell) => cell ?? '');
  });
  return Array.from(out, (record) => record ?? []);
}

export async function readXlsx(bytes: Buffer, limits: SurveyLimits): Promise<SurveyTable | null> {
  if (bytes.length > limits.maxFileMb * MB) {
    throw new CoreError('TOO_LARGE', { limitMb: limits.maxFileMb });
  }
  await checkPackage(bytes, limits);
  // Loaded on first use: exceljs is large, and most runs of the app and the CLI never need it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelBuffer);
  } catch (error) {
    throw damaged(error instanceof Error ? error.message.slice(0, 200) : 'xlsx');
  }
  for (const sheet of workbook.worksheets) {
    if (sheet.state !== 'visible') continue;
    // Counted before the cells are read: the header and at most the allowed rows have values.
    if (sheet.actualRowCount > limits.maxRows + 1) throw tableTooLarge(limits);
    const shaped = shapeTable(records(sheet), limits);
    if (!shaped) continue;
    return {
      delimiter: null,
      encoding: null,
      sheet: sheet.name,
      headers: shaped.headers,
      rows: shaped.rows,
      firstRow: shaped.headerIndex + 2,
    };
  }
  return null;
}
