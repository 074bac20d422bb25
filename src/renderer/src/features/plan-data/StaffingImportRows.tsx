import { useTranslation } from 'react-i18next';
import { professions, type StaffingImportPreview } from '../../../../shared/domain/plan-data';
import { usePlanDataText } from './planDataText';

/** The rows as they would be written, with whether each is added or updates a row. */
export function StaffingImportRows({ rows }: { rows: StaffingImportPreview['rows'] }) {
  const { t } = useTranslation('staffingView');
  const { t: tData } = useTranslation('planData');
  const text = usePlanDataText();
  const figure = (value: number | null, format: (value: number) => string) =>
    value === null ? <span className="plan-data-muted">–</span> : format(value);
  return (
    <div
      className="plan-data-table-scroll staffing-import-scroll"
      role="region"
      aria-labelledby="staffing-import-caption"
      tabIndex={0}
    >
      <table className="plan-data-table">
        <caption id="staffing-import-caption" className="visually-hidden">
          {t('import.rowsCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="plan-data-number">
              {t('import.column.row')}
            </th>
            <th scope="col">{t('staffing.column.area')}</th>
            <th scope="col">{t('staffing.column.level')}</th>
            <th scope="col" className="plan-data-number">
              {t('staffing.column.pupils')}
            </th>
            {professions.map((profession) => (
              <th key={profession} scope="col" className="plan-data-number">
                {tData(`professionPlural.${profession}`)}
              </th>
            ))}
            <th scope="col">{t('import.column.action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ row, input, action }) => (
            <tr key={row}>
              <td className="plan-data-number">{row}</td>
              <th scope="row">{input.area}</th>
              <td>{tData(`level.${input.level}`)}</td>
              <td className="plan-data-number">{figure(input.pupils, text.whole)}</td>
              {professions.map((profession) => (
                <td key={profession} className="plan-data-number">
                  {figure(input.fte[profession], text.decimal)}
                </td>
              ))}
              <td>
                <span className={`import-action import-action-${action}`}>
                  {t(`import.${action}`)}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
