import { z } from 'zod';

/**
 * The serialized Lexical editor state as stored in a plan file. Only the frame is checked here
 * (node types, nesting, sizes); Lexical itself rejects unknown node types when it loads a state.
 */
export const MAX_CONTENT_CHARS = 4_000_000;
export const MAX_NODE_DEPTH = 48;

export interface LexicalNodeJson {
  type: string;
  version: number;
  children?: LexicalNodeJson[];
  text?: string;
  [key: string]: unknown;
}

const LexicalNodeSchema: z.ZodType<LexicalNodeJson> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1).max(64),
    version: z.number().int().min(0),
    children: z.array(LexicalNodeSchema).max(100_000).optional(),
    text: z.string().optional(),
  }),
);

export const EditorStateSchema = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    version: z.number().int().min(0),
    children: z.array(LexicalNodeSchema),
  }),
});
export type EditorStateJson = z.infer<typeof EditorStateSchema>;

/** Depth of a parsed JSON value, measured without recursion so hostile input cannot blow the stack. */
export function jsonDepth(value: unknown, limit: number): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > max) max = depth;
    if (max > limit) return max;
    for (const child of Object.values(node as Record<string, unknown>))
      stack.push([child, depth + 1]);
  }
  return max;
}

/** Parses stored or received editor-state text; `null` when it is not a valid Lexical state. */
export function parseEditorState(text: string): EditorStateJson | null {
  if (text.length > MAX_CONTENT_CHARS) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  // Each Lexical level is two JSON levels (node → children array → node).
  if (jsonDepth(raw, MAX_NODE_DEPTH * 2 + 4) > MAX_NODE_DEPTH * 2 + 3) return null;
  return isEditorState(raw) ? { root: raw.root } : null;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isVersion = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

function isLexicalNode(value: unknown): value is LexicalNodeJson {
  if (!isObject(value)) return false;
  const { type, version, children, text } = value;
  return (
    typeof type === 'string' &&
    type.length >= 1 &&
    type.length <= 64 &&
    isVersion(version) &&
    (children === undefined || (Array.isArray(children) && children.length <= 100_000)) &&
    (text === undefined || typeof text === 'string')
  );
}

/**
 * Exactly what `EditorStateSchema` accepts, checked by hand: the schema's recursive parse copied
 * every node and took about 8 ms per large section, on the path of opening a plan and of every
 * save (docs/PERFORMANCE.md, open_to_editable). A unit test keeps the two in agreement.
 */
export function isEditorState(value: unknown): value is EditorStateJson {
  if (!isObject(value) || !isObject(value.root)) return false;
  const { type, version, children } = value.root;
  if (type !== 'root' || !isVersion(version) || !Array.isArray(children)) return false;
  const stack = [...(children as unknown[])];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isLexicalNode(node)) return false;
    if (node.children) for (const child of node.children) stack.push(child);
  }
  return true;
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablecell', 'code']);

/**
 * The plain text of an editor state: text nodes joined, one line per block. Used for word counts
 * and (later) search; computed from the JSON so it can never disagree with the stored content.
 */
export function editorStatePlainText(state: EditorStateJson): string {
  const lines: string[] = [];
  let current = '';
  const stack: Array<LexicalNodeJson | 'end-block'> = [...state.root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      lines.push(current);
      current = '';
      continue;
    }
    if (node.type === 'linebreak') current += '\n';
    else if (node.type === 'tab') current += '\t';
    else if (typeof node.text === 'string') current += node.text;
    const children = node.children ?? [];
    if (BLOCK_TYPES.has(node.type)) {
      if (current !== '') {
        lines.push(current);
        current = '';
      }
      stack.push('end-block');
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (current !== '') lines.push(current);
  return lines
    .map((line) => line.trimEnd())
    .filter((line) => line !== '')
    .join('\n');
}

/** Words as a reader counts them: runs of letters or digits (Finnish compounds count once). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
