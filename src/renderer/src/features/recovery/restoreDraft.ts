import {
  $getRoot,
  $parseSerializedNode,
  type LexicalEditor,
  type SerializedLexicalNode,
} from 'lexical';
import type { EditorRegistry } from '../editor/registry';

/**
 * Replaces a section's text with a recovered draft in one ordinary edit: the editor's undo takes
 * it back, and autosave saves it like anything typed. The draft is a Lexical state the core
 * checked; node types this editor does not know make Lexical throw, leaving the text as it was.
 */
export function putDraft(editor: LexicalEditor, content: string): void {
  const state = JSON.parse(content) as { root: { children: SerializedLexicalNode[] } };
  editor.update(
    () => {
      const root = $getRoot();
      const nodes = state.root.children.map((child) => $parseSerializedNode(child));
      root.clear();
      root.append(...nodes);
      root.selectEnd();
    },
    { discrete: true },
  );
}

/** The section's editor once it is mounted (at once when it already is). */
export function whenEditorMounted(
  editors: EditorRegistry,
  sectionId: string,
): Promise<LexicalEditor> {
  const mounted = editors.get(sectionId);
  if (mounted) return Promise.resolve(mounted);
  return new Promise((resolve) => {
    const stop = editors.subscribe(() => {
      const editor = editors.get(sectionId);
      if (!editor) return;
      stop();
      resolve(editor);
    });
  });
}
