import { $isListItemNode } from '@lexical/list';
import { $findMatchingParent } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  defineExtension,
  INDENT_CONTENT_COMMAND,
  KEY_TAB_COMMAND,
  OUTDENT_CONTENT_COMMAND,
  type LexicalEditor,
} from 'lexical';

/**
 * Tab and Shift+Tab nest and un-nest list items. Anywhere else Tab is left to the browser so that
 * keyboard users can leave the editor (tables handle Tab themselves, moving between cells).
 */
export const ListTabExtension = defineExtension({
  name: 'suunta/list-tab',
  register: (editor: LexicalEditor) =>
    editor.registerCommand(
      KEY_TAB_COMMAND,
      (event) => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return false;
        const inList = selection
          .getNodes()
          .every((node) => $findMatchingParent(node, $isListItemNode) !== null);
        if (!inList) return false;
        event.preventDefault();
        return editor.dispatchCommand(
          event.shiftKey ? OUTDENT_CONTENT_COMMAND : INDENT_CONTENT_COMMAND,
          undefined,
        );
      },
      COMMAND_PRIORITY_EDITOR,
    ),
});
