import { createHeadlessEditor } from '@lexical/headless';
import { $generateNodesFromDOM } from '@lexical/html';
import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { $getRoot, $insertNodes, type LexicalEditor } from 'lexical';
import { parseEditorState, type EditorStateJson } from '../../../shared/domain/lexical';
import { CoreError } from '../errors';

/**
 * HTML → the Lexical editor state a section stores, built by Lexical's own HTML import in a
 * headless editor with exactly the node types of the renderer's section editor
 * (renderer/src/features/editor/sectionExtension.ts), so the result loads there unchanged.
 */
const nodes = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
];

export function createImportEditor(): LexicalEditor {
  return createHeadlessEditor({
    namespace: 'suunta',
    nodes,
    onError: (error) => {
      throw error;
    },
  });
}

/** `body` (an element of a jsdom document) as a section's editor state, checked like a save. */
export function bodyToEditorState(
  editor: LexicalEditor,
  body: Element,
): { content: string; state: EditorStateJson } {
  const document = body.ownerDocument.implementation.createHTMLDocument('');
  document.body.append(
    ...Array.from(body.childNodes).map((node) => document.importNode(node, true)),
  );
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      const imported = $generateNodesFromDOM(editor, document);
      if (imported.length > 0) {
        root.select();
        // $insertNodes wraps loose text and inline nodes into paragraphs, as a paste would.
        $insertNodes(imported);
      }
    },
    { discrete: true },
  );
  const content = JSON.stringify(editor.getEditorState().toJSON());
  const state = parseEditorState(content);
  if (!state) throw new CoreError('TOO_LARGE', { limit: 'section', limitMb: 4 });
  return { content, state };
}
