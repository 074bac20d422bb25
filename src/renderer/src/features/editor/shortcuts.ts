import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { $readFormatState, setBlockType, toggleList, type BlockType } from './formatting';

const headingByDigit: Record<string, BlockType> = {
  Digit0: 'paragraph',
  Digit2: 'h2',
  Digit3: 'h3',
  Digit4: 'h4',
};

/**
 * Keyboard shortcuts beyond Lexical's own (Ctrl+B/I/U, Ctrl+Z/Y, Ctrl+Shift+Z):
 * Ctrl+K link, Ctrl+Alt+0/2/3/4 paragraph and headings, Ctrl+Shift+7/8 numbered and bulleted list,
 * Alt+F10 to the formatting toolbar (as in the WAI-ARIA editor pattern; Escape comes back).
 * Physical key codes are used so the shortcuts work the same on Finnish and other layouts.
 */
export function registerEditorShortcuts(
  editor: LexicalEditor,
  actions: { openLinkDialog: () => void; focusToolbar: () => void },
) {
  return editor.registerCommand(
    KEY_DOWN_COMMAND,
    (event) => {
      if (event.altKey && event.key === 'F10' && !event.ctrlKey && !event.shiftKey) {
        event.preventDefault();
        actions.focusToolbar();
        return true;
      }
      const ctrl = event.ctrlKey || event.metaKey;
      // On Finnish keyboards AltGr (reported as Ctrl+Alt) types @, $, { and }: never take those.
      if (!ctrl || event.getModifierState('AltGraph')) return false;
      const handled = (action: () => void) => {
        event.preventDefault();
        action();
        return true;
      };
      if (event.code === 'KeyK' && !event.shiftKey && !event.altKey) {
        return handled(actions.openLinkDialog);
      }
      const heading = headingByDigit[event.code];
      if (event.altKey && !event.shiftKey && heading) {
        return handled(() => setBlockType(editor, heading));
      }
      if (event.shiftKey && !event.altKey && (event.code === 'Digit7' || event.code === 'Digit8')) {
        const type = event.code === 'Digit7' ? 'number' : 'bullet';
        const current = editor.getEditorState().read($readFormatState, { editor }).list;
        return handled(() => toggleList(editor, type, current));
      }
      return false;
    },
    COMMAND_PRIORITY_NORMAL,
  );
}
