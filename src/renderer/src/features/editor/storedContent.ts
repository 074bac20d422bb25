import { parseEditorState, type LexicalNodeJson } from '../../../../shared/domain/lexical';
import { DATA_BLOCK_TYPE } from '../../../../shared/domain/plan-data';

/** Node types the section editor registers; a stored state with any other cannot be loaded. */
const KNOWN_TYPES = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'table',
  'tablerow',
  'tablecell',
  DATA_BLOCK_TYPE,
]);

function onlyKnownTypes(nodes: readonly LexicalNodeJson[]): boolean {
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!KNOWN_TYPES.has(node.type)) return false;
    if (node.children) stack.push(...node.children);
  }
  return true;
}

/**
 * The stored content of a section as the editor can load it: the JSON text, or `null` for a
 * section nobody has written in; `readable` is false when the stored text is not a state this
 * editor knows (the section then starts empty).
 */
export function loadableContent(content: string | null): {
  readable: boolean;
  content: string | null;
} {
  if (content === null) return { readable: true, content: null };
  const state = parseEditorState(content);
  if (!state || !onlyKnownTypes(state.root.children)) return { readable: false, content: null };
  return { readable: true, content };
}
