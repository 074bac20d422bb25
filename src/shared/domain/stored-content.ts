import { parseLinkUrl } from '../links';
import { parseEditorState, type EditorStateJson, type LexicalNodeJson } from './lexical';
import { DATA_BLOCK_TYPE } from './plan-data';

/**
 * The gate between stored editor JSON (a plan file anyone may have crafted) and the editor or an
 * export: only a valid Lexical state made of the node types the section editor registers gets
 * through, and a link whose address is not http(s) or mailto loses its link (its text stays).
 */

/** Node types the section editor registers; a stored state with any other cannot be loaded. */
export const EDITOR_NODE_TYPES: ReadonlySet<string> = new Set([
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
    if (!EDITOR_NODE_TYPES.has(node.type)) return false;
    if (node.children) stack.push(...node.children);
  }
  return true;
}

const isSafeLink = (node: LexicalNodeJson) =>
  node.type !== 'link' || (typeof node.url === 'string' && parseLinkUrl(node.url) !== null);

/** The children with every unsafe link replaced by its own children; null when none was unsafe. */
function withoutUnsafeLinks(nodes: LexicalNodeJson[]): LexicalNodeJson[] | null {
  let changed = false;
  const out: LexicalNodeJson[] = [];
  for (const node of nodes) {
    const children = node.children ? withoutUnsafeLinks(node.children) : null;
    if (!isSafeLink(node)) {
      changed = true;
      out.push(...(children ?? node.children ?? []));
    } else if (children) {
      changed = true;
      out.push({ ...node, children });
    } else out.push(node);
  }
  return changed ? out : null;
}

/**
 * A stored editor state as the editor or an export may use it, or null when it is not one
 * (malformed JSON, too deep or too big, an unknown node type). Depth is already bounded by
 * `parseEditorState`, so the recursion here is shallow.
 */
export function parseStoredContent(text: string): EditorStateJson | null {
  return checked(text)?.state ?? null;
}

function checked(text: string): { state: EditorStateJson; rewritten: boolean } | null {
  const state = parseEditorState(text);
  if (!state || !onlyKnownTypes(state.root.children)) return null;
  const children = withoutUnsafeLinks(state.root.children);
  if (!children) return { state, rewritten: false };
  return { state: { ...state, root: { ...state.root, children } }, rewritten: true };
}

/**
 * The stored content of a section as the editor can load it: the JSON text (rewritten only when a
 * link had to go), or `null` for a section nobody has written in; `readable` is false when the
 * stored text is not a state this editor knows (the section then starts empty).
 */
export function loadableContent(content: string | null): {
  readable: boolean;
  content: string | null;
} {
  if (content === null) return { readable: true, content: null };
  const result = checked(content);
  if (!result) return { readable: false, content: null };
  return { readable: true, content: result.rewritten ? JSON.stringify(result.state) : content };
}
