import { locateQuote } from '../../../shared/anchoring';
import type { LexicalNodeJson } from '../../../shared/domain/lexical';
import type { TextQuote } from '../../../shared/domain/rounds';
import { CoreError } from '../errors';
import { deletionSpan, editBlock, textBlocks } from '../sections/lexical-blocks';

/**
 * Replacing a quoted passage inside a Lexical editor state. The passage must lie within one block
 * (paragraph, heading, list item, table cell, quote, code) but may run across several text nodes
 * (formatting runs, links); the new wording takes the format of the passage's first text node.
 */

/**
 * Replaces `quote` in the state's root (changed in place) by `proposal`. Not found, found more
 * than once without context to choose, or running across blocks: PASSAGE_NOT_FOUND with the reason.
 */
export function replacePassage(root: LexicalNodeJson, quote: TextQuote, proposal: string): void {
  const blocks = textBlocks(root);
  const starts: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    starts.push(offset);
    offset += block.text.length + 1;
  }
  const location = locateQuote(blocks.map((block) => block.text).join('\n'), quote);
  if (!location.found) throw new CoreError('PASSAGE_NOT_FOUND', { reason: location.reason });
  const index = starts.findLastIndex((start) => start <= location.start);
  const block = blocks[index]!;
  const found = { from: location.start - starts[index]!, to: location.end - starts[index]! };
  if (found.to > block.text.length) {
    throw new CoreError('PASSAGE_NOT_FOUND', { reason: 'spansParagraphs' });
  }
  const span = proposal === '' ? deletionSpan(block.text, found) : found;
  editBlock(block, { ...span, text: proposal });
}
