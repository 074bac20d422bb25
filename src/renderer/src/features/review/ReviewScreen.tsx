import type { Outline } from '../../../../shared/domain/section';
import type { TextQuote } from '../../../../shared/domain/rounds';

export interface ReviewScreenProps {
  docId: string;
  roundId: string;
  outline: Outline;
  /** The comment to select first (from the editor's margin), or null for the first open one. */
  initialCommentId: string | null;
  onBack: () => void;
  /** Shows a comment's passage in the text view (its section's start when quote is null). */
  onShowPassage: (sectionId: string, quote: TextQuote | null) => void;
}

export function ReviewScreen(_props: ReviewScreenProps) {
  return null;
}
