import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffingImportPreview } from '../../../../shared/domain/plan-data';
import { staffingFields, type StaffingField, type StaffingMapping } from './staffingMapping';

interface StaffingColumnsStepProps {
  file: StaffingImportPreview['file'];
  mapping: StaffingMapping;
  onChange: (mapping: StaffingMapping) => void;
  busy: boolean;
}

/**
 * Which column holds what: a select per field with the first row's value as a sample, the
 * headers left out named, and the first rows as read.
 */
export function StaffingColumnsStep({ file, mapping, onChange, busy }: StaffingColumnsStepProps) {
  const { t } = useTranslation('staffingView');
  const headerName = (index: number) =>
    file.headers[index]?.trim() || t('import.unnamed', { number: index + 1 });
  return (
    <fieldset className="staffing-columns" aria-busy={busy}>
      <legend className="import-subheading">{t('import.columnsTitle')}</legend>
      <p className="dialog-note">{t('import.columnsHint')}</p>
      <div className="staffing-column-selects">
        {staffingFields.map((field) => (
          <ColumnSelect
            key={field}
            field={field}
            file={file}
            value={mapping[field]}
            headerName={headerName}
            onChange={(column) => onChange({ ...mapping, [field]: column })}
          />
        ))}
      </div>
      {file.unplaced.length > 0 && (
        <p className="import-unplaced">
          {t('import.unplaced', { columns: file.unplaced.map((name) => `”${name}”`).join(', ') })}
        </p>
      )}
      {file.sample.length > 0 && (
        <details className="staffing-sample-details">
          <summary>{t('import.sampleLabel')}</summary>
          <div
            className="plan-data-table-scroll staffing-sample-scroll"
            role="region"
            aria-labelledby="staffing-sample-caption"
            tabIndex={0}
          >
            <table className="plan-data-table staffing-sample">
              <caption id="staffing-sample-caption" className="visually-hidden">
                {t('import.sampleLabel')}
              </caption>
              <thead>
                <tr>
                  {file.headers.map((_, index) => (
                    <th key={index} scope="col">
                      {headerName(index)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {file.sample.map((row, rowIndex) => (
                  <tr key={rowIndex}>
                    {file.headers.map((_, index) => (
                      <td key={index}>{row[index] ?? ''}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </fieldset>
  );
}

const NONE = '';

interface ColumnSelectProps {
  field: StaffingField;
  file: StaffingImportPreview['file'];
  value: number | null;
  headerName: (index: number) => string;
  onChange: (column: number | null) => void;
}

function ColumnSelect({ field, file, value, headerName, onChange }: ColumnSelectProps) {
  const { t } = useTranslation('staffingView');
  const id = useId();
  const required = field === 'area' || field === 'level';
  const sample = value === null ? null : (file.sample[0]?.[value]?.trim() ?? '');
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {t(`import.field.${field}`)}
      </label>
      <select
        id={id}
        className="field-input"
        value={value === null ? NONE : String(value)}
        aria-describedby={`${id}-sample`}
        onChange={(event) =>
          onChange(event.target.value === NONE ? null : Number(event.target.value))
        }
      >
        <option value={NONE}>{required ? t('import.choose') : t('import.notImported')}</option>
        {file.headers.map((_, index) => (
          <option key={index} value={String(index)}>
            {headerName(index)}
          </option>
        ))}
      </select>
      <p id={`${id}-sample`} className="field-hint">
        {sample === null
          ? '\u00a0'
          : sample
            ? t('import.sample', { value: sample })
            : t('import.noSample')}
      </p>
    </div>
  );
}
