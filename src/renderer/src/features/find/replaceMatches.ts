import { $createRangeSelection, $getNodeByKey, $isTextNode, $setSelection } from 'lexical';
import { adaptCase } from '../../../../shared/search/match';
import type { SectionMatch } from './sectionMatches';

/** Replaces one match in its text nodes: the first keeps its format (and link) and takes the text. */
function $replaceMatch(match: SectionMatch, replacement: string): void {
  const first = $getNodeByKey(match.start.key);
  const last = $getNodeByKey(match.end.key);
  if (!$isTextNode(first) || !$isTextNode(last)) return;
  if (first.is(last)) {
    first.spliceText(match.start.offset, match.end.offset - match.start.offset, replacement);
    return;
  }
  first.spliceText(
    match.start.offset,
    first.getTextContentSize() - match.start.offset,
    replacement,
  );
  for (const key of match.inside) $getNodeByKey(key)?.remove();
  last.spliceText(0, match.end.offset, '');
  if (last.getTextContentSize() === 0) last.remove();
}

/**
 * Replaces matches in the section being updated (inside one `editor.update`, so Ctrl+Z takes the
 * whole replacement back in one step). Each replacement takes the case of what it replaces and
 * the format of the match's first text node, as the core's replace does; the last ones go first
 * so the places of the earlier ones stay valid. Leaves the first replacement selected.
 */
export function $replaceMatches(matches: readonly SectionMatch[], replacement: string): void {
  for (const match of [...matches].reverse())
    $replaceMatch(match, adaptCase(match.text, replacement));
  const first = matches[0];
  const node = first && $getNodeByKey(first.start.key);
  const length = first ? adaptCase(first.text, replacement).length : 0;
  if (!first || !$isTextNode(node) || !node.isAttached() || length === 0) return;
  // Selected rather than a bare caret, so typing afterwards is a step of its own in the history.
  const selection = $createRangeSelection();
  selection.anchor.set(first.start.key, first.start.offset, 'text');
  selection.focus.set(first.start.key, first.start.offset + length, 'text');
  $setSelection(selection);
}
