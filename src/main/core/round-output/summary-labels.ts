import type { Comment, CommentSummary } from '../../../shared/domain/rounds';
import type { Language } from '../../../shared/domain/settings';
import { helsinkiDate } from '../../../shared/dates';
import { fillText } from '../../../shared/i18n/messages/export';
import { roundsMessages } from '../../../shared/i18n/messages/rounds';
import { formatDate } from '../export/print-html';

/** The words both summary formats print for a comment, in the export's language. */
export function commentLabels(summary: CommentSummary, language: Language) {
  const texts = roundsMessages[language];
  const numbers = new Map(
    summary.sections.flatMap((group) =>
      group.comments.map((comment) => [comment.id, comment.number] as const),
    ),
  );
  const commentNumber = (number: number) => fillText(texts.commentNumber, { number });
  return {
    commentNumber,
    /** The number of the comment a Word reply answers, if known. */
    parentNumber: (comment: Comment): string | null => {
      const parent = comment.parentId === null ? undefined : numbers.get(comment.parentId);
      return parent === undefined ? null : commentNumber(parent);
    },
    kind: (comment: Comment) => texts.commentKind[comment.kind],
    resolution: (comment: Comment) => texts.resolution[comment.resolution],
    /** When it was resolved, as a date in Helsinki ("" while open). */
    resolvedOn: (comment: Comment) =>
      comment.resolvedAt === null
        ? ''
        : formatDate(helsinkiDate(new Date(comment.resolvedAt)), language),
    general: texts.general,
  };
}
