import type { EditorThemeClasses } from 'lexical';

/** Lexical renders with these classes; the look lives in styles/editor.css. */
export const editorTheme: EditorThemeClasses = {
  paragraph: 'ed-p',
  heading: { h2: 'ed-h2', h3: 'ed-h3', h4: 'ed-h4' },
  quote: 'ed-quote',
  link: 'ed-link',
  list: {
    ul: 'ed-ul',
    ol: 'ed-ol',
    listitem: 'ed-li',
    nested: { listitem: 'ed-li-nested' },
    olDepth: ['ed-ol1', 'ed-ol2', 'ed-ol3', 'ed-ol4', 'ed-ol5'],
    ulDepth: ['ed-ul1', 'ed-ul2', 'ed-ul3', 'ed-ul4', 'ed-ul5'],
  },
  text: { bold: 'ed-bold', italic: 'ed-italic', underline: 'ed-underline' },
  table: 'ed-table',
  tableRow: 'ed-tr',
  tableCell: 'ed-td',
  tableCellHeader: 'ed-th',
  tableCellSelected: 'ed-cell-selected',
  tableSelection: 'ed-table-selection',
  tableScrollableWrapper: 'ed-table-wrap',
};
