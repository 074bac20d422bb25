// TEMPORARY (contract stage): the review helper builds the margin.
import type { Outline } from '../../../../shared/domain/section';

export interface CommentsMarginProps {
  docId: string;
  outline: Outline;
  /** The section the caret is in (its comments come first). */
  currentId: string | null;
  /** Opens the chair's review of this round at this comment. */
  onOpenReview: (roundId: string, commentId: string) => void;
}

export function CommentsMargin(_props: CommentsMarginProps) {
  return null;
}
