import type { SurveyColumns } from '../../../shared/domain/comment-import';
import { CoreError } from '../errors';
import { aboutFile, type ReturnedFile } from './sniff';
import type { SurveyTable } from './survey-table';
import type { ParsedFile } from './types';

/** A survey file as read: its table, the columns used, and the headers left unmapped. */
export interface SurveyRead {
  table: SurveyTable;
  /** null: no comment column was recognised and none was given (the mapping step asks). */
  columns: SurveyColumns | null;
  unplaced: string[];
}

export interface ReadFile {
  source: ReturnedFile;
  parsed: ParsedFile;
  survey: SurveyRead | null;
}

/**
 * The readers load jsdom and ExcelJS: only when a returned file is read, never at startup of the
 * app or the command line.
 */
const docxReader = () => import('./docx-comments');
const surveyReaders = () =>
  Promise.all([import('./survey-table'), import('./survey-columns'), import('./survey-comments')]);

const badColumns = (path: string) => new CoreError('INVALID_INPUT', { issue: 'columns', path });

/** Headers of the columns the mapping leaves out (unnamed columns have nothing to name). */
function unplacedHeaders(headers: readonly string[], columns: SurveyColumns): string[] {
  const used = new Set(Object.values(columns).filter((column) => column !== null));
  return headers.filter((header, index) => !used.has(index) && header.trim() !== '');
}

async function readSurvey(
  source: ReturnedFile & { kind: 'csv' | 'xlsx' },
  given: SurveyColumns | undefined,
): Promise<ReadFile> {
  const [{ readSurveyTable }, { recogniseColumns }, { surveyComments }] = await surveyReaders();
  const table = await readSurveyTable(source.bytes, source.kind);
  let survey: SurveyRead;
  if (given) {
    const columns = [given.organisation, given.section, given.comment, given.quote];
    if (columns.some((column) => column !== null && column >= table.headers.length)) {
      throw badColumns(source.path);
    }
    survey = { table, columns: given, unplaced: unplacedHeaders(table.headers, given) };
  } else {
    survey = { table, ...recogniseColumns(table.headers) };
  }
  const parsed = survey.columns
    ? surveyComments(table, survey.columns)
    : { comments: [], skipped: [] };
  return { source, parsed, survey };
}

/** Reads the comments of a file whose kind is known; survey files with `columns` if given. */
export async function parseCommentFile(
  source: ReturnedFile,
  columns: SurveyColumns | undefined,
): Promise<ReadFile> {
  try {
    if (source.kind === 'docx') {
      const { readDocxComments } = await docxReader();
      return { source, parsed: await readDocxComments(source.bytes), survey: null };
    }
    return await readSurvey({ ...source, kind: source.kind }, columns);
  } catch (error) {
    throw aboutFile(error, source.path);
  }
}

/** The survey's columns for the commit: a file without a comment column cannot be imported. */
export function requireColumns(file: ReadFile): void {
  if (file.survey && file.survey.columns === null) throw badColumns(file.source.path);
}
