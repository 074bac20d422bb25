import Papa from 'papaparse';
import type { CommentSummary } from '../../../shared/domain/rounds';
import type { Language } from '../../../shared/domain/settings';
import { exportMessages } from '../../../shared/i18n/messages/export';
import { commentLabels } from './summary-labels';

const BOM = '\uFEFF';

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
    { delimiter: ';', newline: '\r\n', escapeFormulae: true },
  );
  return new TextEncoder().encode(`${BOM}${csv}\r\n`);
}
