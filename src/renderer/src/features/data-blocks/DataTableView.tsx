import type { DataCell, DataTable } from '../../../../shared/data-blocks/table-model';

function Cell({ cell, header }: { cell: DataCell; header: 'col' | null }) {
  const className =
    [cell.numeric ? 'is-numeric' : '', cell.short ? 'is-short' : ''].filter(Boolean).join(' ') ||
    undefined;
  const span = { colSpan: cell.colSpan, rowSpan: cell.rowSpan };
  if (header !== null || cell.rowHeader) {
    return (
      <th scope={header ?? 'row'} className={className} {...span}>
        {cell.text}
      </th>
    );
  }
  return (
    <td className={className} {...span}>
      {cell.text}
    </td>
  );
}

function Rows({ rows, header }: { rows: DataCell[][]; header: 'col' | null }) {
  return rows.map((row, index) => (
    <tr key={index}>
      {row.map((cell, column) => (
        <Cell key={column} cell={cell} header={header} />
      ))}
    </tr>
  ));
}

/**
 * A live block's table as the shared table model gives it (the same as in the PDF and Word): a
 * caption, column headers, row headers, totals in the foot and the notes under it.
 */
export function DataTableView({ table }: { table: DataTable }) {
  return (
    // Focusable, so that a table wider than the text column can be scrolled with the keyboard.
    <div className="data-block-table-wrap" role="region" aria-label={table.caption} tabIndex={0}>
      <table className="data-block-table">
        <caption>{table.caption}</caption>
        <thead>
          <Rows rows={table.head} header="col" />
        </thead>
        <tbody>
          <Rows rows={table.body} header={null} />
        </tbody>
        {table.foot.length > 0 && (
          <tfoot>
            <Rows rows={table.foot} header={null} />
          </tfoot>
        )}
      </table>
      {table.notes.length > 0 && (
        <ul className="data-block-notes">
          {table.notes.map((note, index) => (
            <li key={index}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
