import { $createLinkNode, $isLinkNode, $toggleLink, type LinkNode } from '@lexical/link';
import {
  $isListNode,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import {
  $createHeadingNode,
  $createQuoteNode,
  $isHeadingNode,
  $isQuoteNode,
} from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $setTableRowIsHeader,
  INSERT_TABLE_COMMAND,
  TableCellHeaderStates,
  $isTableCellNode,
  type TableNode,
} from '@lexical/table';
import {
  $createParagraphNode,
  $createTextNode,
  $findMatchingParent,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isRootOrShadowRoot,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';

export type BlockType = 'paragraph' | 'h2' | 'h3' | 'h4';
export const blockTypes: readonly BlockType[] = ['paragraph', 'h2', 'h3', 'h4'];
export type ListType = 'bullet' | 'number';
export type TextFormat = 'bold' | 'italic' | 'underline';

/** What the toolbar shows as pressed for the caret's place in the active editor. */
export interface FormatState {
  block: BlockType;
  list: ListType | null;
  quote: boolean;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: { key: string; url: string } | null;
  table: { headerRow: boolean } | null;
}

export const emptyFormatState: FormatState = {
  block: 'paragraph',
  list: null,
  quote: false,
  bold: false,
  italic: false,
  underline: false,
  link: null,
  table: null,
};

/** The block (paragraph, heading, quote, list item) the node sits in. */
function $blockOf(node: LexicalNode): LexicalNode | null {
  if ($isRootOrShadowRoot(node)) return null;
  return $findMatchingParent(node, (candidate) => {
    const parent = candidate.getParent();
    return parent !== null && $isRootOrShadowRoot(parent);
  });
}

function $linkAt(node: LexicalNode): LinkNode | null {
  return $isLinkNode(node) ? node : $findMatchingParent(node, $isLinkNode);
}

function $tableOfSelection(): TableNode | null {
  const selection = $getSelection();
  if (!selection) return null;
  const node = selection.getNodes()[0];
  return node ? $findTableNode(node) : null;
}

/** Reads the format state; call inside `editor.read` / `editorState.read`. */
export function $readFormatState(): FormatState {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) {
    const table = $tableOfSelection();
    return table
      ? { ...emptyFormatState, table: { headerRow: $hasHeaderRow(table) } }
      : emptyFormatState;
  }
  const anchor = selection.anchor.getNode();
  const block = $blockOf(anchor);
  const list = $findMatchingParent(anchor, $isListNode);
  const link = $linkAt(anchor);
  const table = $findTableNode(anchor);
  let blockType: BlockType = 'paragraph';
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    if (tag === 'h2' || tag === 'h3' || tag === 'h4') blockType = tag;
  }
  return {
    block: blockType,
    list: list ? (list.getListType() === 'number' ? 'number' : 'bullet') : null,
    quote: $isQuoteNode(block),
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link: link ? { key: link.getKey(), url: link.getURL() } : null,
    table: table ? { headerRow: $hasHeaderRow(table) } : null,
  };
}

function $hasHeaderRow(table: TableNode): boolean {
  const firstRow = table.getFirstChild();
  const firstCell = $isElementNode(firstRow) ? firstRow.getFirstChild() : null;
  return $isTableCellNode(firstCell) && firstCell.hasHeaderState(TableCellHeaderStates.ROW);
}

export function setBlockType(editor: LexicalEditor, type: BlockType): void {
  editor.update(() => {
    const selection = $getSelection();
    $setBlocksType(selection, () =>
      type === 'paragraph' ? $createParagraphNode() : $createHeadingNode(type),
    );
  });
}

export function toggleFormat(editor: LexicalEditor, format: TextFormat): void {
  editor.dispatchCommand(FORMAT_TEXT_COMMAND, format);
}

export function toggleList(editor: LexicalEditor, type: ListType, current: ListType | null): void {
  if (current === type) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  else
    editor.dispatchCommand(
      type === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND,
      undefined,
    );
}

export function toggleQuote(editor: LexicalEditor, isQuote: boolean): void {
  editor.update(() => {
    $setBlocksType($getSelection(), () => (isQuote ? $createParagraphNode() : $createQuoteNode()));
  });
}

export function undo(editor: LexicalEditor): void {
  editor.dispatchCommand(UNDO_COMMAND, undefined);
}

export function redo(editor: LexicalEditor): void {
  editor.dispatchCommand(REDO_COMMAND, undefined);
}

/** Whether the selection covers some text (a link then wraps it instead of inserting text). */
export function hasSelectedText(editor: LexicalEditor): boolean {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) && !selection.isCollapsed();
  });
}

/**
 * Makes a link: on the selected text, on the link the caret is in, or (nothing selected) as new
 * text at the caret.
 */
export function applyLink(editor: LexicalEditor, url: string, text: string): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const link = $linkAt(selection.anchor.getNode());
    if (link) {
      link.setURL(url);
    } else if (selection.isCollapsed()) {
      const node = $createLinkNode(url).append($createTextNode(text.trim() || url));
      selection.insertNodes([node]);
    } else {
      $toggleLink(url);
    }
  });
}

export function removeLink(editor: LexicalEditor): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const link = $linkAt(selection.anchor.getNode());
    if (!link) return;
    for (const child of link.getChildren()) link.insertBefore(child);
    link.remove();
  });
}

export function insertTable(
  editor: LexicalEditor,
  rows: number,
  columns: number,
  headerRow: boolean,
): void {
  editor.dispatchCommand(INSERT_TABLE_COMMAND, {
    rows: String(rows),
    columns: String(columns),
    includeHeaders: { rows: headerRow, columns: false },
  });
}

export type TableOperation =
  | 'rowAbove'
  | 'rowBelow'
  | 'columnLeft'
  | 'columnRight'
  | 'deleteRow'
  | 'deleteColumn'
  | 'toggleHeaderRow'
  | 'deleteTable';

export function tableOperation(editor: LexicalEditor, operation: TableOperation): void {
  editor.update(() => {
    switch (operation) {
      case 'rowAbove':
        $insertTableRowAtSelection(false);
        break;
      case 'rowBelow':
        $insertTableRowAtSelection(true);
        break;
      case 'columnLeft':
        $insertTableColumnAtSelection(false);
        break;
      case 'columnRight':
        $insertTableColumnAtSelection(true);
        break;
      case 'deleteRow':
        $deleteTableRowAtSelection();
        break;
      case 'deleteColumn':
        $deleteTableColumnAtSelection();
        break;
      case 'toggleHeaderRow': {
        const table = $tableOfSelection();
        if (table) $setTableRowIsHeader(table, 0, !$hasHeaderRow(table));
        break;
      }
      case 'deleteTable': {
        const table = $tableOfSelection();
        if (!table) break;
        const paragraph = $createParagraphNode();
        table.replace(paragraph);
        paragraph.select();
        break;
      }
    }
  });
}
