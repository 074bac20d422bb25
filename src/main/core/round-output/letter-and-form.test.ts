import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recogniseColumns } from '../comment-import/survey-columns';
import { surveyComments } from '../comment-import/survey-comments';
import { readSurveyTable } from '../comment-import/survey-table';
import { makeTestCore, type TestCore } from '../testing/test-core';
import { buildCoverLetter } from './cover-letter';
import { packageFileNames } from './file-names';
import { readPackageData, type PackageData } from './package-data';
import { buildResponseForm } from './response-form';
import { docxText } from './testing/docx-text';
import { createRoundPlan, FILE_STEM, ROUND_TITLE, type RoundPlan } from './testing/round-plan';

/** The cover letter and the response form of a round, read back from their bytes. */

let t: TestCore;
let plan: RoundPlan;
let data: PackageData;
const facts = {
  today: '2026-03-02',
  contact: 'Sanna Sihteeri',
  files: packageFileNames(ROUND_TITLE, 'fi'),
};

beforeAll(async () => {
  t = makeTestCore();
  plan = await createRoundPlan(t, join(t.dir, 'plan.opsu'));
  await t.value('plan.close', { docId: plan.docId });
  const db = new Database(plan.path, { readonly: true });
  try {
    data = readPackageData(db, plan.roundId);
  } finally {
    db.close();
  }
}, 60_000);

afterAll(() => t?.dispose());

const sectionLabel = (index: number) =>
  `${plan.outline[index]!.number} ${plan.outline[index]!.title}`;

describe('the package data', () => {
  it("is the round version's sections, the respondents asked and the questions in order", () => {
    expect(data.round).toMatchObject({
      title: ROUND_TITLE,
      versionId: plan.version.id,
      versionNumber: plan.version.number,
      versionLabel: 'Lausunnolle',
      closesOn: '2026-04-15',
    });
    expect(data.sections.map((section) => section.id)).toEqual(
      plan.outline.map((entry) => entry.id),
    );
    expect(data.invited).toEqual([
      { name: 'Jyväskylän kaupunki', kind: 'municipality' },
      { name: 'Koulutuskuntayhtymä Gradia', kind: 'provider' },
    ]);
    expect(data.questions).toEqual([
      {
        number: 1,
        section: expect.objectContaining({ id: plan.outline[1]!.id }) as unknown,
        text: 'Ovatko vastuut selvät?',
      },
      { number: 2, section: null, text: 'Mitä suunnitelmasta puuttuu?' },
    ]);
  });
});

describe('the cover letter', () => {
  it('says what is asked, from whom, by when and how to answer, in Finnish', async () => {
    const { xml, lines } = await docxText(await buildCoverLetter(data, 'fi', facts));
    const text = lines.join('\n');
    expect(lines.slice(0, 4)).toEqual(['2.3.2026', 'Saatekirje', ROUND_TITLE, expect.any(String)]);
    expect(lines[3]).toBe(
      'Keski-Suomen alueellinen opiskeluhuoltosuunnitelma, Keski-Suomen hyvinvointialue',
    );
    expect(text).toContain(`versio ${plan.version.number}: Lausunnolle`);
    // Her instructions, line by line.
    expect(lines).toContain('Pyydämme lausuntoa suunnitelmaluonnoksesta.');
    expect(lines).toContain('Kiinnittäkää huomiota erityisesti lukuun 1.');
    expect(lines).toContain('Jyväskylän kaupunki (Kunta)');
    expect(lines).toContain('Koulutuskuntayhtymä Gradia (Koulutuksen järjestäjä)');
    expect(text).not.toContain('Äänekosken kaupunki');
    expect(lines).toContain('Vastauksia pyydetään viimeistään 15.4.2026.');
    expect(text).toContain(`(${FILE_STEM} – luonnos.docx)`);
    expect(text).toContain(`(${FILE_STEM} – vastauslomake.xlsx)`);
    expect(text).toContain('”4.1, kappale 2”');
    // Questions grouped: the whole plan first, then by section, numbered as in the form.
    const questions = lines.slice(lines.indexOf('Kysymykset'));
    expect(questions.slice(2, 6)).toEqual([
      'Koko suunnitelma',
      '2. Mitä suunnitelmasta puuttuu?',
      sectionLabel(1),
      '1. Ovatko vastuut selvät?',
    ]);
    expect(lines).toContain(`${FILE_STEM} – luonnos.pdf`);
    expect(lines.at(-1)).toBe('Lisätietoja antaa Sanna Sihteeri.');
    // Word's own styles, so its navigation pane shows the parts; the text is marked Finnish.
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(xml.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBe(7);
  });

  it('follows the language asked for and leaves out what is not set', async () => {
    const sv = {
      ...data,
      round: { ...data.round, closesOn: null, instructions: '' },
      questions: [],
    };
    const { lines } = await docxText(
      await buildCoverLetter(sv, 'sv', {
        ...facts,
        contact: ' ',
        files: packageFileNames(ROUND_TITLE, 'sv'),
      }),
    );
    expect(lines).toContain('Följebrev');
    expect(lines).toContain('Jyväskylän kaupunki (Kommun)');
    expect(lines).toContain('Tidsfristen meddelas separat.');
    expect(lines).toContain(
      'Vi ber om kommentarer till utkastet som helhet och till enskilda ställen i det.',
    );
    expect(lines).toContain(`${FILE_STEM} – svarsblankett.xlsx`);
    expect(lines).not.toContain('Frågor');
    expect(lines.join('\n')).not.toContain('Mer information');
  });
});

describe('the response form', () => {
  let book: ExcelJS.Workbook;
  let bytes: Uint8Array;

  beforeAll(async () => {
    bytes = await buildResponseForm(data, 'fi');
    book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  });

  const values = (sheet: ExcelJS.Worksheet) =>
    sheet
      .getSheetValues()
      .slice(1)
      .map((row) => (Array.isArray(row) ? row.slice(1).map((cell) => cell ?? '') : []));

  it('has a row for every section of the round version and one for general comments', () => {
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Vastaukset',
      'Kysymykset',
      'Ohje',
    ]);
    const sheet = book.getWorksheet('Vastaukset')!;
    const rows = values(sheet);
    expect(rows[0]).toEqual([
      'Organisaatio',
      'Luku',
      'Kappale',
      'Lainaus tekstistä',
      'Kommentti',
      'Muutosehdotus',
    ]);
    expect(rows.slice(1).map((row) => row[1])).toEqual([
      ...plan.outline.map((_, index) => sectionLabel(index)),
      'Yleiset kommentit',
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(5).width).toBe(60);
    expect(sheet.getCell('E2').alignment).toMatchObject({ wrapText: true });
    expect(sheet.getRow(1).font).toMatchObject({ bold: true });
  });

  it('lists the questions with room for answers, and the instructions', () => {
    expect(values(book.getWorksheet('Kysymykset')!)).toEqual([
      ['Nro', 'Luku', 'Kysymys', 'Vastaus'],
      ['1', sectionLabel(1), 'Ovatko vastuut selvät?', ''],
      ['2', 'Koko suunnitelma', 'Mitä suunnitelmasta puuttuu?', ''],
    ]);
    const guide = values(book.getWorksheet('Ohje')!).map((row) => row[0]);
    expect(guide[0]).toBe(`Vastauslomake: ${ROUND_TITLE}`);
    expect(guide).toContain('Vastauksia pyydetään viimeistään 15.4.2026.');
    expect(guide.at(-1)).toBe(
      'Pyydämme lausuntoa suunnitelmaluonnoksesta.\nKiinnittäkää huomiota erityisesti lukuun 1.',
    );
  });

  it('comes back as comments through the survey import once filled in', async () => {
    const sheet = book.getWorksheet('Vastaukset')!;
    sheet.getCell('A3').value = 'Jyväskylän kaupunki';
    sheet.getCell('C3').value = '2';
    sheet.getCell('D3').value = 'toinen kappale';
    sheet.getCell('E3').value = 'Tarkentakaa vastuita.';
    const last = sheet.rowCount;
    sheet.getCell(`A${last}`).value = 'Koulutuskuntayhtymä Gradia';
    sheet.getCell(`E${last}`).value = 'Hyvä luonnos.';
    const filled = new Uint8Array(await book.xlsx.writeBuffer());
    const table = await readSurveyTable(filled, 'xlsx');
    const { columns, unplaced } = recogniseColumns(table.headers);
    expect(columns).toEqual({ organisation: 0, section: 1, quote: 3, comment: 4 });
    expect(unplaced).toEqual(['Kappale', 'Muutosehdotus']);
    const parsed = surveyComments(table, columns!);
    expect(parsed.comments).toEqual([
      expect.objectContaining({
        author: 'Jyväskylän kaupunki',
        sectionHint: sectionLabel(1),
        quote: { exact: 'toinen kappale', prefix: '', suffix: '' },
        text: 'Tarkentakaa vastuita.',
      }),
      expect.objectContaining({
        author: 'Koulutuskuntayhtymä Gradia',
        sectionHint: 'Yleiset kommentit',
        text: 'Hyvä luonnos.',
      }),
    ]);
  });

  it('has headers the survey import recognises in Swedish and English too', async () => {
    for (const language of ['sv', 'en'] as const) {
      const table = await readSurveyTable(await buildResponseForm(data, language), 'xlsx');
      expect(recogniseColumns(table.headers).columns).toEqual({
        organisation: 0,
        section: 1,
        quote: 3,
        comment: 4,
      });
    }
  });
});
