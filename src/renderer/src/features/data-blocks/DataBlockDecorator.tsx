import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { CLICK_COMMAND, COMMAND_PRIORITY_LOW, type NodeKey } from 'lexical';
import { useEffect } from 'react';
import type { DataBlock } from '../../../../shared/domain/plan-data';
import { DataBlockContent } from './DataBlockContent';

/**
 * The block as the editor shows it. A click selects the whole block (as the arrow keys do), and
 * Backspace or Delete then removes it; the selected block is outlined.
 */
export function DataBlockDecorator({
  nodeKey,
  block,
}: {
  nodeKey: NodeKey;
  block: DataBlock | null;
}) {
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const [selected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);

  useEffect(() => {
    if (!editable) return;
    return editor.registerCommand(
      CLICK_COMMAND,
      (event) => {
        const element = editor.getElementByKey(nodeKey);
        if (!element || !(event.target instanceof Node) || !element.contains(event.target)) {
          return false;
        }
        if (!event.shiftKey) clearSelection();
        setSelected(true);
        return true;
      },
      COMMAND_PRIORITY_LOW,
    );
  }, [editor, editable, nodeKey, setSelected, clearSelection]);

  return (
    <div
      className={`data-block${selected && editable ? ' is-selected' : ''}`}
      // The keys that follow a click (Delete, the arrows) go to the text, not the table's scroller.
      onMouseDown={editable ? (event) => event.preventDefault() : undefined}
    >
      <DataBlockContent block={block} />
    </div>
  );
}
