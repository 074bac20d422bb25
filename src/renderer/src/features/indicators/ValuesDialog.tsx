import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorValue } from '../../../../shared/domain/plan-data';
import { FormDialog } from '../../ui/FormDialog';
import { Icon } from '../../ui/Icon';
import { useDialogSubmit } from '../../ui/useDialogSubmit';
import { pairText, readValueRows, type ValueRowProblems, type ValueRowText } from './indicatorForm';
import { useFigures } from './useFigures';

interface ValuesDialogProps {
  indicator: Indicator;
  /** Replaces the follow-up values; answers a failure's text, or null when saved. */
  onSave: (values: IndicatorValue[]) => Promise<string | null>;
  onClose: () => void;
}

/** The year after the last typed one (this year when none), for a new row. */
function nextYear(rows: ValueRowText[]): string {
  const years = rows.map((row) => Number(row.year)).filter((year) => Number.isInteger(year));
  return String(years.length > 0 ? Math.max(...years) + 1 : new Date().getFullYear());
}

/** "Muokkaa seuranta-arvoja": one row per year, a decimal comma accepted. */
export function ValuesDialog({ indicator, onSave, onClose }: ValuesDialogProps) {
  const { t } = useTranslation('indicatorsView');
  const { language } = useFigures();
  const [rows, setRows] = useState<ValueRowText[]>(() =>
    (indicator.values.length > 0
      ? indicator.values.map((value) => pairText(value, language))
      : [{ year: String(new Date().getFullYear()), value: '' }]
    ).map((pair, key) => ({ ...pair, key })),
  );
  const nextKey = useRef(rows.length);
  const [problems, setProblems] = useState<Map<number, ValueRowProblems>>(new Map());
  const { busy, failure, run } = useDialogSubmit(onClose);
  const table = useRef<HTMLTableElement>(null);

  const update = (key: number, part: 'year' | 'value', text: string) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [part]: text } : row)));
  const addRow = () => {
    const key = nextKey.current++;
    setRows((current) => [...current, { key, year: nextYear(current), value: '' }]);
    // The new row's value is what she types next.
    requestAnimationFrame(() =>
      table.current
        ?.querySelector<HTMLInputElement>('tbody tr:last-child input[inputmode=decimal]')
        ?.focus(),
    );
  };
  const removeRow = (key: number) => setRows((current) => current.filter((row) => row.key !== key));

  const submit = () => {
    const read = readValueRows(rows);
    setProblems(read.problems);
    const values = read.values;
    if (!values) return run(() => Promise.resolve(t('problems.fixMarked')));
    return run(() => onSave(values));
  };

  const rowProblem = (rowProblems: ValueRowProblems | undefined, part: 'year' | 'value') => {
    if (!rowProblems) return null;
    if (part === 'year' && rowProblems.duplicate) return t('problems.duplicate');
    const problem = rowProblems[part];
    return problem ? t(`problems.${problem}`) : null;
  };

  return (
    <FormDialog
      title={t('values.title', { name: indicator.name })}
      description={t('values.description')}
      submitLabel={t('values.submit')}
      onSubmit={submit}
      onClose={onClose}
      busy={busy}
      failure={failure}
    >
      <table className="indicator-values-editor" ref={table}>
        <caption className="visually-hidden">{t('values.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('detail.year')}</th>
            <th scope="col">
              {indicator.unit ? t('detail.valueUnit', { unit: indicator.unit }) : t('detail.value')}
            </th>
            <td />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const rowProblems = problems.get(row.key);
            const messages = [rowProblem(rowProblems, 'year'), rowProblem(rowProblems, 'value')];
            const errorId = `indicator-value-error-${row.key}`;
            const described = messages.some(Boolean) ? errorId : undefined;
            return (
              <tr key={row.key}>
                <td>
                  <input
                    className="field-input indicator-year-input"
                    aria-label={t('values.year', { row: index + 1 })}
                    inputMode="numeric"
                    value={row.year}
                    aria-invalid={messages[0] ? true : undefined}
                    aria-describedby={described}
                    onChange={(event) => update(row.key, 'year', event.target.value)}
                  />
                </td>
                <td>
                  <input
                    className="field-input indicator-value-input"
                    aria-label={t('values.value', { row: index + 1 })}
                    inputMode="decimal"
                    value={row.value}
                    aria-invalid={messages[1] ? true : undefined}
                    aria-describedby={described}
                    onChange={(event) => update(row.key, 'value', event.target.value)}
                  />
                  {described && (
                    <p id={errorId} className="field-error">
                      {messages.filter(Boolean).join(' ')}
                    </p>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="btn btn-quiet btn-icon"
                    aria-label={t('values.removeRow', { row: index + 1 })}
                    title={t('values.removeRow', { row: index + 1 })}
                    onClick={() => removeRow(row.key)}
                  >
                    <Icon name="trash" />
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="btn btn-small" onClick={addRow}>
        <Icon name="plus" />
        {t('values.addRow')}
      </button>
    </FormDialog>
  );
}
