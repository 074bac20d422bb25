import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { DATA_BLOCK_TYPE } from '../../../../shared/domain/plan-data';
import { loadableContent } from '../../../../shared/domain/stored-content';
import { $isDataBlockNode, DataBlockNode } from './DataBlockNode';

/** A stored section: a paragraph, then a block holding `block`. */
function stored(block: unknown): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          textFormat: 0,
          textStyle: '',
          children: [],
        },
        { type: DATA_BLOCK_TYPE, version: 1, block },
      ],
    },
  });
}

function load(content: string) {
  const editor = createHeadlessEditor({
    nodes: [DataBlockNode],
    onError: (error) => {
      throw error;
    },
  });
  editor.setEditorState(editor.parseEditorState(content));
  const blocks = editor
    .getEditorState()
    .read(() => $getRoot().getChildren().filter($isDataBlockNode))
    .map((node) => node.__block);
  const json = editor.getEditorState().toJSON();
  return { blocks, saved: json.root.children[1] };
}

describe('DataBlockNode', () => {
  it('loads a stored block and saves it back unchanged', () => {
    const block = { kind: 'staffing', levelGroup: 'basic' };
    const { blocks, saved } = load(stored(block));
    expect(blocks).toEqual([block]);
    expect(saved).toEqual({ type: DATA_BLOCK_TYPE, version: 1, block });
  });

  it('loads a block it cannot read without failing, and keeps it as stored', () => {
    const unknown = { kind: 'budget', year: 2027 };
    const { blocks, saved } = load(stored(unknown));
    expect(blocks).toEqual([null]);
    expect(saved).toEqual({ type: DATA_BLOCK_TYPE, version: 1, block: unknown });
  });

  it('is a node type the section editor can load', () => {
    const content = stored({ kind: 'indicatorChart', indicatorId: 'ind-1' });
    expect(loadableContent(content)).toEqual({ readable: true, content });
  });
});
