import { describe, expect, it } from 'vitest';
import { surveyComments } from './survey-comments';
import { recogniseColumns } from './survey-columns';
import { surveyCsv, surveyXlsx } from './survey-fixtures';
import { readSurveyTable, type SurveyTable } from './survey-table';

const table = (headers: string[], rows: string[][], firstRow = 2): SurveyTable => ({
  delimiter: ';',
  encoding: 'utf-8',
  sheet: null,
  headers,
  rows,
  firstRow,
});

const all = { organisation: 0, section: 1, comment: 2, quote: 3 };

describe('turning survey rows into comments', () => {
  it('makes one comment per row, numbered by its row in the file', () => {
    const parsed = surveyComments(
      table(
        ['Organisaatio', 'Luku', 'Kommentti', 'Lainaus'],
        [
          [' Kunta  A ', '4.1', ' Lisätään yhteystiedot. ', '  kuraattorin   palvelut '],
          ['Kunta B', '', 'Yleisesti hyvä.', ''],
        ],
        5,
      ),
      all,
    );
    expect(parsed.skipped).toEqual([]);
    expect(parsed.comments).toEqual([
      {
        commentNo: null,
        row: 5,
        author: 'Kunta A',
        sectionHint: '4.1',
        quote: { exact: 'kuraattorin palvelut', prefix: '', suffix: '' },
        text: 'Lisätään yhteystiedot.',
        kind: 'comment',
        proposal: null,
        parentNo: null,
        date: null,
      },
      {
        commentNo: null,
        row: 6,
        author: 'Kunta B',
        sectionHint: null,
        quote: null,
        text: 'Yleisesti hyvä.',
        kind: 'comment',
        proposal: null,
        parentNo: null,
        date: null,
      },
    ]);
  });

  it('keeps the line breaks of a comment and cuts a long quote to the limit', () => {
    const parsed = surveyComments(table(['K', 'L'], [['Eka.\nToka.', 'x'.repeat(2500)]]), {
      organisation: null,
      section: null,
      comment: 0,
      quote: 1,
    });
    expect(parsed.comments[0]).toMatchObject({ author: '', text: 'Eka.\nToka.' });
    expect(parsed.comments[0]!.quote!.exact).toHaveLength(2000);
  });

  it('skips rows without a comment or an organisation, and passes over empty rows', () => {
    const parsed = surveyComments(
      table(
        ['Organisaatio', 'Luku', 'Kommentti', 'Lainaus'],
        [
          ['Kunta A', '4.1', '   ', ''],
          ['', '', '', ''],
          ['', '4.2', '', ''],
          ['', '2', 'Kenen tämä on?', ''],
          ['Kunta C', '', 'Hyvä', ''],
        ],
      ),
      all,
    );
    // Row 4 names only its section: an unfilled row of our response form, not worth a report.
    expect(parsed.comments.map((comment) => comment.row)).toEqual([6]);
    expect(parsed.skipped).toEqual([
      { row: 2, commentNo: null, reason: 'emptyText', excerpt: 'Kunta A 4.1' },
      { row: 5, commentNo: null, reason: 'noOrganisation', excerpt: 'Kenen tämä on?' },
    ]);
    const forms = surveyComments(
      table(
        ['ID', 'Email', 'Kommentti', 'Organisaatio'],
        [
          ['7', 'anonymous', '', ''],
          ['8', 'anonymous', '', 'Kunta D'],
        ],
      ),
      { organisation: 3, section: null, comment: 2, quote: null },
    );
    // Named by its organisation; an answer with nothing of its own filled in is passed over.
    expect(forms.skipped.map((item) => item.excerpt)).toEqual(['Kunta D']);
  });

  it('refuses a column the table does not have', () => {
    const refusal = (columns: Parameters<typeof surveyComments>[1]) => {
      try {
        surveyComments(table(['A', 'B'], [['x', 'y']]), columns);
      } catch (error) {
        return error;
      }
      return expect.fail('read');
    };
    expect(refusal({ organisation: null, section: 5, comment: 0, quote: null })).toMatchObject({
      code: 'INVALID_INPUT',
      details: { issue: 'columns.section: column 6 of 2' },
    });
    expect(refusal({ organisation: 2, section: null, comment: 0, quote: null })).toMatchObject({
      code: 'INVALID_INPUT',
      details: { issue: 'columns.organisation: column 3 of 2' },
    });
  });
});

describe('survey exports from end to end', { timeout: 60_000 }, () => {
  it('reads a Webropol-like export in Windows-1252 with long question headers', async () => {
    const bytes = surveyCsv(
      [
        [
          'Vastaajan numero',
          'Vastausaika',
          'Organisaatio, jota edustatte',
          'Mihin suunnitelman kohtaan kommenttinne liittyy?',
          'Kommenttinne ja muutosehdotuksenne',
        ],
        [
          '1',
          '3.11.2026 9:01',
          'Hämeenlinnan kaupunki',
          'Luku 4.1',
          'Lisätään\r\n"opiskeluhuolto"',
        ],
        ['2', '4.11.2026 10:15', 'Ålands gymnasium', 'Yleinen', 'Bra; tydligt.'],
      ],
      { encoding: 'windows-1252' },
    );
    const read = await readSurveyTable(bytes, 'csv');
    const { columns, unplaced } = recogniseColumns(read.headers);
    expect(unplaced).toEqual(['Vastaajan numero', 'Vastausaika']);
    const parsed = surveyComments(read, columns!);
    expect(
      parsed.comments.map(({ row, author, sectionHint, text }) => [row, author, sectionHint, text]),
    ).toEqual([
      [2, 'Hämeenlinnan kaupunki', 'Luku 4.1', 'Lisätään\n"opiskeluhuolto"'],
      [3, 'Ålands gymnasium', 'Yleinen', 'Bra; tydligt.'],
    ]);
  });

  it('reads a Microsoft Forms workbook', async () => {
    const bytes = await surveyXlsx([
      [
        'ID',
        'Start time',
        'Completion time',
        'Email',
        'Name',
        'Organization',
        'Section',
        'Comment',
      ],
      [
        1,
        new Date(Date.UTC(2026, 10, 3, 9, 1)),
        new Date(Date.UTC(2026, 10, 3, 9, 14)),
        'anonymous',
        '',
        'Kunta A',
        4.1,
        'Selkeä',
      ],
      [
        2,
        new Date(Date.UTC(2026, 10, 4, 12, 30)),
        new Date(Date.UTC(2026, 10, 4, 12, 41)),
        'anonymous',
        '',
        'Kunta B',
        '',
        'Hyvä',
      ],
    ]);
    const read = await readSurveyTable(bytes, 'xlsx');
    const { columns } = recogniseColumns(read.headers);
    expect(columns).toEqual({ organisation: 5, section: 6, comment: 7, quote: null });
    const parsed = surveyComments(read, columns!);
    expect(
      parsed.comments.map(({ author, sectionHint, text }) => [author, sectionHint, text]),
    ).toEqual([
      ['Kunta A', '4.1', 'Selkeä'],
      ['Kunta B', null, 'Hyvä'],
    ]);
  });
});
