import type { EditorStateJson, LexicalNodeJson } from '../../../shared/domain/lexical';
import { DATA_BLOCK_TYPE } from '../../../shared/domain/plan-data';
import { parseLinkUrl } from '../../../shared/links';

/**
 * A section's stored Lexical JSON as print HTML. It walks our own stored format (the node types the
 * editor registers: paragraph, heading h2–h4, quote, list/listitem, link, table/tablerow/tablecell,
 * text, linebreak, tab, live data blocks) and escapes every string; anything else keeps only its text. Inline styles,
 * classes and alignment are never copied: the print CSS decides the look.
 */

export interface HtmlOptions {
  /** Soft hyphens for body text (not for links and code). */
  hyphenate(text: string): string;
  /** The HTML heading level of an editor heading h2–h4 inside a section (h4–h6 by default). */
  headingLevel(tag: 'h2' | 'h3' | 'h4'): number;
  /**
   * Numbers the section's body paragraphs 1, 2, 3 … (not headings, lists, quotes or tables), in a
   * small figure in the margin, so feedback can point at "4.1, kappale 2".
   */
  paragraphNumbers?: boolean;
  /** The HTML of a live block (a node of type DATA_BLOCK_TYPE); left out without it. */
  dataBlock?(node: LexicalNodeJson): string;
}

/** Text format bits of Lexical's TextNode. */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
} as const;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function numberProp(node: LexicalNodeJson, key: string): number | undefined {
  const value = node[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function stringProp(node: LexicalNodeJson, key: string): string | undefined {
  const value = node[key];
  return typeof value === 'string' ? value : undefined;
}

/** Wraps formatted text in the elements its format bits ask for (outermost first). */
function formatText(html: string, format: number): string {
  let out = html;
  if (format & TEXT_FORMAT.code) out = `<code>${out}</code>`;
  if (format & TEXT_FORMAT.subscript) out = `<sub>${out}</sub>`;
  if (format & TEXT_FORMAT.superscript) out = `<sup>${out}</sup>`;
  if (format & TEXT_FORMAT.strikethrough) out = `<s>${out}</s>`;
  if (format & TEXT_FORMAT.underline) out = `<u>${out}</u>`;
  if (format & TEXT_FORMAT.italic) out = `<em>${out}</em>`;
  if (format & TEXT_FORMAT.bold) out = `<strong>${out}</strong>`;
  return out;
}

interface Walk {
  options: HtmlOptions;
  /** Inside a link: no hyphens (URLs as link text stay copyable). */
  inLink: boolean;
}

function inline(nodes: readonly LexicalNodeJson[] | undefined, walk: Walk): string {
  return (nodes ?? []).map((node) => inlineNode(node, walk)).join('');
}

function inlineNode(node: LexicalNodeJson, walk: Walk): string {
  switch (node.type) {
    case 'text': {
      const text = typeof node.text === 'string' ? node.text : '';
      const format = numberProp(node, 'format') ?? 0;
      const plain = walk.inLink || format & TEXT_FORMAT.code ? text : walk.options.hyphenate(text);
      return formatText(escapeHtml(plain), format);
    }
    case 'linebreak':
      return '<br>';
    case 'tab':
      return '<span class="tab">\t</span>';
    case 'link':
    case 'autolink': {
      const url = parseLinkUrl(stringProp(node, 'url') ?? '');
      const text = inline(node.children, { ...walk, inLink: true });
      if (!url) return text;
      return `<a href="${escapeHtml(url.href)}">${text}</a>`;
    }
    default:
      // An unknown inline node: its text only.
      return node.children
        ? inline(node.children, walk)
        : escapeHtml(typeof node.text === 'string' ? node.text : '');
  }
}

/** Whether a block has no visible text (an empty paragraph used as spacing in the editor). */
function isBlank(node: LexicalNodeJson): boolean {
  if (typeof node.text === 'string') return node.text.trim() === '';
  if (node.type === 'linebreak' || node.type === 'tab') return true;
  return (node.children ?? []).every(isBlank);
}

function listHtml(node: LexicalNodeJson, walk: Walk): string {
  const type = stringProp(node, 'listType');
  const ordered = type === 'number' || stringProp(node, 'tag') === 'ol';
  const start = numberProp(node, 'start');
  const tag = ordered ? 'ol' : 'ul';
  const attrs = [
    ordered && start !== undefined && start !== 1 ? ` start="${Math.trunc(start)}"` : '',
    type === 'check' ? ' class="check"' : '',
  ].join('');
  const items = (node.children ?? []).map((child) => listItemHtml(child, walk, type === 'check'));
  return `<${tag}${attrs}>${items.join('')}</${tag}>`;
}

function listItemHtml(node: LexicalNodeJson, walk: Walk, check: boolean): string {
  const children = node.children ?? [];
  const nested = children.filter((child) => child.type === 'list');
  const own = children.filter((child) => child.type !== 'list');
  // Lexical keeps a nested list in a list item of its own: that item has no marker.
  if (own.length === 0 && nested.length > 0) {
    return `<li class="nested">${nested.map((list) => listHtml(list, walk)).join('')}</li>`;
  }
  const mark = check ? (node.checked === true ? '☑ ' : '☐ ') : '';
  return `<li>${mark}${inline(own, walk)}${nested.map((list) => listHtml(list, walk)).join('')}</li>`;
}

/** Lexical's header state bits: 1 = the cell heads its column (a header row), 2 = its row. */
const HEADER_ROW = 1;
const HEADER_COLUMN = 2;

function cellHtml(cell: LexicalNodeJson, walk: Walk, inHead: boolean): string {
  const header = numberProp(cell, 'headerState') ?? 0;
  const tag = header !== 0 ? 'th' : 'td';
  const colSpan = numberProp(cell, 'colSpan') ?? 1;
  const rowSpan = numberProp(cell, 'rowSpan') ?? 1;
  const scope =
    tag === 'th'
      ? inHead || header & HEADER_ROW
        ? colSpan > 1
          ? ' scope="colgroup"'
          : ' scope="col"'
        : header & HEADER_COLUMN
          ? ' scope="row"'
          : ''
      : '';
  const spans =
    (colSpan > 1 ? ` colspan="${Math.min(Math.trunc(colSpan), 1000)}"` : '') +
    (rowSpan > 1 ? ` rowspan="${Math.min(Math.trunc(rowSpan), 65_534)}"` : '');
  const blocks = (cell.children ?? []).map((child) => blockHtml(child, walk, true)).join('');
  return `<${tag}${scope}${spans}>${blocks}</${tag}>`;
}

/** A table; its leading rows whose cells are all column headers become a repeated `<thead>`. */
function tableHtml(node: LexicalNodeJson, walk: Walk): string {
  const rows = (node.children ?? []).filter((row) => row.type === 'tablerow');
  let headRows = 0;
  while (
    headRows < rows.length - 1 &&
    (rows[headRows]!.children ?? []).length > 0 &&
    (rows[headRows]!.children ?? []).every(
      (cell) => ((numberProp(cell, 'headerState') ?? 0) & HEADER_ROW) !== 0,
    )
  ) {
    headRows += 1;
  }
  const rowHtml = (row: LexicalNodeJson, inHead: boolean) =>
    `<tr>${(row.children ?? []).map((cell) => cellHtml(cell, walk, inHead)).join('')}</tr>`;
  const head =
    headRows > 0
      ? `<thead>${rows
          .slice(0, headRows)
          .map((row) => rowHtml(row, true))
          .join('')}</thead>`
      : '';
  const body = `<tbody>${rows
    .slice(headRows)
    .map((row) => rowHtml(row, false))
    .join('')}</tbody>`;
  return `<table>${head}${body}</table>`;
}

function blockHtml(node: LexicalNodeJson, walk: Walk, inCell = false): string {
  switch (node.type) {
    case 'paragraph':
      if (isBlank(node)) return inCell ? '' : '';
      return `<p>${inline(node.children, walk)}</p>`;
    case 'heading': {
      const tag = stringProp(node, 'tag');
      const level = walk.options.headingLevel(tag === 'h3' || tag === 'h4' ? tag : 'h2');
      if (isBlank(node)) return '';
      return `<h${level} class="content-heading">${inline(node.children, { ...walk, options: { ...walk.options, hyphenate: (text) => text } })}</h${level}>`;
    }
    case 'quote':
      return `<blockquote><p>${inline(node.children, walk)}</p></blockquote>`;
    case 'list':
      return listHtml(node, walk);
    case 'table':
      return tableHtml(node, walk);
    case DATA_BLOCK_TYPE:
      return walk.options.dataBlock?.(node) ?? '';
    default:
      if (node.children && node.children.some((child) => child.children !== undefined)) {
        return node.children.map((child) => blockHtml(child, walk, inCell)).join('');
      }
      return isBlank(node) ? '' : `<p>${inline(node.children ?? [node], walk)}</p>`;
  }
}

/** Whether a top-level block is a body paragraph that gets a number (see `paragraphNumbers`). */
export function isNumberedParagraph(node: LexicalNodeJson): boolean {
  return node.type === 'paragraph' && !isBlank(node);
}

/** The HTML of one section's text; '' for a section without text. */
export function editorStateHtml(state: EditorStateJson | null, options: HtmlOptions): string {
  if (!state) return '';
  const walk: Walk = { options, inLink: false };
  let paragraph = 0;
  return state.root.children
    .map((node) => {
      if (!options.paragraphNumbers || !isNumberedParagraph(node)) return blockHtml(node, walk);
      paragraph += 1;
      return `<p class="numbered"><span class="para-num">${paragraph}</span>${inline(node.children, walk)}</p>`;
    })
    .filter((html) => html !== '')
    .join('\n');
}
