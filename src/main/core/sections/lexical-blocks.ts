import type { LexicalNodeJson } from '../../../shared/domain/lexical';

/**
 * The text blocks of a Lexical editor state (paragraph, heading, quote, list item, table cell,
 * code) as they read, and edits of a block's text made in place in the JSON. A block's text runs
 * across its text nodes (formatting runs, links), line breaks and tabs; nested blocks (a list
 * inside a list item, a paragraph inside a table cell) are blocks of their own. Decorator nodes
 * (data blocks) hold no text here, so edits never reach them.
 */

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablecell', 'code']);
/** Elements that hold blocks rather than text. */
const CONTAINER_TYPES = new Set(['root', 'list', 'table', 'tablerow']);

/** A node giving a block part of its text: a text node, a line break or a tab. */
export interface TextPiece {
  node: LexicalNodeJson;
  parent: LexicalNodeJson;
  /** Offsets of the piece in its block's text. */
  start: number;
  end: number;
}

export interface TextBlock {
  node: LexicalNodeJson;
  text: string;
  pieces: TextPiece[];
}

/** A change of a block's text: `text.slice(from, to)` becomes `text`. */
export interface TextEdit {
  from: number;
  to: number;
  text: string;
}

function collectInline(element: LexicalNodeJson, block: TextBlock, blocks: TextBlock[]): void {
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

function collectBlock(node: LexicalNodeJson, blocks: TextBlock[]): void {
  const block: TextBlock = { node, text: '', pieces: [] };
  blocks.push(block);
  collectInline(node, block, blocks);
}

function collectBlocks(container: LexicalNodeJson, blocks: TextBlock[]): void {
  for (const child of container.children ?? []) {
    if (BLOCK_TYPES.has(child.type)) collectBlock(child, blocks);
    else collectBlocks(child, blocks);
  }
}

/** The text blocks under `root` in reading order (a block before the blocks nested in it). */
export function textBlocks(root: LexicalNodeJson): TextBlock[] {
  const blocks: TextBlock[] = [];
  collectBlocks(root, blocks);
  return blocks;
}

/** One block's text and pieces as they are now (its nested blocks left out). */
export function readBlock(node: LexicalNodeJson): TextBlock {
  const blocks: TextBlock[] = [];
  collectBlock(node, blocks);
  return blocks[0]!;
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
 * A deleted span takes one of the spaces around it along, so that deleting a word leaves neither
 * two spaces in a row nor a space before punctuation.
 */
export function deletionSpan(text: string, span: { from: number; to: number }) {
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
 * Changes the block's text in place: the new text goes into the first text node of the span, in
 * that node's format; nodes the edit empties are removed, and so are links left without text. The
 * block's `text` and `pieces` are stale afterwards (`readBlock` reads it again); the text before
 * `edit.from` keeps its offsets.
 */
export function editBlock(block: TextBlock, edit: TextEdit): void {
  const { from, to, text } = edit;
  let inserted = false;
  const emptied = new Set<LexicalNodeJson>();
  for (const piece of block.pieces) {
    if (piece.end <= from || piece.start >= to) continue;
    if (typeof piece.node.text !== 'string') {
      emptied.add(piece.node);
      continue;
    }
    const current = piece.node.text;
    piece.node.text =
      current.slice(0, Math.max(from, piece.start) - piece.start) +
      (inserted ? '' : text) +
      current.slice(Math.min(to, piece.end) - piece.start);
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
