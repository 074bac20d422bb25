import type { LexicalEditor } from 'lexical';
import type { SectionMatch, TextPoint } from './sectionMatches';

/** The CSS Custom Highlight names styled in find.css. */
export const FIND_HIGHLIGHT = 'suunta-find';
export const FIND_HIGHLIGHT_CURRENT = 'suunta-find-current';

function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS;
}

/** The DOM text of a Lexical text node (inside its span, or its strong/em for formatted runs). */
function domPoint(editor: LexicalEditor, point: TextPoint): [Text, number] | null {
  let node: Node | null = editor.getElementByKey(point.key);
  while (node && node.nodeType !== Node.TEXT_NODE) node = node.firstChild;
  if (!node) return null;
  const text = node as Text;
  return [text, Math.min(point.offset, text.length)];
}

/** Where a match stands in the editor's DOM, for highlighting and scrolling to it. */
export function matchRange(editor: LexicalEditor, match: SectionMatch): Range | null {
  const start = domPoint(editor, match.start);
  const end = domPoint(editor, match.end);
  if (!start || !end) return null;
  const range = start[0].ownerDocument.createRange();
  range.setStart(...start);
  range.setEnd(...end);
  return range;
}

/**
 * Highlights every match and, more strongly, the current one, without touching the text. Drawn
 * above the comment highlights, which may cover the same words.
 */
export function showFindHighlights(ranges: readonly Range[], current: Range | null): void {
  if (!highlightsSupported()) return;
  const all = new Highlight(...ranges);
  all.priority = 1;
  CSS.highlights.set(FIND_HIGHLIGHT, all);
  if (!current) {
    CSS.highlights.delete(FIND_HIGHLIGHT_CURRENT);
    return;
  }
  const emphasised = new Highlight(current);
  emphasised.priority = 2;
  CSS.highlights.set(FIND_HIGHLIGHT_CURRENT, emphasised);
}

export function clearFindHighlights(): void {
  if (!highlightsSupported()) return;
  CSS.highlights.delete(FIND_HIGHLIGHT);
  CSS.highlights.delete(FIND_HIGHLIGHT_CURRENT);
}
