import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { CoreError } from '../errors';
import { MB, shapeTable, tableTooLarge, type SurveyLimits, type SurveyTable } from './table-shape';

type Delimiter = NonNullable<SurveyTable['delimiter']>;
type Encoding = NonNullable<SurveyTable['encoding']>;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/**
 * The text of a CSV file. A byte order mark decides (Excel's "CSV UTF-8" writes one, Webropol's
 * UTF-16 export too); without one the bytes are UTF-8 if they are valid UTF-8, else Windows-1252,
 * what Excel's plain "CSV" writes on a Finnish Windows.
 */
function decode(bytes: Uint8Array): { text: string; encoding: Encoding } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16' };
  }
  // Text has no NUL bytes; a workbook, a zip or random bytes do.
  if (bytes.includes(0)) throw new CoreError('WRONG_FORMAT', { found: 'notTable' });
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252' };
  }
}

/** Tried in this order, so a tie goes to the separator least likely to be inside a text. */
const delimiters: readonly Delimiter[] = ['\t', ';', ','];
const SAMPLE_ROWS = 50;

/**
 * The separator that splits the first rows into the same number of columns (two or more), the
 * widest such split winning a tie. Papaparse's own guess is not used: a Finnish Excel file
 * separates with semicolons and writes decimal commas, which can split just as evenly on commas.
 */
function detectDelimiter(text: string): Delimiter {
  let best: { delimiter: Delimiter; consistency: number; width: number } = {
    delimiter: ';',
    consistency: -1,
    width: 0,
  };
  for (const delimiter of delimiters) {
    const sample = Papa.parse<string[]>(text, {
      delimiter,
      preview: SAMPLE_ROWS,
      skipEmptyLines: 'greedy',
    }).data;
    const width = sample[0]?.length ?? 0;
    if (width < 2) continue;
    const consistency = sample.filter((row) => row.length === width).length / sample.length;
    if (
      consistency > best.consistency ||
      (consistency === best.consistency && width > best.width)
    ) {
      best = { delimiter, consistency, width };
    }
  }
  return best.delimiter;
}

/** Excel's "sep=;" first line, which names the separator and is not part of the table. */
const SEP_LINE = /^sep=([;,\t])\r?\n/i;

export function readCsv(bytes: Uint8Array, limits: SurveyLimits): SurveyTable | null {
  // A CSV's text is about its size in bytes: one over four times the text limit cannot fit it.
  if (bytes.length > 4 * limits.maxTextMb * MB) throw tableTooLarge(limits);
  const { text: decoded, encoding } = decode(bytes);
  const sep = SEP_LINE.exec(decoded);
  const text = sep ? decoded.slice(sep[0].length) : decoded;
  const delimiter = (sep?.[1] as Delimiter | undefined) ?? detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  // An opening quote never closed swallows the rest of the file: the rows after it would be lost.
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) {
    throw new CoreError('DAMAGED_FILE', {
      format: 'table',
      reason: `unclosed quote on row ${(unclosed.row ?? 0) + 1}`,
    });
  }
  const records = parsed.data.map((record) => record.map((cell) => cell.replace(/\r\n?/g, '\n')));
  const shaped = shapeTable(records, limits);
  if (!shaped) return null;
  return {
    delimiter,
    encoding,
    sheet: null,
    headers: shaped.headers,
    rows: shaped.rows,
    firstRow: shaped.headerIndex + 2,
  };
}
