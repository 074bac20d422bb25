import { useTranslation } from 'react-i18next';
import type { ImportFilePreview, SurveyColumns } from '../../../../shared/domain/comment-import';
import { SelectField } from '../../ui/Field';

const NONE = '';
const roles = ['organisation', 'section', 'comment', 'quote'] as const;
type Role = (typeof roles)[number];

interface SurveyColumnsStepProps {
  file: ImportFilePreview & { survey: NonNullable<ImportFilePreview['survey']> };
  /** The columns she chose, else those recognised from the headers. */
  columns: SurveyColumns | null;
  /** A choice changed: the preview is read again with these columns. */
  onChange: (columns: SurveyColumns) => void;
  busy: boolean;
}

/**
 * Which column of a survey export holds the organisation, the section, the comment and a quoted
 * passage; the first rows are shown as read, and the columns left out are named.
 */
export function SurveyColumnsStep({ file, columns, onChange, busy }: SurveyColumnsStepProps) {
  const { t } = useTranslation('commentImport');
  const { survey } = file;
  const headerName = (index: number) =>
    survey.headers[index]?.trim() || t('columns.unnamed', { number: index + 1 });
  const choose = (role: Role, value: string) => {
    const column = value === NONE ? null : Number(value);
    const current: SurveyColumns = columns ?? {
      organisation: null,
      section: null,
      comment: 0,
      quote: null,
    };
    if (role === 'comment') {
      if (column !== null) onChange({ ...current, comment: column });
      return;
    }
    onChange({ ...current, [role]: column });
  };
  const valueOf = (role: Role) => {
    if (!columns) return NONE;
    const column = columns[role];
    return column === null ? NONE : String(column);
  };

  return (
    <fieldset className="survey-columns" aria-busy={busy}>
      <legend className="import-step-title">{t('columns.title', { name: file.name })}</legend>
      <p className="dialog-note">
        {[
          survey.sheet ? t('columns.sheet', { sheet: survey.sheet }) : null,
          survey.delimiter ? t(`columns.delimiter.${delimiterName(survey.delimiter)}`) : null,
          survey.encoding ? t('columns.encoding', { encoding: survey.encoding }) : null,
          t('columns.rows', { count: survey.rows }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div className="survey-column-selects">
        {roles.map((role) => (
          <SelectField
            key={role}
            label={t(`columns.role.${role}`)}
            value={valueOf(role)}
            onChange={(value) => choose(role, value)}
          >
            {(role !== 'comment' || columns === null) && (
              <option value={NONE}>
                {role === 'comment' ? t('columns.choose') : t('columns.none')}
              </option>
            )}
            {survey.headers.map((_, index) => (
              <option key={index} value={String(index)}>
                {headerName(index)}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      {columns === null && (
        <p className="import-warning" role="alert">
          {t('columns.noComment')}
        </p>
      )}
      {survey.unplaced.length > 0 && (
        <p className="import-unplaced">
          {t('columns.unplaced', {
            columns: survey.unplaced.map((name) => `”${name}”`).join(', '),
          })}
        </p>
      )}
      {survey.sample.length > 0 && (
        <div
          className="survey-sample-scroll"
          role="region"
          aria-label={t('columns.sampleLabel', { name: file.name })}
          tabIndex={0}
        >
          <table className="survey-sample">
            <caption className="visually-hidden">
              {t('columns.sampleLabel', { name: file.name })}
            </caption>
            <thead>
              <tr>
                {survey.headers.map((_, index) => (
                  <th key={index} scope="col">
                    {headerName(index)}
                    {roleOf(columns, index) && (
                      <span className="survey-role">
                        {t('columns.mapped', {
                          role: t(`columns.role.${roleOf(columns, index)!}`),
                        })}
                      </span>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {survey.sample.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {survey.headers.map((_, index) => (
                    <td key={index}>{row[index] ?? ''}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {survey.general.length > 0 && (
        <details className="import-general">
          <summary>{t('columns.general', { count: survey.general.length })}</summary>
          <ul>
            {survey.general.map((entry) => (
              <li key={entry.row}>
                {t('columns.generalRow', {
                  row: entry.row,
                  section: entry.section || t('columns.noSection'),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </fieldset>
  );
}

function roleOf(columns: SurveyColumns | null, index: number): Role | null {
  if (!columns) return null;
  return roles.find((role) => columns[role] === index) ?? null;
}

function delimiterName(delimiter: ',' | ';' | '\t'): 'comma' | 'semicolon' | 'tab' {
  if (delimiter === ',') return 'comma';
  return delimiter === ';' ? 'semicolon' : 'tab';
}
