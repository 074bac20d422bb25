import Papa from 'papaparse';
import type { CommentSummary } from '../../../shared/domain/rounds';
import type { Language } from '../../../shared/domain/settings';
import { exportMessages } from '../../../shared/i18n/messages/export';
import { commentLabels } from './summary-labels';

const BOM = '\uFEFF';

/**
 * A cell Excel or LibreOffice would read as a formula: it starts with = + - @, a tab or a carriage
 * return, or their full-width forms. Papa's own `escapeFormulae: true` pattern ends in `.*$`
 * without the `s` flag, so it misses any cell with a line break (a comment of two paragraphs);
 * this one looks at the first character only. Such cells get a leading apostrophe (OWASP).
 */
export const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * The comment summary as a table for Excel: one row per comment, semicolons (what Excel expects
 * with a Finnish locale), a byte-order mark so it reads the file as UTF-8, CRLF line ends. Cells
 * that start like a formula are escaped, since the texts come from outside organisations.
 */
export function summaryCsv(summary: CommentSummary, language: Language): Uint8Array {
  const columns = exportMessages[language].summary.columns;
  const labels = commentLabels(summary, language);
  const rows = summary.sections.flatMap(({ section, comments }) =>
    comments.map((comment) => [
      labels.commentNumber(comment.number),
      comment.respondentName,
      labels.kind(comment),
      section?.number ?? '',
      section?.title ?? labels.general,
      comment.quote?.exact ?? '',
      comment.text,
      comment.proposal ?? '',
      labels.resolution(comment),
      comment.response,
      comment.resolvedBy,
      labels.resolvedOn(comment),
    ]),
  );
  const csv = Papa.unparse(
    {
      fields: [
        columns.number,
        columns.respondent,
        columns.kind,
        columns.section,
        columns.title,
        columns.quote,
        columns.comment,
        columns.proposal,
        columns.resolution,
        columns.response,
        columns.resolvedBy,
        columns.resolvedAt,
      ],
      data: rows,
    },
    { delimiter: ';', newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return new TextEncoder().encode(`${BOM}${csv}\r\n`);
}
