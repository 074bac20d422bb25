import { CoreError } from '../errors';
import { readCsv } from './survey-csv';
import { readXlsx } from './survey-xlsx';
import { surveyLimits, type SurveyLimits, type SurveyTable } from './table-shape';

export type { SurveyLimits, SurveyTable } from './table-shape';
export { surveyLimits } from './table-shape';

/**
 * Reads a survey export (CSV or XLSX, as Webropol, Microsoft Forms or Excel save them) into its
 * header and rows, writing nothing. Refuses with a CoreError what cannot be read as a table:
 * WRONG_FORMAT (details.found: docx, xls, doc, notTable), DAMAGED_FILE, ENCRYPTED, TOO_LARGE
 * (details.limit: table, unpacked) and EMPTY_DOCUMENT when not one cell holds text.
 */
export async function readSurveyTable(
  bytes: Uint8Array,
  kind: 'csv' | 'xlsx',
  limits: SurveyLimits = surveyLimits,
): Promise<SurveyTable> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const table = kind === 'csv' ? readCsv(buffer, limits) : await readXlsx(buffer, limits);
  if (!table) throw new CoreError('EMPTY_DOCUMENT', { format: 'table' });
  return table;
}
