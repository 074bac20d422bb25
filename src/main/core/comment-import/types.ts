import type { SkippedItem } from '../../../shared/domain/comment-import';
import type { CommentKind, TextQuote } from '../../../shared/domain/rounds';

/**
 * One comment as read from a returned file, before it is tied to the round: what the Word reader
 * (docx-comments.ts) and the survey reader (survey.ts) both produce, and the import service writes.
 */
export interface ParsedComment {
  /** Where in the file: a Word comment's number (1, 2 … in document order) or a survey row. */
  commentNo: number | null;
  row: number | null;
  /** The Word author, or the survey's organisation cell ("" when the file names none). */
  author: string;
  /**
   * What names its section: the text of the heading it sits under in Word ("4.1 Yhteisöllinen
   * opiskeluhuolto"), or the survey's section cell ("4.1", "Luku 4", a title); null: none.
   */
  sectionHint: string | null;
  /** The commented passage with its context (TextQuoteSelector), or null. */
  quote: TextQuote | null;
  text: string;
  kind: CommentKind;
  /** A change proposal's new wording for `quote.exact` ("" deletes it). */
  proposal: string | null;
  /** A reply: the `commentNo` of the comment it answers (Word threads). */
  parentNo: number | null;
  /** When it was written, if the file says (ISO 8601). */
  date: string | null;
}

export interface ParsedFile {
  comments: ParsedComment[];
  /** What was left out, and why. */
  skipped: SkippedItem[];
}
