import { $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, type ElementNode } from 'lexical';
import { findMatches, matchesAll } from '../../../../shared/search/match';
import type { ParsedQuery } from '../../../../shared/search/query';

/** A place in a Lexical text node. */
export interface TextPoint {
  key: string;
  offset: number;
}

/** One match in a section's live text, both ends in text nodes of the same block. */
export interface SectionMatch {
  /** Offset of the match in the section (blocks in order), to keep her place as the text changes. */
  position: number;
  text: string;
  start: TextPoint;
  end: TextPoint;
  /** Nodes wholly inside the match (formatting runs, line breaks), which a replacement removes. */
  inside: string[];
}

interface Piece {
  key: string;
  start: number;
  end: number;
  /** A line break adds to the text but is no place for a match to start or end. */
  isText: boolean;
}

interface Block {
  text: string;
  pieces: Piece[];
}

/**
 * The blocks of the section being read (paragraphs, headings, list items, table cells, quotes),
 * each with its text and where its text nodes stand in it. A match never crosses a block, and
 * formatting runs and links inside one do not split it: the core's replace reads blocks the
 * same way, so both agree on what is found. Live data blocks have no text to find.
 */
function $blocks(): Block[] {
  const blocks: Block[] = [];
  const visit = (element: ElementNode, block: Block | null) => {
    for (const child of element.getChildren()) {
      if (($isTextNode(child) || $isLineBreakNode(child)) && block) {
        const text = child.getTextContent();
        block.pieces.push({
          key: child.getKey(),
          start: block.text.length,
          end: block.text.length + text.length,
          isText: $isTextNode(child),
        });
        block.text += text;
      } else if ($isElementNode(child) && child.isInline()) {
        visit(child, block);
      } else if ($isElementNode(child)) {
        const own: Block = { text: '', pieces: [] };
        blocks.push(own);
        visit(child, own);
      }
      // Anything else is a live data block (a decorator): nothing to find in it.
    }
  };
  visit($getRoot(), null);
  return blocks;
}

/** The text node and offset of a block offset; `atEnd` prefers the end of a node to the next one's start. */
function pointAt(block: Block, offset: number, atEnd: boolean): TextPoint | null {
  for (const { key, start, end, isText } of block.pieces) {
    if (!isText) continue;
    if (atEnd ? offset > start && offset <= end : offset >= start && offset < end) {
      return { key, offset: offset - start };
    }
  }
  return null;
}

/** Every match of the query in the section being read (inside `editor.read` or `editor.update`). */
export function $sectionMatches(query: ParsedQuery): SectionMatch[] {
  if (query.terms.length === 0) return [];
  const blocks = $blocks();
  // Every word of the query must be in the section, as in the plan-wide search.
  if (
    query.terms.length > 1 &&
    !matchesAll(
      blocks.map((block) => block.text),
      query,
    )
  )
    return [];
  const matches: SectionMatch[] = [];
  let position = 0;
  for (const block of blocks) {
    for (const range of findMatches(block.text, query)) {
      const start = pointAt(block, range.start, false);
      const end = pointAt(block, range.end, true);
      if (start && end) {
        matches.push({
          position: position + range.start,
          text: block.text.slice(range.start, range.end),
          start,
          end,
          inside: block.pieces
            .filter((piece) => piece.start >= range.start && piece.end <= range.end)
            .filter((piece) => piece.key !== start.key && piece.key !== end.key)
            .map((piece) => piece.key),
        });
      }
    }
    position += block.text.length + 1;
  }
  return matches;
}
