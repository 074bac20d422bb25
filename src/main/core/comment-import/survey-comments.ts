import type { SkippedItem, SurveyColumns } from '../../../shared/domain/comment-import';
import { MAX_QUOTE, type TextQuote } from '../../../shared/domain/rounds';
import { CoreError } from '../errors';
import type { SurveyTable } from './table-shape';
import type { ParsedComment, ParsedFile } from './types';

const EXCERPT_CHARS = 80;

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_CHARS ? flat : `${flat.slice(0, EXCERPT_CHARS - 1).trimEnd()}…`;
}

function quoteOf(cell: string): TextQuote | null {
  const exact = cell.replace(/\s+/g, ' ').trim().slice(0, MAX_QUOTE).trim();
  return exact === '' ? null : { exact, prefix: '', suffix: '' };
}

function checkColumns(table: SurveyTable, columns: SurveyColumns): void {
  for (const [role, column] of Object.entries(columns)) {
    if (column !== null && column >= table.headers.length) {
      throw new CoreError('INVALID_INPUT', {
        issue: `columns.${role}: column ${column + 1} of ${table.headers.length}`,
      });
    }
  }
}

/**
 * The comments of a survey table, one per row that has a comment. A row with no comment, or with
 * no organisation while that column is mapped, is skipped and reported; an entirely empty row
 * between answers, or a row that names only its section (an unfilled row of the response form
 * we send out), is not a row she would miss.
 */
export function surveyComments(table: SurveyTable, columns: SurveyColumns): ParsedFile {
  checkColumns(table, columns);
  const comments: ParsedComment[] = [];
  const skipped: SkippedItem[] = [];
  table.rows.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const row = table.firstRow + index;
    const cell = (column: number | null) => (column === null ? '' : cells[column]!.trim());
    const text = cell(columns.comment);
    const author = cell(columns.organisation);
    if (text === '' && author === '' && cell(columns.quote) === '') return;
    if (text === '') {
      // Named by who wrote it and where, not by a survey tool's answer number and times.
      const named = [columns.organisation, columns.section, columns.quote].map(cell).join(' ');
      skipped.push({ row, commentNo: null, reason: 'emptyText', excerpt: excerpt(named) });
      return;
    }
    if (columns.organisation !== null && author === '') {
      skipped.push({ row, commentNo: null, reason: 'noOrganisation', excerpt: excerpt(text) });
      return;
    }
    comments.push({
      commentNo: null,
      row,
      author: author.replace(/\s+/g, ' '),
      sectionHint: cell(columns.section) || null,
      quote: columns.quote === null ? null : quoteOf(cells[columns.quote]!),
      text,
      kind: 'comment',
      proposal: null,
      parentNo: null,
      date: null,
    });
  });
  return { comments, skipped };
}
