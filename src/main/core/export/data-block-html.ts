import type { DataCell, DataTable } from '../../../shared/data-blocks/table-model';
import type { DataBlockContent } from './data-blocks';
import { escapeHtml } from './lexical-html';

/**
 * A live block in the print HTML: a real table (caption, header rows with th scope that Chromium
 * repeats on every page, totals in tfoot, notes under it), or a chart as inline SVG — vector in the
 * PDF — in a figure whose image has the chart's summary as its accessible name, so the tagged PDF
 * gives it as the figure's alternative text.
 */

/** Tables of at most this many rows are kept on one page. */
const KEEP_ROWS = 15;

function cellHtml(cell: DataCell, inHead: boolean): string {
  const header = inHead || cell.rowHeader === true;
  const tag = header ? 'th' : 'td';
  const scope = !header
    ? ''
    : inHead
      ? (cell.colSpan ?? 1) > 1
        ? ' scope="colgroup"'
        : ' scope="col"'
      : ' scope="row"';
  const spans =
    ((cell.colSpan ?? 1) > 1 ? ` colspan="${cell.colSpan}"` : '') +
    ((cell.rowSpan ?? 1) > 1 ? ` rowspan="${cell.rowSpan}"` : '');
  const classes = [cell.numeric ? 'num' : '', cell.short ? 'short' : ''].filter(Boolean);
  const cls = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
  return `<${tag}${scope}${spans}${cls}>${escapeHtml(cell.text)}</${tag}>`;
}

const rowsHtml = (rows: DataCell[][], inHead = false) =>
  rows.map((row) => `<tr>${row.map((cell) => cellHtml(cell, inHead)).join('')}</tr>`).join('');

function tableHtml(table: DataTable): string {
  const foot = table.foot.length > 0 ? `<tfoot>${rowsHtml(table.foot)}</tfoot>` : '';
  const notes =
    table.notes.length > 0
      ? `<div class="data-notes">${table.notes.map((note) => `<p>${escapeHtml(note)}</p>`).join('')}</div>`
      : '';
  // A short table moves to the next page whole rather than leave its caption and head behind.
  const keep = table.body.length + table.foot.length <= KEEP_ROWS ? ' keep' : '';
  return `<div class="data-block${keep}">
<table class="data-table"><caption>${escapeHtml(table.caption)}</caption>
<thead>${rowsHtml(table.head, true)}</thead>
<tbody>${rowsHtml(table.body)}</tbody>${foot}</table>
${notes}</div>`;
}

/** The HTML of a live block's content. */
export function dataBlockHtml(content: DataBlockContent): string {
  switch (content.kind) {
    case 'table':
      return tableHtml(content.table);
    case 'chart':
      return `<figure class="data-chart">
<figcaption>${escapeHtml(content.chart.caption)}</figcaption>
<div class="chart" role="img" aria-label="${escapeHtml(content.chart.summary)}">${content.chart.svg}</div>
</figure>`;
    case 'notice':
      return `<p class="data-notice">${escapeHtml(content.text)}</p>`;
  }
}
