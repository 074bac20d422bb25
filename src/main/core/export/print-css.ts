import { SANS, SERIF } from './fonts';

/** A CSS string literal of any text (quotes, backslashes, newlines and `<` escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * Set on the document's root while the layout pass prints: everything in the body is hidden,
 * which keeps every box where it is (so the pages of the headings are those of the final print)
 * but paints nothing, about a quarter of the time of a visible print.
 */
export const LAYOUT_PASS_CLASS = 'layout-pass';

export interface PageTexts {
  /** The plan title in the running footer. */
  footerTitle: string;
  /** "sivu", "sida", "page". */
  page: string;
  pageOf: string;
}

/**
 * The print style sheet: A4 pages with a running footer in the page-margin boxes (plan title on
 * the left, "sivu N / M" on the right; none on the cover), Source Serif 4 text and Source Sans 3
 * headings, headings kept with what follows, table header rows repeated on every page, rows not
 * split, long words hyphenated by the soft hyphens in the text (`hyphens: manual`).
 */
export function printCss(texts: PageTexts): string {
  const sans = `'${SANS}', sans-serif`;
  const serif = `'${SERIF}', serif`;
  return `
@page {
  size: A4;
  margin: 22mm 20mm 22mm 24mm;
  @bottom-left {
    content: ${cssString(texts.footerTitle)};
    font: 8.5pt/1.2 ${sans};
    color: #4a4a4a;
    vertical-align: top;
    padding-top: 5mm;
    width: 120mm;
  }
  @bottom-right {
    content: ${cssString(`${texts.page} `)} counter(page) ${cssString(` ${texts.pageOf} `)} counter(pages);
    font: 8.5pt/1.2 ${sans};
    color: #4a4a4a;
    vertical-align: top;
    padding-top: 5mm;
    white-space: nowrap;
  }
}
@page cover {
  margin: 30mm 24mm 24mm 30mm;
  @bottom-left { content: none; }
  @bottom-right { content: none; }
}
html { font: 10.5pt/1.45 ${serif}; color: #111; hyphens: manual; -webkit-hyphens: manual; }
body { margin: 0; orphans: 3; widows: 3; }
/*
 * Headings stay with what follows. Their space above is padding, not margin: Chromium truncates a
 * margin at a page break, and a heading whose margin was truncated after a break it had to avoid
 * gets its text twice in the PDF's outline (seen in Chromium 156).
 */
h1, h2, h3, h4, h5, h6 {
  font-family: ${sans};
  color: #0b2f52;
  line-height: 1.2;
  break-after: avoid;
  break-inside: avoid;
  margin: 0 0 0.45em;
  padding-top: 1.1em;
}
h1 { font-size: 17pt; padding-top: 0.6em; }
h2 { font-size: 13.5pt; }
h3 { font-size: 11.5pt; }
h4 { font-size: 11pt; color: #222; }
h5 { font-size: 10.5pt; color: #222; }
h6 { font-size: 10.5pt; color: #222; font-style: italic; font-weight: 400; }
h1 .num, h2 .num, h3 .num { display: inline-block; min-width: 2.4em; }
p { margin: 0 0 0.6em; }
a { color: #0b4f8a; text-decoration: underline; overflow-wrap: anywhere; }
code { font-family: ${sans}; font-size: 0.95em; background: #f1f1f1; padding: 0 0.15em; }
blockquote { margin: 0.6em 0 0.8em 1.2em; padding-left: 0.8em; border-left: 2pt solid #9bb0c4; color: #333; }
ul, ol { margin: 0 0 0.6em; padding-left: 1.5em; }
li { margin: 0.1em 0; }
li.nested { list-style: none; }
/*
 * Paragraph numbers: a small figure before each paragraph. Chromium clips whatever lies in the page
 * margin, so the text column moves right by 9mm and the section headings stay at the margin.
 */
.paragraph-numbers main { padding-left: 9mm; }
.paragraph-numbers main h1, .paragraph-numbers main h2, .paragraph-numbers main h3 { margin-left: -9mm; }
p.numbered { position: relative; }
.para-num {
  position: absolute;
  left: -9mm;
  width: 6mm;
  text-align: right;
  font: 7.5pt/1.9 ${sans};
  color: #5d6b79;
  font-variant-numeric: tabular-nums;
}
ul.check { list-style: none; padding-left: 0.4em; }
.tab { display: inline-block; width: 2em; white-space: pre; }
table {
  border-collapse: collapse;
  width: 100%;
  margin: 0.5em 0 1em;
  font: 9.5pt/1.35 ${sans};
  overflow-wrap: break-word;
}
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.6pt solid #8a96a3; padding: 1.6mm 2mm; vertical-align: top; text-align: left; }
th { background: #e6edf4; font-weight: 700; }
th p, td p { margin: 0 0 0.3em; }
th p:last-child, td p:last-child { margin-bottom: 0; }
section.plan-section { break-before: auto; }
.chapter-start { break-before: page; }

/* Cover */
.cover { page: cover; display: flex; flex-direction: column; min-height: 243mm; font-family: ${sans}; }
.cover-kind { font-size: 12pt; letter-spacing: 0.04em; text-transform: uppercase; color: #35506b; margin: 0 0 6mm; }
.cover-title { font-size: 28pt; line-height: 1.15; font-weight: 700; color: #0b2f52; margin: 0 0 10mm; hyphens: manual; }
.cover-region { font-size: 15pt; margin: 0 0 2mm; }
.cover-period { font-size: 13pt; margin: 0; color: #333; }
.cover-status { margin-top: 12mm; font-size: 13pt; font-weight: 700; letter-spacing: 0.08em; color: #9a1c1c; }
.cover-details { margin-top: auto; font-size: 9.5pt; color: #222; border-top: 0.8pt solid #0b2f52; padding-top: 4mm; }
.cover-details dl { display: grid; grid-template-columns: 36mm 1fr; gap: 1.5mm 4mm; margin: 0; }
.cover-details dt { font-weight: 700; }
.cover-details dd { margin: 0; }
.digest { font-family: ${sans}; font-size: 8.5pt; word-break: break-all; }
.digest-note { font-size: 8.5pt; color: #4a4a4a; margin-top: 3mm; }

/* The layout pass (LAYOUT_PASS_CLASS): laid out, nothing painted. */
html.${LAYOUT_PASS_CLASS} body * { visibility: hidden !important; }

/* Contents: the page numbers sit in a fixed-width column, so filling them in moves nothing. */
.toc { break-before: page; break-after: page; font-family: ${sans}; }
.toc-title { font: 700 17pt/1.2 ${sans}; color: #0b2f52; margin: 0 0 0.45em; }
.toc ol { list-style: none; margin: 0; padding: 0; }
.toc li { margin: 0; padding: 0; break-inside: avoid; }
.toc a { display: grid; grid-template-columns: var(--indent, 0mm) 12mm 1fr 14mm; color: inherit; text-decoration: none; padding: 0.9mm 0; }
.toc .toc-num { grid-column: 2; }
.toc .toc-text { grid-column: 3; padding-right: 3mm; }
.toc .toc-page { grid-column: 4; text-align: right; font-variant-numeric: tabular-nums; }
.toc .toc-l1 > a { font-weight: 700; margin-top: 2.2mm; }
.toc .toc-l2 > a { --indent: 6mm; }
.toc .toc-l3 > a { --indent: 12mm; font-size: 0.95em; }
.toc .toc-annex > a { font-weight: 700; margin-top: 2.2mm; grid-template-columns: 0mm 0mm 1fr 14mm; }

/*
 * Live data blocks: the figures in a smaller type with tabular digits, header rows repeated on
 * every page, totals once at the end (a tfoot would repeat too), notes kept with the table, a
 * short table kept whole and a long one's head kept with its first row; a chart is never split
 * and scales its vector SVG to the column.
 */
.data-block { margin: 0.6em 0 1em; }
.data-block.keep { break-inside: avoid; }
.data-table tbody tr:first-child { break-before: avoid; }
.data-table { font-size: 8.5pt; margin: 0 0 1.5mm; }
.data-table caption { caption-side: top; text-align: left; font: 700 9.5pt/1.3 ${sans}; color: #0b2f52; padding-bottom: 1.5mm; }
.data-table th, .data-table td { padding: 1.1mm 1.4mm; }
.data-table thead th { vertical-align: bottom; }
.data-table th[scope="colgroup"] { text-align: center; }
.data-table .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.data-table tbody th { background: none; font-weight: 400; }
.data-table tfoot { display: table-row-group; }
.data-table tfoot th, .data-table tfoot td { font-weight: 700; background: #f3f6f9; }
.data-table tfoot tr:first-child > * { border-top: 1.4pt solid #0b2f52; }
.data-table .short { font-weight: 700; }
.data-notes { font: 8pt/1.35 ${sans}; color: #333; break-before: avoid; }
.data-notes p { margin: 0 0 0.5mm; }
.data-notice { font: italic 9.5pt/1.35 ${sans}; border-left: 2pt solid #9a1c1c; padding-left: 2mm; }
.data-chart { margin: 0.6em 0 1em; break-inside: avoid; }
.data-chart figcaption { font: 700 9.5pt/1.3 ${sans}; color: #0b2f52; margin-bottom: 1.5mm; }
.data-chart .chart svg { display: block; width: 100%; height: auto; }

/* Annexes */
.annex { break-before: page; }
.annex-intro { font-family: ${sans}; font-size: 9.5pt; color: #333; }
.status-missing { color: #9a1c1c; font-weight: 700; }
.status-inProgress { color: #7a5200; }
.status-done { color: #1d5e2a; }
.annex h2 { font-size: 12pt; }
.annex-counts { width: auto; min-width: 90mm; }
.annex-counts caption { text-align: left; caption-side: top; margin-bottom: 1.5mm; }
.annex-counts td:last-child, .annex-counts th:last-child { text-align: right; font-variant-numeric: tabular-nums; }
.annex-counts tfoot td { font-weight: 700; }
.comment-quote { font-style: italic; color: #333; }
.comment-proposal { margin-top: 0.3em; }
.resolution { font-weight: 700; }

/* Draft mark: position: fixed repeats it on every printed page. */
.watermark {
  position: fixed;
  top: 118mm;
  left: -20mm;
  width: 206mm;
  text-align: center;
  font: 700 88pt/1 ${sans};
  letter-spacing: 0.1em;
  color: rgba(154, 28, 28, 0.11);
  transform: rotate(-40deg);
  z-index: 10;
  pointer-events: none;
}
`;
}
