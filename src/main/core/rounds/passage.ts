import { locateQuote } from '../../../shared/anchoring';
import type { LexicalNodeJson } from '../../../shared/domain/lexical';
import type { TextQuote } from '../../../shared/domain/rounds';
import { CoreError } from '../errors';

/**
 * Replacing a quoted passage inside a Lexical editor state. The passage must lie within one block
 * (paragraph, heading, list item, table cell, quote, code) but may run across several text nodes
 * (formatting runs, links); the new wording takes the format of the passage's first text node.
 */

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablecell', 'code']);
/** Elements that hold blocks rather than text. */
const CONTAINER_TYPES = new Set(['root', 'list', 'table', 'tablerow']);

interface Piece {
  node: LexicalNodeJson;
  parent: LexicalNodeJson;
  /** Offsets of the piece in its block's text. */
  start: number;
  end: number;
}

interface Block {
  node: LexicalNodeJson;
  text: string;
  pieces: Piece[];
}

function collectInline(element: LexicalNodeJson, block: Block, blocks: Block[]): void {
  for (const child of element.children ?? []) {
    if (BLOCK_TYPES.has(child.type)) {
      collectBlock(child, blocks);
      continue;
    }
    if (CONTAINER_TYPES.has(child.type)) {
      collectBlocks(child, blocks);
      continue;
    }
    const text =
      typeof child.text === 'string'
        ? child.text
        : child.type === 'linebreak'
          ? '\n'
          : child.type === 'tab'
            ? '\t'
            : null;
    if (text !== null) {
      block.pieces.push({
        node: child,
        parent: element,
        start: block.text.length,
        end: block.text.length + text.length,
      });
      block.text += text;
    } else {
      collectInline(child, block, blocks);
    }
  }
}

function collectBlock(node: LexicalNodeJson, blocks: Block[]): void {
  const block: Block = { node, text: '', pieces: [] };
  blocks.push(block);
  collectInline(node, block, blocks);
}

function collectBlocks(container: LexicalNodeJson, blocks: Block[]): void {
  for (const child of container.children ?? []) {
    if (BLOCK_TYPES.has(child.type)) collectBlock(child, blocks);
    else collectBlocks(child, blocks);
  }
}

/** Removes inline elements (links) left without children, below `element`. */
function pruneEmpty(element: LexicalNodeJson): void {
  if (!element.children) return;
  for (const child of element.children) pruneEmpty(child);
  element.children = element.children.filter(
    (child) =>
      BLOCK_TYPES.has(child.type) ||
      CONTAINER_TYPES.has(child.type) ||
      child.children === undefined ||
      child.children.length > 0,
  );
}

/**
 * A deleted passage takes one of the spaces around it along, so that deleting a word leaves
 * neither two spaces in a row nor a space before punctuation.
 */
function withSpaceOfDeletion(text: string, span: { from: number; to: number }) {
  const spaceBefore = span.from > 0 && text[span.from - 1] === ' ';
  if (text[span.to] === ' ' && (span.from === 0 || spaceBefore)) {
    return { from: span.from, to: span.to + 1 };
  }
  if (spaceBefore && (span.to === text.length || /[.,;:!?)]/.test(text[span.to]!))) {
    return { from: span.from - 1, to: span.to };
  }
  return span;
}

/**
 * Replaces `quote` in the state's root (changed in place) by `proposal`. Not found, found more
 * than once without context to choose, or running across blocks: PASSAGE_NOT_FOUND with the reason.
 */
export function replacePassage(root: LexicalNodeJson, quote: TextQuote, proposal: string): void {
  const blocks: Block[] = [];
  collectBlocks(root, blocks);
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
  const { from, to } = proposal === '' ? withSpaceOfDeletion(block.text, found) : found;
  let inserted = false;
  const emptied = new Set<LexicalNodeJson>();
  for (const piece of block.pieces) {
    if (piece.end <= from || piece.start >= to) continue;
    if (typeof piece.node.text !== 'string') {
      emptied.add(piece.node);
      continue;
    }
    const text = piece.node.text;
    piece.node.text =
      text.slice(0, Math.max(from, piece.start) - piece.start) +
      (inserted ? '' : proposal) +
      text.slice(Math.min(to, piece.end) - piece.start);
    inserted = true;
    if (piece.node.text === '') emptied.add(piece.node);
  }
  for (const piece of block.pieces) {
    if (emptied.has(piece.node) && piece.parent.children) {
      piece.parent.children = piece.parent.children.filter((child) => child !== piece.node);
    }
  }
  pruneEmpty(block.node);
}
