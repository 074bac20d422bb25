import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
} from 'lexical';
import type { TextQuote } from '../../../../shared/domain/rounds';
import type { EditorRegistry } from '../editor/registry';
import { domText, locateInDom } from './domText';

/** Makes a DOM range the editor's selection, through Lexical so its state agrees. */
function selectRange(editor: LexicalEditor, range: Range): boolean {
  let selected = false;
  editor.update(
    () => {
      const start = $getNearestNodeFromDOMNode(range.startContainer);
      const end = $getNearestNodeFromDOMNode(range.endContainer);
      if (!$isTextNode(start) || !$isTextNode(end)) return;
      const selection = $createRangeSelection();
      selection.anchor.set(start.getKey(), range.startOffset, 'text');
      selection.focus.set(end.getKey(), range.endOffset, 'text');
      $setSelection(selection);
      selected = true;
    },
    { discrete: true },
  );
  return selected;
}

/**
 * Brings a section into view and selects the quoted passage in its editor (the section's start
 * when the quote is null or no longer found). Returns whether the passage was found.
 */
export function revealPassage(
  editors: EditorRegistry,
  sectionId: string,
  quote: TextQuote | null,
): boolean {
  const editor = editors.get(sectionId);
  const root = editor?.getRootElement();
  const range = root && quote ? locateInDom(domText(root), quote) : null;
  if (!editor || !root || !range) {
    document.getElementById(`section-${sectionId}`)?.scrollIntoView({ block: 'start' });
    editors.focus(sectionId);
    return false;
  }
  root.focus({ preventScroll: true });
  if (!selectRange(editor, range)) return false;
  const target = range.startContainer.parentElement ?? root;
  target.scrollIntoView({ block: 'center' });
  return true;
}
