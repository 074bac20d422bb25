import { basename } from 'node:path';
import type { ImportFilePreview, SurveyPreview } from '../../../shared/domain/comment-import';
import type { Db } from '../db/plan-file';
import type { VersionSection } from '../rounds/store';
import { countAuthors, suggestAuthor } from './map-authors';
import type { ReadFile, SurveyRead } from './parse';
import { resolveSection } from './section-ref';
import type { ParsedFile } from './types';

const SAMPLE_ROWS = 10;

/** Rows whose section cell names no section of the round's version: they become general. */
function generalRows(parsed: ParsedFile, sections: readonly VersionSection[]) {
  return parsed.comments.flatMap((comment) =>
    comment.row !== null &&
    comment.sectionHint !== null &&
    comment.sectionHint.trim() !== '' &&
    resolveSection(comment.sectionHint, sections) === null
      ? [{ row: comment.row, section: comment.sectionHint }]
      : [],
  );
}

function surveyPreview(
  survey: SurveyRead,
  parsed: ParsedFile,
  sections: readonly VersionSection[],
): SurveyPreview {
  const { table } = survey;
  return {
    delimiter: table.delimiter,
    encoding: table.encoding,
    sheet: table.sheet,
    headers: table.headers,
    columns: survey.columns,
    unplaced: survey.unplaced,
    sample: table.rows.slice(0, SAMPLE_ROWS),
    rows: table.rows.length,
    general: generalRows(parsed, sections),
  };
}

/** The last import of the same bytes into the round, if any. */
function previousImport(db: Db, roundId: string, digest: string) {
  const row = db
    .prepare(
      `SELECT imported_at AS at, comments FROM comment_imports
       WHERE round_id = ? AND file_digest = ? ORDER BY imported_at DESC LIMIT 1`,
    )
    .get(roundId, digest) as { at: string; comments: number } | undefined;
  return row ?? null;
}

/** What importing one read file would bring into the round; reads the plan, writes nothing. */
export function filePreview(
  db: Db,
  roundId: string,
  sections: readonly VersionSection[],
  file: ReadFile,
): ImportFilePreview {
  const { source, parsed, survey } = file;
  const { comments } = parsed;
  return {
    path: source.path,
    name: basename(source.path),
    kind: source.kind,
    digest: source.digest,
    bytes: source.bytes.length,
    previouslyImported: previousImport(db, roundId, source.digest),
    comments: comments.length,
    changes: comments.filter((comment) => comment.kind === 'change').length,
    replies: comments.filter((comment) => comment.parentNo !== null).length,
    authors: [...countAuthors(comments)].map(([author, count]) =>
      suggestAuthor(db, author, count, source.path),
    ),
    survey: survey ? surveyPreview(survey, parsed, sections) : null,
    skipped: parsed.skipped,
  };
}
