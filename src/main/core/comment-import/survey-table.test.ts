import { randomBytes } from 'node:crypto';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { errors } from '../../../shared/i18n/messages/errors';
import { CoreError, toFailure } from '../errors';
import { compoundFile, docxBuffer, para, zipBuffer } from '../docx-import/fixtures';
import { surveyCsv, surveyXlsx } from './survey-fixtures';
import { readSurveyTable, surveyLimits } from './survey-table';

/** Random bytes that neither start with a byte order mark nor happen to lack a NUL byte. */
function noise(): Buffer {
  const bytes = randomBytes(4096);
  bytes[0] = 0x37;
  bytes[100] = 0;
  return bytes;
}

const refusal = (bytes: Uint8Array, kind: 'csv' | 'xlsx', limits = surveyLimits) =>
  readSurveyTable(bytes, kind, limits).then(
    () => expect.fail('read'),
    (error: unknown) => error as { code: string; details?: Record<string, unknown> },
  );

const answers = [
  ['Organisaatio', 'Luku', 'Kommentti'],
  ['Hämeenlinnan kaupunki', '4.1', 'Lisätään kuraattorin yhteystiedot.'],
  ['Åbo Akademi', 'Luku 5', 'Förtydliga ansvarsfördelningen, tack.'],
];

describe('reading a survey export as CSV', () => {
  it('reads UTF-8 with and without a byte order mark', async () => {
    const plain = await readSurveyTable(surveyCsv(answers), 'csv');
    expect(plain).toEqual({
      delimiter: ';',
      encoding: 'utf-8',
      sheet: null,
      headers: answers[0],
      rows: answers.slice(1),
      firstRow: 2,
    });
    const bom = await readSurveyTable(surveyCsv(answers, { encoding: 'utf-8-bom' }), 'csv');
    expect(bom.encoding).toBe('utf-8-bom');
    // The mark is not part of the first header.
    expect(bom.headers[0]).toBe('Organisaatio');
    expect(bom.rows).toEqual(answers.slice(1));
  });

  it('reads UTF-16 and Windows-1252 with ä, ö and å intact', async () => {
    const utf16 = await readSurveyTable(
      surveyCsv(answers, { encoding: 'utf-16', delimiter: '\t' }),
      'csv',
    );
    expect(utf16).toMatchObject({ encoding: 'utf-16', delimiter: '\t', rows: answers.slice(1) });
    const bigEndian = Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from(iconv.encode('Kommentti;Luku\r\nHyvä;4\r\n', 'utf16-be')),
    ]);
    expect((await readSurveyTable(bigEndian, 'csv')).rows).toEqual([['Hyvä', '4']]);
    const ansi = surveyCsv(answers, { encoding: 'windows-1252' });
    // Not valid UTF-8: ä is one byte.
    expect(ansi.includes(Buffer.from('ä'))).toBe(false);
    const windows = await readSurveyTable(ansi, 'csv');
    expect(windows).toMatchObject({ encoding: 'windows-1252', rows: answers.slice(1) });
  });

  it('finds the separator: semicolon, comma or tab', async () => {
    for (const delimiter of [';', ',', '\t'] as const) {
      const table = await readSurveyTable(surveyCsv(answers, { delimiter }), 'csv');
      expect(table.delimiter).toBe(delimiter);
      expect(table.rows).toEqual(answers.slice(1));
    }
  });

  it("reads Finnish Excel's semicolon file with decimal commas and a comma in its header", async () => {
    const rows = [
      ['Organisaatio, jota edustatte', 'Luku', 'Kommentti', 'Arvio'],
      ['Kunta A', '4,1', 'Hyvä', '3,5'],
      ['Kunta B', '2,1', 'Selkeä', '4,0'],
      ['Kunta C', '5', 'Lisää tähän', '2,5'],
    ];
    const excel = surveyCsv(rows, { encoding: 'windows-1252' });
    const table = await readSurveyTable(excel, 'csv');
    expect(table.delimiter).toBe(';');
    expect(table.headers).toEqual(rows[0]);
    expect(table.rows).toEqual(rows.slice(1));
    // Splits as evenly on commas as on semicolons: papaparse's own guess takes the comma.
    const even = surveyCsv([
      ['Organisaatio, jota edustatte', 'Arvio'],
      ['Kunta A', '4,1'],
      ['Kunta B', '3,5'],
    ]);
    expect(await readSurveyTable(even, 'csv')).toMatchObject({
      delimiter: ';',
      rows: [
        ['Kunta A', '4,1'],
        ['Kunta B', '3,5'],
      ],
    });
  });

  it("honours Excel's sep= line and leaves it out of the table", async () => {
    const table = await readSurveyTable(
      surveyCsv(answers, { sepLine: true, delimiter: ',' }),
      'csv',
    );
    expect(table).toMatchObject({ delimiter: ',', headers: answers[0], firstRow: 2 });
  });

  it('keeps line breaks and doubled quotes inside quoted fields, and counts rows as Excel does', async () => {
    const rows = [
      ['Organisaatio', 'Kommentti'],
      ['Kunta A', 'Ensimmäinen kappale.\r\nToinen kappale; "lainattu" sana.'],
      ['Kunta B', 'Lyhyt'],
    ];
    const bytes = surveyCsv(rows, { delimiter: ',' });
    expect(bytes.toString('utf8')).toContain('""lainattu""');
    const table = await readSurveyTable(bytes, 'csv');
    expect(table.rows).toEqual([
      ['Kunta A', 'Ensimmäinen kappale.\nToinen kappale; "lainattu" sana.'],
      ['Kunta B', 'Lyhyt'],
    ]);
    expect(table.firstRow).toBe(2);
    // Excel: rows end in CR LF, a line break inside a cell is a bare LF.
    const excel = surveyCsv([['Kommentti'], ['eka\nToka'], ['x']], { newline: '\r\n' });
    expect((await readSurveyTable(excel, 'csv')).rows).toEqual([['eka\nToka'], ['x']]);
  });

  it('starts at the first non-empty row and drops empty rows and columns at the end', async () => {
    const text =
      ';;;\r\n;;;\r\nOrganisaatio;Kommentti;;\r\nKunta A;Hyvä;;\r\n;;;\r\nKunta B;Selkeä;;\r\n;;;\r\n\r\n\r\n';
    const table = await readSurveyTable(Buffer.from(text), 'csv');
    expect(table.headers).toEqual(['Organisaatio', 'Kommentti']);
    // The empty row between answers stays, so row numbers stay right.
    expect(table.rows).toEqual([
      ['Kunta A', 'Hyvä'],
      ['', ''],
      ['Kunta B', 'Selkeä'],
    ]);
    expect(table.firstRow).toBe(4);
  });

  it('pads short rows to the header width', async () => {
    const table = await readSurveyTable(Buffer.from('A;B;C\nx\ny;z;w\n'), 'csv');
    expect(table.rows).toEqual([
      ['x', '', ''],
      ['y', 'z', 'w'],
    ]);
  });

  it('reads an Excel-saved semicolon CSV of Microsoft Forms answers', async () => {
    const rows = [
      ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Organisaatio', 'Kommentti'],
      ['1', '3.11.2026 9.01', '3.11.2026 9.14', 'anonymous', '', 'Kunta A', 'Hyvä; selkeä'],
      ['2', '4.11.2026 12.30', '4.11.2026 12.41', 'anonymous', '', 'Kunta B', 'Ok'],
    ];
    const table = await readSurveyTable(
      surveyCsv(rows, { encoding: 'utf-8-bom', quoteAll: false }),
      'csv',
    );
    expect(table.delimiter).toBe(';');
    expect(table.rows[0]![6]).toBe('Hyvä; selkeä');
  });

  it('refuses an unclosed quote, binary bytes, an empty file and too many rows', async () => {
    expect(await refusal(Buffer.from('A;B\n"auki;x\ny;z\n'), 'csv')).toMatchObject({
      code: 'DAMAGED_FILE',
      details: { format: 'table' },
    });
    expect(await refusal(noise(), 'csv')).toMatchObject({
      code: 'WRONG_FORMAT',
      details: { found: 'notTable' },
    });
    expect(await refusal(await surveyXlsx(answers), 'csv')).toMatchObject({
      code: 'WRONG_FORMAT',
      details: { found: 'notTable' },
    });
    expect(await refusal(Buffer.from(';;\r\n\r\n'), 'csv')).toMatchObject({
      code: 'EMPTY_DOCUMENT',
    });
    const many = [['Kommentti'], ...Array.from({ length: 20_001 }, (_, index) => [`K${index}`])];
    expect(await refusal(surveyCsv(many), 'csv')).toMatchObject({
      code: 'TOO_LARGE',
      details: { limit: 'table', rows: 20_000, columns: 200, limitMb: 5 },
    });
    const wide = [Array.from({ length: 201 }, (_, index) => `S${index}`)];
    expect(await refusal(surveyCsv(wide), 'csv')).toMatchObject({ code: 'TOO_LARGE' });
    const long = [['Kommentti'], ['x'.repeat(1000)], ['y'.repeat(1000)]];
    expect(
      await refusal(surveyCsv(long), 'csv', { ...surveyLimits, maxTextMb: 1 / 1024 }),
    ).toMatchObject({ code: 'TOO_LARGE' });
  });

  it('reads the largest allowed table', { timeout: 60_000 }, async () => {
    const rows = [['Kommentti'], ...Array.from({ length: 20_000 }, (_, index) => [`K${index}`])];
    expect((await readSurveyTable(surveyCsv(rows), 'csv')).rows).toHaveLength(20_000);
  });

  it('gives each refusal a message about tables in every language', () => {
    const refusals = [
      new CoreError('TOO_LARGE', { limit: 'table', rows: 20_000, columns: 200, limitMb: 5 }),
      new CoreError('DAMAGED_FILE', { format: 'table' }),
      new CoreError('ENCRYPTED', { format: 'table' }),
      new CoreError('EMPTY_DOCUMENT', { format: 'table' }),
      new CoreError('WRONG_FORMAT', { found: 'notTable' }),
      new CoreError('WRONG_FORMAT', { found: 'docx' }),
      new CoreError('WRONG_FORMAT', { found: 'xls' }),
    ];
    for (const refused of refusals) {
      const { messageKey } = toFailure(refused).error;
      expect(messageKey).toMatch(new RegExp(`^errors\\.${refused.code}_`));
      const key = messageKey.slice('errors.'.length) as keyof typeof errors.fi;
      for (const language of ['fi', 'sv', 'en'] as const) {
        expect(errors[language][key]).toMatch(/\.$/);
      }
    }
  });
});

describe('reading a survey export as XLSX', { timeout: 60_000 }, () => {
  it('reads the first sheet with data, rich text, a date, a number and an empty row', async () => {
    const bytes = await surveyXlsx(
      [
        ['Organisaatio', 'Luku', 'Kommentti', 'Päivä', 'Linkki'],
        [
          'Kunta A',
          4.1,
          { richText: [{ text: 'Lisätään ' }, { text: 'kuraattori', font: { bold: true } }] },
          new Date(Date.UTC(2026, 0, 4)),
          { text: 'Lausunto', hyperlink: 'https://example.fi/lausunto' },
        ],
        [],
        [
          'Kunta B',
          12,
          { formula: '0.1+0.2', result: 0.1 + 0.2 },
          new Date(Date.UTC(2026, 10, 28, 9, 5)),
          { error: '#N/A' },
        ],
      ],
      { emptySheetsBefore: ['Taul1'] },
    );
    const table = await readSurveyTable(bytes, 'xlsx');
    expect(table).toEqual({
      delimiter: null,
      encoding: null,
      sheet: 'Vastaukset',
      headers: ['Organisaatio', 'Luku', 'Kommentti', 'Päivä', 'Linkki'],
      rows: [
        ['Kunta A', '4.1', 'Lisätään kuraattori', '4.1.2026', 'Lausunto'],
        ['', '', '', '', ''],
        ['Kunta B', '12', '0.3', '28.11.2026 9.05', ''],
      ],
      firstRow: 2,
    });
  });

  it('reads merged cells as empty after the first, and a header lower down', async () => {
    const bytes = await surveyXlsx(
      [[], ['Kommentti', 'Organisaatio'], ['Yhteinen huomio', 'Kunta A'], ['Toinen', 'Kunta B']],
      { merges: ['A3:B3'] },
    );
    const table = await readSurveyTable(bytes, 'xlsx');
    expect(table.rows).toEqual([
      ['Yhteinen huomio', ''],
      ['Toinen', 'Kunta B'],
    ]);
    expect(table.firstRow).toBe(3);
  });

  it('names a Word document, an old workbook, random bytes and a bare zip', async () => {
    const docx = await docxBuffer([para('Kommentti')]);
    expect(await refusal(docx, 'xlsx')).toMatchObject({
      code: 'WRONG_FORMAT',
      details: { found: 'docx' },
    });
    expect(await refusal(compoundFile(['Workbook']), 'xlsx')).toMatchObject({
      code: 'WRONG_FORMAT',
      details: { found: 'xls' },
    });
    expect(
      await refusal(compoundFile(['EncryptionInfo', 'EncryptedPackage']), 'xlsx'),
    ).toMatchObject({ code: 'ENCRYPTED', details: { format: 'table' } });
    expect(await refusal(noise(), 'xlsx')).toMatchObject({
      code: 'WRONG_FORMAT',
      details: { found: 'notTable' },
    });
    const zip = zipBuffer([{ name: 'readme.txt', data: Buffer.from('hei') }]);
    expect(await refusal(zip, 'xlsx')).toMatchObject({
      code: 'WRONG_FORMAT',
      details: { found: 'notTable' },
    });
  });

  it('calls a truncated or broken workbook damaged', async () => {
    const whole = await surveyXlsx(answers);
    expect(await refusal(whole.subarray(0, Math.floor(whole.length / 2)), 'xlsx')).toMatchObject({
      code: 'DAMAGED_FILE',
    });
    const broken = zipBuffer([
      { name: '[Content_Types].xml', data: Buffer.from('<Types') },
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook><sheets><sheet') },
    ]);
    expect(await refusal(broken, 'xlsx')).toMatchObject({
      code: 'DAMAGED_FILE',
      details: { format: 'table' },
    });
  });

  it('refuses a zip bomb before exceljs inflates it', async () => {
    const bomb = zipBuffer([
      { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(3 * 1024 * 1024, 0x20) },
    ]);
    expect(await refusal(bomb, 'xlsx', { ...surveyLimits, maxUnpackedMb: 2 })).toMatchObject({
      code: 'TOO_LARGE',
      details: { limit: 'unpacked' },
    });
  });

  it('refuses too many rows and a workbook with no data', async () => {
    const many = [['Kommentti'], ...Array.from({ length: 31 }, (_, index) => [`K${index}`])];
    expect(
      await refusal(await surveyXlsx(many), 'xlsx', { ...surveyLimits, maxRows: 30 }),
    ).toMatchObject({ code: 'TOO_LARGE', details: { limit: 'table', rows: 30 } });
    expect(await refusal(await surveyXlsx([[], []]), 'xlsx')).toMatchObject({
      code: 'EMPTY_DOCUMENT',
      details: { format: 'table' },
    });
  });
});
