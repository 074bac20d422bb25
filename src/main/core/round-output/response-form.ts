import ExcelJS from 'exceljs';
import type { Language } from '../../../shared/domain/settings';
import { exportMessages, fillText } from '../../../shared/i18n/messages/export';
import { roundsMessages } from '../../../shared/i18n/messages/rounds';
import { formatDate } from '../export/print-html';
import type { PackageData } from './package-data';

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF4' },
};

/** A sheet with a bold, frozen header row, set widths and wrapped text. */
function addTable(
  book: ExcelJS.Workbook,
  name: string,
  columns: Array<{ header: string; width: number }>,
  rows: string[][],
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map(({ header, width }) => ({
    header,
    width,
    style: { alignment: { wrapText: true, vertical: 'top' } },
  }));
  sheet.addRows(rows);
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = HEADER_FILL;
  return sheet;
}

/**
 * The vastauslomake of a round: one row per section of the round's version and one for general
 * comments, the questions with room for answers, and the instructions. Its headers are ones the
 * survey import recognises, so a filled form comes back as comments.
 */
export async function buildResponseForm(
  data: PackageData,
  language: Language,
): Promise<Uint8Array> {
  const texts = exportMessages[language].roundPackage;
  const columns = texts.form.columns;
  const book = new ExcelJS.Workbook();
  book.creator = 'Suunta';
  book.title = `${data.round.title}: ${texts.files.form}`;
  addTable(
    book,
    texts.form.sheets.answers,
    [
      { header: columns.organisation, width: 28 },
      { header: columns.section, width: 36 },
      { header: columns.paragraph, width: 10 },
      { header: columns.quote, width: 40 },
      { header: columns.comment, width: 60 },
      { header: columns.proposal, width: 40 },
    ],
    [
      ...data.sections.map((section) => ['', `${section.number} ${section.title}`]),
      ['', roundsMessages[language].general],
    ],
  );
  if (data.questions.length > 0) {
    const question = texts.form.questionColumns;
    addTable(
      book,
      texts.form.sheets.questions,
      [
        { header: question.number, width: 6 },
        { header: question.section, width: 36 },
        { header: question.question, width: 60 },
        { header: question.answer, width: 60 },
      ],
      data.questions.map((entry) => [
        String(entry.number),
        entry.section === null
          ? texts.letter.wholePlan
          : `${entry.section.number} ${entry.section.title}`,
        entry.text,
        '',
      ]),
    );
  }
  const guide = texts.form.instructions;
  const sheet = book.addWorksheet(texts.form.sheets.instructions);
  sheet.getColumn(1).width = 100;
  sheet.getColumn(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.addRows(
    [
      fillText(guide.title, { round: data.round.title }),
      guide.rows,
      guide.organisation,
      guide.fields,
      guide.proposal,
      guide.addRows,
      ...(data.round.closesOn === null
        ? []
        : [fillText(guide.deadline, { date: formatDate(data.round.closesOn, language) })]),
      ...(data.round.instructions.trim() === '' ? [] : ['', data.round.instructions.trim()]),
    ].map((line) => [line]),
  );
  sheet.getCell('A1').font = { bold: true, size: 14 };
  return new Uint8Array(await book.xlsx.writeBuffer());
}
