// TEMPORARY (contract stage): the rounds helper builds this view.
import type { Outline } from '../../../../shared/domain/section';
import type { TextQuote } from '../../../../shared/domain/rounds';

export interface RoundsViewProps {
  docId: string;
  outline: Outline;
  /** Shows a comment's passage in the text view (or its section, when quote is null). */
  onShowPassage: (sectionId: string, quote: TextQuote | null) => void;
  /** Opens straight into the review of this round at this comment (from the editor's margin). */
  review: { roundId: string; commentId: string } | null;
  /** The view has taken `review` over (so going back to the list later does not reopen it). */
  onReviewShown: () => void;
}

export function RoundsView(_props: RoundsViewProps) {
  return null;
}
