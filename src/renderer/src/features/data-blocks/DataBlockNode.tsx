import {
  $applyNodeReplacement,
  DecoratorNode,
  defineExtension,
  type DOMExportOutput,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import {
  DATA_BLOCK_TYPE,
  DataBlockSchema,
  type DataBlock,
} from '../../../../shared/domain/plan-data';
import { DataBlockDecorator } from './DataBlockDecorator';

export interface SerializedDataBlockNode extends SerializedLexicalNode {
  /** A `DataBlock`; anything else is kept as it was and shown as unreadable. */
  block: unknown;
}

/**
 * A live table or chart in a section's text (`DATA_BLOCK_TYPE`). It holds only the reference to
 * what it shows (`DataBlock`); the figures come from the data source around the editor, so the
 * same node shows the current data in the editor and a version's frozen data in its view. A block
 * of its own line, selected and deleted as a whole, never edited inside.
 */
export class DataBlockNode extends DecoratorNode<JSX.Element> {
  /** As stored, kept verbatim: a block this app cannot read (from a newer one) is not lost. */
  __stored: unknown;
  /** The stored block when it is a valid `DataBlock`, else null. */
  __block: DataBlock | null;

  static override getType(): string {
    return DATA_BLOCK_TYPE;
  }

  static override clone(node: DataBlockNode): DataBlockNode {
    return new DataBlockNode(node.__stored, node.__key);
  }

  static override importJSON(json: Parameters<typeof DecoratorNode.importJSON>[0]): DataBlockNode {
    return $createDataBlockNode(json.block).updateFromJSON(json);
  }

  constructor(stored: unknown, key?: NodeKey) {
    super(key);
    this.__stored = stored;
    const parsed = DataBlockSchema.safeParse(stored);
    this.__block = parsed.success ? parsed.data : null;
  }

  override exportJSON(): SerializedDataBlockNode {
    return {
      ...super.exportJSON(),
      type: DATA_BLOCK_TYPE,
      version: 1,
      block: this.getLatest().__stored,
    };
  }

  override createDOM(): HTMLElement {
    const element = document.createElement('div');
    element.className = 'data-block-host';
    return element;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  /** Outside the app (another program's paste) the block is the table or chart as shown. */
  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const element = document.createElement('div');
    const shown = editor.getElementByKey(this.getKey())?.querySelector('.data-block-content');
    if (shown) element.append(shown.cloneNode(true));
    return { element };
  }

  override decorate(): JSX.Element {
    return <DataBlockDecorator nodeKey={this.__key} block={this.__block} />;
  }
}

export function $createDataBlockNode(block: unknown): DataBlockNode {
  return $applyNodeReplacement(new DataBlockNode(block));
}

export function $isDataBlockNode(node: LexicalNode | null | undefined): node is DataBlockNode {
  return node instanceof DataBlockNode;
}

/** Registers the live block node; part of the plan's content in every editor and read-only view. */
export const DataBlockExtension = defineExtension({
  name: 'suunta/data-block',
  nodes: [DataBlockNode],
});
