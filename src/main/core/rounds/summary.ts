// TEMPORARY (contract stage): the rounds helper writes the summary.
import type { CommentSummary } from '../../../shared/domain/rounds';
import type { Db } from '../db/plan-file';
import { CoreError } from '../errors';

/**
 * kommenttikooste ja vastineet of a round (null: the newest round; NOT_FOUND when there is none):
 * used by `comments.summary`, the summary's DOCX/CSV export and the PDF's comments annex.
 */
export function commentSummary(_db: Db, _roundId: string | null): CommentSummary {
  throw new CoreError('UNSUPPORTED');
}
