import { $createHeadingNode, HeadingNode, QuoteNode, RichTextExtension } from '@lexical/rich-text';
import { LinkExtension, LinkNode } from '@lexical/link';
import { ListExtension, ListItemNode, ListNode } from '@lexical/list';
import { TableCellNode, TableExtension, TableNode, TableRowNode } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  defineExtension,
  type ElementNode,
  IS_BOLD,
  IS_ITALIC,
  IS_UNDERLINE,
  ParagraphNode,
  TextNode,
  type Klass,
  type LexicalEditor,
} from 'lexical';
import { isAllowedUrl } from './links';

/** The only character formats a plan has (the toolbar's B, I and U). */
const KEPT_TEXT_FORMAT = IS_BOLD | IS_ITALIC | IS_UNDERLINE;

/**
 * Whatever arrives (pasted from Word or the web, dropped, or loaded from an older file) is reduced
 * to the plan's own formats: no inline styles, fonts, colours, alignment or indents, only
 * bold/italic/underline, headings 2–4, and links to web pages or e-mail addresses. Classes,
 * images and scripts never get this far: no registered node keeps them, so the importer drops
 * them. Node transforms run inside the same update as the paste, so unclean content is never
 * saved or shown.
 */
function $cleanText(node: TextNode) {
  if (node.getStyle() !== '') node.setStyle('');
  const format = node.getFormat();
  if ((format & KEPT_TEXT_FORMAT) !== format) node.setFormat(format & KEPT_TEXT_FORMAT);
}

function $cleanElement(node: ElementNode) {
  if (node.getStyle() !== '') node.setStyle('');
  if (node.getFormatType() !== '') node.setFormat('');
  if (node.getTextStyle() !== '') node.setTextStyle('');
  const textFormat = node.getTextFormat();
  if ((textFormat & KEPT_TEXT_FORMAT) !== textFormat) {
    node.setTextFormat(textFormat & KEPT_TEXT_FORMAT);
  }
  // A list item's indent is its nesting level; every other block sits at the margin.
  if (!(node instanceof ListItemNode) && node.getIndent() !== 0) node.setIndent(0);
}

/** H1 is the section's own title and the editor offers H2–H4, so other levels are mapped in. */
function $cleanHeading(node: HeadingNode) {
  $cleanElement(node);
  const tag = node.getTag();
  if (tag === 'h1' || tag === 'h5' || tag === 'h6') {
    node.replace($createHeadingNode(tag === 'h1' ? 'h2' : 'h4'), true);
  }
}

/** A link to anything but a web page or an e-mail address keeps its text and loses the link. */
function $cleanLink(node: LinkNode) {
  $cleanElement(node);
  if (!isAllowedUrl(node.getURL())) {
    for (const child of node.getChildren()) node.insertBefore(child);
    node.remove();
    return;
  }
  if (node.getTarget() !== null) node.setTarget(null);
  if (node.getRel() !== null) node.setRel(null);
  if (node.getTitle() !== null) node.setTitle(null);
}

function $cleanTable(node: TableNode) {
  $cleanElement(node);
  if (node.getColWidths() !== undefined) node.setColWidths(undefined);
}

function $cleanTableCell(node: TableCellNode) {
  $cleanElement(node);
  if (node.getWidth() !== undefined) node.setWidth(undefined);
  if (node.getVerticalAlign() !== undefined) node.setVerticalAlign(undefined);
}

const plainElements: Array<Klass<ElementNode>> = [
  ParagraphNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  TableRowNode,
];

export const CleanFormattingExtension = defineExtension({
  name: 'suunta/clean-formatting',
  dependencies: [RichTextExtension, ListExtension, LinkExtension, TableExtension],
  register: (editor: LexicalEditor) =>
    mergeRegister(
      editor.registerNodeTransform(TextNode, $cleanText),
      editor.registerNodeTransform(HeadingNode, $cleanHeading),
      editor.registerNodeTransform(LinkNode, $cleanLink),
      editor.registerNodeTransform(TableNode, $cleanTable),
      editor.registerNodeTransform(TableCellNode, $cleanTableCell),
      ...plainElements.map((klass) => editor.registerNodeTransform(klass, $cleanElement)),
    ),
});
