import { locateQuote } from '../../../../shared/anchoring';
import type { TextQuote } from '../../../../shared/domain/rounds';

/**
 * The text of an editor's DOM as the core's plain text has it (blocks on lines of their own), and
 * where each piece came from, so a quote found in the text can be turned back into a DOM Range.
 */
export interface DomText {
  text: string;
  /** Text nodes in order with the offset of their first character in `text`. */
  pieces: Array<{ node: Text; start: number }>;
}

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'TD',
  'TH',
  'BLOCKQUOTE',
  'PRE',
]);

export function domText(root: Element): DomText {
  let text = '';
  const pieces: DomText['pieces'] = [];
  const walker = root.ownerDocument.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
  );
  const breakLine = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data === '') continue;
      pieces.push({ node: node as Text, start: text.length });
      text += data;
    } else if (node.nodeName === 'BR' || BLOCKS.has(node.nodeName)) {
      breakLine();
    }
  }
  return { text, pieces };
}

/** The DOM point of a text offset; `atEnd` prefers the end of a piece over the next one's start. */
function pointAt(source: DomText, offset: number, atEnd: boolean): [Text, number] | null {
  for (const { node, start } of source.pieces) {
    const end = start + node.data.length;
    if (atEnd ? offset > start && offset <= end : offset >= start && offset < end) {
      return [node, offset - start];
    }
  }
  return null;
}

/** The DOM Range of `text.slice(start, end)`. */
export function rangeOf(source: DomText, start: number, end: number): Range | null {
  const from = pointAt(source, start, false);
  const to = pointAt(source, end, true);
  if (!from || !to) return null;
  const range = from[0].ownerDocument.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  return range;
}

/** Where a quote stands in an editor's DOM now, or null when it is not found there. */
export function locateInDom(source: DomText, quote: TextQuote): Range | null {
  const location = locateQuote(source.text, quote);
  return location.found ? rangeOf(source, location.start, location.end) : null;
}
