// TEMPORARY (contract stage): the review helper writes passage finding and highlighting.
import type { TextQuote } from '../../../../shared/domain/rounds';
import type { EditorRegistry } from '../editor/registry';

/**
 * Brings a section into view and selects the quoted passage in its editor (the section's start
 * when the quote is null or no longer found). Returns whether the passage was found.
 */
export function revealPassage(
  _editors: EditorRegistry,
  _sectionId: string,
  _quote: TextQuote | null,
): boolean {
  return false;
}
