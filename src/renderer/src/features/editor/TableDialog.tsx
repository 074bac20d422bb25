import type { LexicalEditor } from 'lexical';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import { FormDialog } from '../../ui/FormDialog';
import { insertTable } from './formatting';

const MAX_ROWS = 50;
const MAX_COLUMNS = 10;

/** Asks for the size of a new table; a header row is on by default (tables in plans have one). */
export function TableDialog({ editor, onClose }: { editor: LexicalEditor; onClose: () => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState('3');
  const [columns, setColumns] = useState('3');
  const [headerRow, setHeaderRow] = useState(true);

  const rowCount = Number(rows);
  const columnCount = Number(columns);
  const rowsError =
    Number.isInteger(rowCount) && rowCount >= 1 && rowCount <= MAX_ROWS
      ? null
      : t('table.rangeError', { max: MAX_ROWS });
  const columnsError =
    Number.isInteger(columnCount) && columnCount >= 1 && columnCount <= MAX_COLUMNS
      ? null
      : t('table.rangeError', { max: MAX_COLUMNS });

  const submit = () => {
    if (rowsError || columnsError) return;
    insertTable(editor, rowCount, columnCount, headerRow);
    onClose();
  };

  return (
    <FormDialog
      title={t('table.insertTitle')}
      submitLabel={t('table.insert')}
      onSubmit={submit}
      onClose={onClose}
      // Back to the text, with the caret (or selection) where it was.
      returnFocusTo={editor}
    >
      <div className="field-row">
        <Field
          label={t('table.rows')}
          type="number"
          min={1}
          max={MAX_ROWS}
          value={rows}
          onChange={(event) => setRows(event.target.value)}
          error={rowsError}
          autoFocus
        />
        <Field
          label={t('table.columns')}
          type="number"
          min={1}
          max={MAX_COLUMNS}
          value={columns}
          onChange={(event) => setColumns(event.target.value)}
          error={columnsError}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={headerRow}
          onChange={(event) => setHeaderRow(event.target.checked)}
        />
        {t('table.headerRow')}
      </label>
    </FormDialog>
  );
}
